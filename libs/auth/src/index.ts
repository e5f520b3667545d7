export * from './claims';
export * from './authorize';
export * from './decorators';
export * from './guards';
