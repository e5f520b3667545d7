export * from './org-replica.entities';
export * from './org-versions';
export * from './org-replica.consumer';
export * from './subtree';
export * from './scope';
export * from './people';
