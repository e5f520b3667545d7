export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const NATS_NAMES = Symbol('NATS_NAMES');
export const SERVICE_ENV = Symbol('SERVICE_ENV');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
/** Multi-provider: the `ConsumerSpec`s a service runs. */
export const EVENT_CONSUMERS = Symbol('EVENT_CONSUMERS');
