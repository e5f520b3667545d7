export * from './claims';
export * from './authorize';
export * from './decorators';
export * from './guards';
export * from './issuers';
export * from './principal-verifier';
export * from './service-token';
export * from './token-keys';
