import ticket from './ticket';
import ticketMessage from './ticket-message';
import incidentClass from './incident-class';
import faq from './faq';
import creditAccount from './credit-account';
import creditTransaction from './credit-transaction';
import mailOutbox from './mail-outbox';
import paymentEvent from './payment-event';
import slaEvent from './sla-event';
import jobLease from './job-lease';
import deflection from './deflection';
import searchChange from './search-change';
import fairUseStanding from './fair-use-standing';
import statsDay from './stats-day';

// Keys are the singular names: Strapi turns them into `plugin::helpdesk.<key>`.
export default {
  ticket,
  'ticket-message': ticketMessage,
  'incident-class': incidentClass,
  faq,
  'credit-account': creditAccount,
  'credit-transaction': creditTransaction,
  'mail-outbox': mailOutbox,
  'payment-event': paymentEvent,
  'sla-event': slaEvent,
  'job-lease': jobLease,
  deflection,
  'search-change': searchChange,
  'fair-use-standing': fairUseStanding,
  'stats-day': statsDay,
};
