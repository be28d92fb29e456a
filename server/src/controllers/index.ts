import adminTicket from './admin-ticket';
import incidentClass from './incident-class';
import availability from './availability';
import deflection from './deflection';
import faq from './faq';
import fairUse from './fair-use';
import settings from './settings';
import ticket from './ticket';

// Keys become the first part of each action: `plugin::helpdesk.<key>.<method>`.
export default {
  'incident-class': incidentClass,
  availability,
  deflection,
  faq,
  settings,
  ticket,
  'admin-ticket': adminTicket,
  'fair-use': fairUse,
};
