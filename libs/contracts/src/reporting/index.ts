export * from './metrics';
export * from './share';
export * from './commands';
export * from './views';
export * from './reports.routes';
export * from './report-jobs.routes';
export * from './routes';
