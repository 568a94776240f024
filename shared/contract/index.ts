export * from './errors';
export * from './events';
export * from './hub-api';
export * from './method-names';
export * from './methods';
