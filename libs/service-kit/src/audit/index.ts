export * from './audit-log.reader';
