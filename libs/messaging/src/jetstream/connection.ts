import { connect, NatsConnection } from 'nats';
import { natsServerOptions } from '../transport/nats-url';

export interface NatsConnectionOptions {
  url: string;
  name: string;
}

/**
 * One connection per process for request-reply and JetStream. It keeps reconnecting forever:
 * a NATS restart must not take a service down, only pause it.
 */
export function connectNats(opts: NatsConnectionOptions): Promise<NatsConnection> {
  return connect({
    ...natsServerOptions(opts.url),
    name: opts.name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
    // nats.js otherwise captures two stack traces for every request, each JetStream publish
    // included: a third of the outbox relay's CPU (backbone bench). A timeout or a refusal keeps
    // its message and code; only the caller's async stack is missing from its stack trace.
    noAsyncTraces: true,
  });
}
