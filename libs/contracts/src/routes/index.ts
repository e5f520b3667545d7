export * from './define-route';
export * from './conventions';
