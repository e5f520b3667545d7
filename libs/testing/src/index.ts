export * from './isolation';
export * from './wait-for';
export * from './nats-server';
export * from './orm';
export * from './processes';
export * from './streams';
export * from './tables';
