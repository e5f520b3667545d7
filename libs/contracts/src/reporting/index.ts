export * from './metrics';
export * from './share';
export * from './commands';
