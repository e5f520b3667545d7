import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventDefinition, EventOf, ServiceName } from '@party/contracts';

export interface EventHandler<D extends EventDefinition = EventDefinition> {
  event: D;
  /** Runs inside the consumer's transaction: write through `em`, never commit yourself. */
  handle(event: EventOf<D>, em: EntityManager): Promise<void>;
}

/** Keeps the handler's event type tied to its definition. */
export function on<D extends EventDefinition>(event: D, handle: EventHandler<D>['handle']): EventHandler<D> {
  return { event, handle };
}

export interface ConsumerSpec {
  /** One durable consumer per (service, purpose): `reporting-projection`. */
  name: string;
  /** Whose event stream it reads. */
  source: ServiceName;
  handlers: EventHandler<any>[];
  /** Attempts before an event goes to the dead-letter stream. */
  maxAttempts?: number;
  /** Wait before attempt n+1 after attempt n failed; the last value repeats. */
  backoffMs?: number[];
  /** A delivery not acknowledged in this time (a crashed consumer) is delivered again. */
  ackWaitMs?: number;
  /** Events applied in one transaction when they are waiting (1: one transaction each). */
  batchSize?: number;
}

export function handlerKey(type: string, version: number): string {
  return `${type}@v${version}`;
}

/** Fails at boot when one event has two handlers in one consumer (a silent double effect). */
export function indexHandlers(spec: ConsumerSpec): Map<string, EventHandler> {
  const map = new Map<string, EventHandler>();
  for (const h of spec.handlers) {
    if (h.event.service !== spec.source) {
      throw new Error(`Consumer ${spec.name} reads ${spec.source} but has a handler for ${h.event.type}`);
    }
    const key = handlerKey(h.event.type, h.event.version);
    if (map.has(key)) throw new Error(`Consumer ${spec.name} has two handlers for ${key}`);
    map.set(key, h);
  }
  return map;
}
