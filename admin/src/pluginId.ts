export const PLUGIN_ID = 'helpdesk';
