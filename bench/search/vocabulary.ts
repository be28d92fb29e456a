/**
 * The words a software vendor's support content is made of, by topic, most asked about first. The
 * corpus and the queries are both drawn from here, so queries match a realistic share of entries:
 * "password" or "invoice" many, "webhook" or "offline mode" a few.
 */
export interface Action {
  verb: string;
  past: string;
  ing: string;
}

export interface Topic {
  name: string;
  nouns: string[];
  actions: Action[];
  /** What goes wrong, said of one of the topic's nouns: "the invoice {problem}". */
  problems: string[];
}

const action = (verb: string, past: string, ing: string): Action => ({ verb, past, ing });

const reset = action('reset', 'reset', 'resetting');
const change = action('change', 'changed', 'changing');
const update = action('update', 'updated', 'updating');
const cancel = action('cancel', 'cancelled', 'cancelling');
const download = action('download', 'downloaded', 'downloading');
const remove = action('delete', 'deleted', 'deleting');
const create = action('create', 'created', 'creating');
const install = action('install', 'installed', 'installing');
const activate = action('activate', 'activated', 'activating');
const transfer = action('transfer', 'transferred', 'transferring');
const configure = action('configure', 'configured', 'configuring');
const renew = action('renew', 'renewed', 'renewing');
const verify = action('verify', 'verified', 'verifying');
const exportAction = action('export', 'exported', 'exporting');

