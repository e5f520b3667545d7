export * from './organization-kinds';
export * from './organization-commands';
export * from './organization-events';
