import type { EntityManager } from '@mikro-orm/postgresql';
import { defineEvent, Envelope } from '@party/contracts';
import { z } from 'zod';
import { applyInOrder, EventHandler } from './event-handler';

const A = defineEvent({ service: 'membership', aggregate: 'probe', name: 'a', version: 1, schema: z.object({ n: z.number() }) });
const B = defineEvent({ service: 'membership', aggregate: 'probe', name: 'b', version: 1, schema: z.object({ n: z.number() }) });
const C = defineEvent({ service: 'membership', aggregate: 'probe', name: 'c', version: 1, schema: z.object({ n: z.number() }) });

/** The runs `applyInOrder` hands to each handler, as the event numbers each call received. */
it('gives handlers sharing a run their consecutive events of every type in one call, and ends a run at another handler', async () => {
  const calls: string[] = [];
  const taking = (event: typeof A, label: string, run?: string): EventHandler<typeof A> => {
    const handleMany = async (events: { data: { n: number } }[]) => void calls.push(`${label}:${events.map((e) => e.data.n).join(',')}`);
    return { event, run, handle: (e) => handleMany([e]), handleMany };
  };
  const a = taking(A, 'a', 'facts');
  const b = taking(B, 'b', 'facts');
  const c = taking(C, 'c');
  const one: EventHandler<typeof A> = { event: A, handle: async (e) => void calls.push(`one:${e.data.n}`) };
  const items = ([[a, 1], [b, 2], [a, 3], [c, 4], [c, 5], [a, 6], [one, 7], [one, 8], [b, 9]] as const).map(([handler, n]) => ({
    handler: handler as EventHandler,
    event: { id: String(n), type: handler.event.type, data: { n } } as unknown as Envelope,
  }));
  // the entity manager is only handed on to the handlers
  await applyInOrder(items, {} as EntityManager);
  expect(calls).toEqual(['a:1,2,3', 'c:4,5', 'a:6', 'one:7', 'one:8', 'b:9']);
});
