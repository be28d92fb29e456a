/**
 * Every permission the plugin declares, in one place that both the server and the admin panel
 * import, so a route, a button and a role can never disagree on a name.
 */
export const PLUGIN_ID = 'helpdesk';

/** Admin-panel (RBAC) actions, as registered with the admin permission action provider. */
export const adminActions = {
  readQueue: 'queue.read',
  reply: 'tickets.reply',
  manageTickets: 'tickets.manage',
  readSettings: 'settings.read',
  manageSettings: 'settings.manage',
  adjustCredits: 'credits.adjust',
} as const;

export type AdminAction = (typeof adminActions)[keyof typeof adminActions];

/** The full RBAC action id Strapi checks, e.g. `plugin::helpdesk.queue.read`. */
export const adminPermission = (action: AdminAction) => `plugin::${PLUGIN_ID}.${action}`;

export const adminActionDefinitions: Array<{
  uid: AdminAction;
  displayName: string;
  subCategory: string;
}> = [
  { uid: adminActions.readQueue, displayName: 'Read the ticket queue', subCategory: 'Tickets' },
  { uid: adminActions.reply, displayName: 'Reply and write internal notes', subCategory: 'Tickets' },
  { uid: adminActions.manageTickets, displayName: 'Change status, tier, assignee and estimates', subCategory: 'Tickets' },
  { uid: adminActions.readSettings, displayName: 'Read settings', subCategory: 'Settings' },
  { uid: adminActions.manageSettings, displayName: 'Change settings', subCategory: 'Settings' },
  { uid: adminActions.adjustCredits, displayName: 'Adjust customer credits', subCategory: 'Credits' },
];

/**
 * Content-API actions (`<controller>.<action>`) by who may call them. Users-permissions checks
 * `plugin::helpdesk.<controller>.<action>` for the caller's role. A logged-in customer is judged by
 * the Authenticated role only, so public actions are granted to that role as well.
 */
export const contentApiActions = {
  public: ['availability.find', 'deflection.create', 'faq.search', 'faq.findOne', 'incident-class.find', 'credits.packs'],
  authenticated: [
    'ticket.create',
    'ticket.startChat',
    'ticket.find',
    'ticket.findOne',
    'ticket.form',
    'ticket.check',
    'ticket.reply',
    'ticket.events',
    'ticket.typing',
    'ticket.resolve',
    'ticket.confirmCredits',
    'ticket.cancelPriority',
    'credits.find',
    'credits.checkout',
  ],
};

export const contentApiPermission = (action: string) => `plugin::${PLUGIN_ID}.${action}`;
