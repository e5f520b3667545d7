import type { EntityManager } from '@mikro-orm/postgresql';
import type { Envelope, EventDefinition, EventOf, ServiceName } from '@party/contracts';

export interface EventHandler<D extends EventDefinition = EventDefinition> {
  event: D;
  /** Runs inside the consumer's transaction: write through `em`, never commit yourself. */
  handle(event: EventOf<D>, em: EntityManager): Promise<void>;
  /**
   * A run of consecutive events of this type, in stream order, in the same transaction: one
   * statement for the run instead of one round trip per event. Leaves what `handle` on each in
   * turn would leave, since the consumer takes events one at a time after a batch failed.
   */
  handleMany?(events: EventOf<D>[], em: EntityManager): Promise<void>;
  /**
   * Handlers of several event types that share a `run` (and one `handleMany` able to take each of
   * their types) take their consecutive events as one run, whatever the mix: a member's facts of
   * every kind interleave in a stream, so runs of one type alone would be short.
   */
  run?: string;
}

/** Keeps the handler's event type tied to its definition. */
export function on<D extends EventDefinition>(event: D, handle: EventHandler<D>['handle']): EventHandler<D> {
  return { event, handle };
}

/** A handler written for runs of events; one event alone is a run of one, so both paths share its code. */
export function onMany<D extends EventDefinition>(event: D, handleMany: NonNullable<EventHandler<D>['handleMany']>): EventHandler<D> {
  return { event, handle: (e, em) => handleMany([e], em), handleMany };
}

/**
 * Applies events in their order, each run of consecutive events of one handler (or of handlers
 * sharing a `run`) that takes runs in one call. The order across handlers is kept: a run ends where
 * another handler's event comes.
 */
export async function applyInOrder(items: { event: Envelope; handler: EventHandler }[], em: EntityManager): Promise<void> {
  const sameRun = (a: EventHandler, b: EventHandler) => a === b || (a.run !== undefined && a.run === b.run);
  for (let i = 0; i < items.length; ) {
    const { handler } = items[i];
    let end = i + 1;
    if (handler.handleMany) {
      while (end < items.length && sameRun(items[end].handler, handler)) end++;
      await handler.handleMany(items.slice(i, end).map((x) => x.event), em);
    } else {
      await handler.handle(items[i].event, em);
    }
    i = end;
  }
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
