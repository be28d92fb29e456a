import adminTicket from './admin-ticket';
import incidentClass from './incident-class';
import availability from './availability';
import settings from './settings';
import ticket from './ticket';

// Keys become the first part of each action: `plugin::helpdesk.<key>.<method>`.
export default {
  'incident-class': incidentClass,
  availability,
  settings,
  ticket,
  'admin-ticket': adminTicket,
};
