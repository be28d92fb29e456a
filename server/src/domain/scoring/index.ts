export * from './settings';
export * from './fair-use';
export * from './unread-answer';
