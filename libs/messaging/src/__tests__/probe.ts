import { z } from 'zod';
import { defineEvent } from '@party/contracts';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { MESSAGING_ENTITIES } from '../index';
import { on, onMany } from '../consumer/event-handler';

/** A test-only event and the effect its consumers leave: one row per application. */
export const ProbeRecorded = defineEvent({
  service: 'membership',
  aggregate: 'probe',
  name: 'recorded',
  version: 1,
  schema: z.object({ n: z.number().int() }),
});

export const probeEntities = MESSAGING_ENTITIES;

export async function createEffectsTable(orm: MikroORM): Promise<void> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create table if not exists "${schema}"."effects" (consumer text not null, event_id uuid not null, n int not null)`);
}

export async function writeEffect(em: EntityManager, consumer: string, eventId: string, n: number): Promise<void> {
  const schema = em.config.get('schema');
  await em.execute(`insert into "${schema}"."effects" (consumer, event_id, n) values (?, ?, ?)`, [consumer, eventId, n]);
}

export function effectHandler(consumer: string, fail?: (n: number) => boolean) {
  return on(ProbeRecorded, async (event, em) => {
    if (fail?.(event.data.n)) throw new Error(`probe ${event.data.n} refuses to be applied`);
    await writeEffect(em, consumer, event.id, event.data.n);
  });
}

/**
 * The same effect written for runs of events: one multi-row insert per run, then a throw when
 * one of them refuses, so a batch that fails has written effects its rollback must undo.
 * `runs` receives the size of every run it was given (batches taken whole show as runs > 1).
 */
export function effectRunHandler(consumer: string, opts: { fail?: (n: number) => boolean; runs?: number[] } = {}) {
  return onMany(ProbeRecorded, async (events, em) => {
    opts.runs?.push(events.length);
    const schema = em.config.get('schema');
    await em.execute(
      `insert into "${schema}"."effects" (consumer, event_id, n) values ${events.map(() => '(?, ?, ?)').join(', ')}`,
      events.flatMap((e) => [consumer, e.id, e.data.n]),
    );
    const refused = events.find((e) => opts.fail?.(e.data.n));
    if (refused) throw new Error(`probe ${refused.data.n} refuses to be applied`);
  });
}
