export * from './person-replica.entity';
export * from './people-replica.consumer';
export * from './people';
