export * from './unit-of-work';
export * from './route-context';
export * from './handles.decorator';
export * from './route-dispatcher';
