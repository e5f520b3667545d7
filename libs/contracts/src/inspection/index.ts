export * from './events';
export * from './programs.routes';
export * from './discipline.routes';
export * from './routes';
