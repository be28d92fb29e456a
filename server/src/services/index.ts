import defaultPermissions from './default-permissions';
import incidentClasses from './incident-classes';

const services = {
  'default-permissions': defaultPermissions,
  'incident-classes': incidentClasses,
};

export type Services = typeof services;

export default services;
