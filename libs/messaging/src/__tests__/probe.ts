import { z } from 'zod';
import { defineEvent } from '@party/contracts';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { MESSAGING_ENTITIES } from '../index';
import { on } from '../consumer/event-handler';

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
