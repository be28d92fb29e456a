import adminCredits from './admin-credits';
import adminTicket from './admin-ticket';
import incidentClass from './incident-class';
import availability from './availability';
import credits from './credits';
import deflection from './deflection';
import faq from './faq';
import fairUse from './fair-use';
import settings from './settings';
import settingsPreviews from './settings-previews';
import settingsStatus from './settings-status';
import stats from './stats';
import stripeWebhook from './stripe-webhook';
import ticket from './ticket';
import widget from './widget';

// Keys become the first part of each action: `plugin::helpdesk.<key>.<method>`.
export default {
  'incident-class': incidentClass,
  availability,
  credits,
  deflection,
  faq,
  settings,
  'settings-previews': settingsPreviews,
  'settings-status': settingsStatus,
  stats,
  'stripe-webhook': stripeWebhook,
  ticket,
  widget,
  'admin-ticket': adminTicket,
  'admin-credits': adminCredits,
  'fair-use': fairUse,
};
