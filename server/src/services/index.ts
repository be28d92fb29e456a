import attachments from './attachments';
import clock from './clock';
import creditMails from './credits/credit-mails';
import credits from './credits/ledger';
import ticketCredits from './credits/ticket-credits';
import customerTickets from './customer-tickets';
import databaseHealth from './database-health';
import defaultPermissions from './default-permissions';
import fairUse from './fair-use';
import incidentClasses from './incident-classes';
import jobLease from './job-lease';
import mailOutbox from './mail-outbox';
import payments from './payments';
import publicAccess from './public-access';
import queue from './queue';
import rateLimits from './rate-limits';
import realtime from './realtime';
import search from './search';
import searchFeed from './search-feed';
import settings from './settings';
import settingsPreviews from './settings-previews';
import settingsStatus from './settings-status';
import sla from './sla';
import stats from './stats';
import ticketStreams from './ticket-streams';
import slaSweeper from './sla-sweeper';

const services = {
  attachments,
  clock,
  credits,
  'credit-mails': creditMails,
  'customer-tickets': customerTickets,
  'database-health': databaseHealth,
  'default-permissions': defaultPermissions,
  'fair-use': fairUse,
  'incident-classes': incidentClasses,
  'job-lease': jobLease,
  'mail-outbox': mailOutbox,
  payments,
  'public-access': publicAccess,
  queue,
  'rate-limits': rateLimits,
  realtime,
  search,
  'search-feed': searchFeed,
  settings,
  'settings-previews': settingsPreviews,
  'settings-status': settingsStatus,
  sla,
  stats,
  'sla-sweeper': slaSweeper,
  'ticket-credits': ticketCredits,
  'ticket-streams': ticketStreams,
};

export type Services = typeof services;

export default services;
