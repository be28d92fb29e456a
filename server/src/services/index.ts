import attachments from './attachments';
import clock from './clock';
import customerTickets from './customer-tickets';
import defaultPermissions from './default-permissions';
import fairUse from './fair-use';
import incidentClasses from './incident-classes';
import jobLease from './job-lease';
import mailOutbox from './mail-outbox';
import publicAccess from './public-access';
import queue from './queue';
import search from './search';
import searchFeed from './search-feed';
import settings from './settings';
import sla from './sla';
import slaSweeper from './sla-sweeper';

const services = {
  attachments,
  clock,
  'customer-tickets': customerTickets,
  'default-permissions': defaultPermissions,
  'fair-use': fairUse,
  'incident-classes': incidentClasses,
  'job-lease': jobLease,
  'mail-outbox': mailOutbox,
  'public-access': publicAccess,
  queue,
  search,
  'search-feed': searchFeed,
  settings,
  sla,
  'sla-sweeper': slaSweeper,
};

export type Services = typeof services;

export default services;
