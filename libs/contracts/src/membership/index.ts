export * from './organization-kinds';
export * from './organization-commands';
export * from './organization-events';
export * from './code-lists';
export * from './member-commands';
export * from './member-events';
