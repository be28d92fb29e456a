/**
 * How people are named to each other. No imports, so the admin panel shows staff exactly as the
 * server's answers and mails name them.
 */

/** Staff: first and last name, else the e-mail address. */
export const adminName = (user: { firstname?: string | null; lastname?: string | null; email?: string }) =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

/** The admin-user fields adminName reads (and the only ones the helpdesk ever reads of an admin). */
export const ADMIN_NAME_FIELDS = ['id', 'firstname', 'lastname', 'email'];
