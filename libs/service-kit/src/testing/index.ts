// Test helpers that boot real services; a separate entry point so production code never loads them.
export * from './service-harness';
export * from './foundation-suite';
export * from './service-process';
export * from './publish-fact';
export * from './whole-system';
