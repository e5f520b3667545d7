export * from './course-types';
export * from './commands';
export * from './events';
export * from './uploads';
