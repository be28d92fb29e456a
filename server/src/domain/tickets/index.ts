export * from './statuses';
export * from './transitions';
export * from './queue-order';
export * from './queue-sorts';
export * from './reference';
export * from './chat';
