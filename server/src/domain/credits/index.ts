export * from './settings';
export * from './entitlement';
export * from './estimate';
export * from './charge';
export * from './ledger';
