export * from './orm-options';
export * from './schema-migration';
export * from './migration-generator';
export * from './migrate';
export * from './migration-cli';
export * from './scratch-database';
export * from './audit-entry.entity';
export * from './bulk-insert';
