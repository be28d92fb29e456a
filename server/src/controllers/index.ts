import incidentClass from './incident-class';

// Keys become the first part of each content-API action: `plugin::helpdesk.<key>.<method>`.
export default {
  'incident-class': incidentClass,
};
