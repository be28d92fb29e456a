export * from './events';
export * from './sse';