export const topics: Topic[] = [
  {
    name: 'password and login',
    nouns: ['password', 'login', 'sign-in page', 'two-factor authentication', 'security code', 'reset link', 'recovery email'],
    actions: [reset, change, action('recover', 'recovered', 'recovering'), action('unlock', 'unlocked', 'unlocking')],
    problems: ['is not accepted', 'expired', 'never arrives', 'is locked after too many attempts'],
  },
  {
    name: 'account',
    nouns: ['account', 'profile', 'username', 'email address', 'account owner', 'sign-up'],
    actions: [create, remove, change, verify, action('merge', 'merged', 'merging'), action('close', 'closed', 'closing')],
    problems: ['is suspended', 'shows the wrong name', 'cannot be verified', 'was created twice'],
  },
  {
    name: 'invoices and billing',
    nouns: ['invoice', 'receipt', 'billing address', 'VAT number', 'tax rate', 'billing cycle', 'purchase order'],
    actions: [download, action('correct', 'corrected', 'correcting'), action('resend', 'resent', 'resending'), change],
    problems: ['shows the wrong amount', 'is missing', 'has the old company name', 'was not sent'],
  },
  {
    name: 'payments and refunds',
    nouns: ['payment', 'credit card', 'bank transfer', 'PayPal account', 'direct debit', 'refund', 'charge', 'payment method'],
    actions: [update, cancel, action('retry', 'retried', 'retrying'), action('dispute', 'disputed', 'disputing')],
    problems: ['was declined', 'was charged twice', 'is still pending', 'failed without a message'],
  },
  {
    name: 'subscriptions and plans',
    nouns: ['subscription', 'plan', 'free trial', 'renewal date', 'annual plan', 'monthly plan', 'discount code'],
    actions: [action('upgrade', 'upgraded', 'upgrading'), action('downgrade', 'downgraded', 'downgrading'), cancel, renew, action('pause', 'paused', 'pausing')],
    problems: ['renewed unexpectedly', 'ended early', 'shows the old price', 'cannot be changed'],
  },
  {
    name: 'installation',
    nouns: ['installer', 'installation', 'setup wizard', 'system requirements', 'Windows', 'macOS', 'Linux server', 'desktop app'],
    actions: [install, action('uninstall', 'uninstalled', 'uninstalling'), configure, action('repair', 'repaired', 'repairing')],
    problems: ['stops at 90 percent', 'asks for administrator rights', 'reports a missing library', 'is blocked by the antivirus'],
  },
  {
    name: 'licences',
    nouns: ['licence key', 'licence', 'seat', 'activation', 'serial number', 'offline licence', 'licence server'],
    actions: [activate, transfer, action('deactivate', 'deactivated', 'deactivating'), renew],
    problems: ['is invalid', 'is already in use', 'has expired', 'was not recognised'],
  },
  {
    name: 'updates and releases',
    nouns: ['update', 'release notes', 'version', 'patch', 'automatic updates', 'changelog', 'beta channel'],
    actions: [update, download, action('roll back', 'rolled back', 'rolling back'), action('postpone', 'postponed', 'postponing')],
    problems: ['fails to download', 'breaks the plugins', 'keeps asking to restart', 'is not offered'],
  },
  {
    name: 'support tickets',
    nouns: ['ticket', 'support request', 'priority', 'response time', 'attachment', 'escalation', 'support credits', 'credit balance'],
    actions: [create, action('reopen', 'reopened', 'reopening'), action('escalate', 'escalated', 'escalating'), action('close', 'closed', 'closing')],
    problems: ['has no answer yet', 'was closed by mistake', 'does not accept the attachment', 'used more credits than expected'],
  },
  {
    name: 'team and permissions',
    nouns: ['team member', 'role', 'permission', 'invitation', 'administrator', 'workspace', 'guest user'],
    actions: [action('invite', 'invited', 'inviting'), remove, change, action('assign', 'assigned', 'assigning')],
    problems: ['never arrives', 'has no access', 'sees the wrong workspace', 'cannot be removed'],
  },
  {
    name: 'data export and backups',
    nouns: ['export', 'import', 'backup', 'CSV file', 'data retention', 'archive', 'restore point'],
    actions: [exportAction, action('import', 'imported', 'importing'), action('restore', 'restored', 'restoring'), action('schedule', 'scheduled', 'scheduling')],
    problems: ['is empty', 'times out', 'has broken characters', 'skips some records'],
  },
  {
    name: 'integrations and API',
    nouns: ['API key', 'webhook', 'integration', 'access token', 'rate limit', 'callback URL', 'Zapier connection'],
    actions: [create, action('rotate', 'rotated', 'rotating'), configure, action('revoke', 'revoked', 'revoking')],
    problems: ['returns 401 Unauthorized', 'is never called', 'hits the rate limit', 'stopped working'],
  },
  {
    name: 'notifications',
    nouns: ['email notification', 'newsletter', 'alert', 'spam folder', 'notification settings', 'digest email'],
    actions: [action('turn off', 'turned off', 'turning off'), configure, action('unsubscribe from', 'unsubscribed from', 'unsubscribing from')],
    problems: ['ends up in spam', 'arrives twice', 'comes too late', 'cannot be turned off'],
  },
  {
    name: 'mobile app',
    nouns: ['mobile app', 'iPhone app', 'Android app', 'sync', 'offline mode', 'push notification', 'tablet'],
    actions: [install, action('sync', 'synced', 'syncing'), update, action('log out of', 'logged out of', 'logging out of')],
    problems: ['crashes on start', 'does not sync', 'drains the battery', 'shows old data'],
  },
  {
    name: 'privacy and security',
    nouns: ['privacy policy', 'GDPR request', 'personal data', 'audit log', 'session', 'encryption', 'cookie settings'],
    actions: [remove, exportAction, action('review', 'reviewed', 'reviewing'), action('revoke', 'revoked', 'revoking')],
    problems: ['is not answered', 'lists unknown sessions', 'was rejected', 'is incomplete'],
  },
  {
    name: 'errors and performance',
    nouns: ['error message', 'page', 'browser cache', 'cookies', 'timeout', 'crash report', 'dashboard'],
    actions: [action('clear', 'cleared', 'clearing'), action('report', 'reported', 'reporting'), action('reload', 'reloaded', 'reloading')],
    problems: ['loads slowly', 'shows a blank screen', 'freezes', 'reports error 500'],
  },
];

/** Where things are done in the product. */
export const places = ['Settings', 'Billing', 'your profile', 'the admin panel', 'the dashboard', 'Account > Security', 'the Downloads page', 'Team settings', 'the Help menu'];

export const platforms = ['Windows', 'macOS', 'Linux', 'iOS', 'Android', 'Chrome', 'Firefox', 'Safari'];

export const events = ['the update', 'the trial ends', 'a payment fails', 'changing plans', 'moving to a new computer', 'the renewal date', 'a password reset', 'an upgrade'];

/** Words that carry no topic: the bulk of any real answer. */
export const fillers = [
  'This usually takes a few minutes.',
  'You do not need to contact support for this.',
  'The change applies to every device you use.',
  'If nothing happens, sign out and sign in again.',
  'Older versions may show a slightly different screen.',
  'Administrators can do this for the whole team at once.',
  'We keep a copy for thirty days, so nothing is lost by mistake.',
  'Make sure your browser is up to date before you try again.',
  'The steps are the same on the web and in the desktop app.',
  'Our support team answers within one business day.',
];
