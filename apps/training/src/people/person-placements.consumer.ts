import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { CandidateNominated, Envelope, MemberAdmitted, MemberReassigned, MemberRegistered, PersonRecorded, TransferCompleted } from '@party/contracts';
import { ConsumerSpec, on } from '@party/messaging';

export const PEOPLE_CONSUMER = 'training-people';

async function place(em: EntityManager, e: Envelope<unknown>, personId: string, orgId: string | null, validFrom: string | null): Promise<void> {
  await em.execute(
    `insert into "${em.config.get('schema')}"."person_placement" (event_id, person_id, org_id, valid_from, recorded_at) values (?, ?, ?, ?, ?) on conflict (event_id) do nothing`,
    [e.id, personId, orgId, validFrom, e.recordedAt],
  );
}

/**
 * Membership's placements of people, on a durable consumer of its own: created with this copy, it
 * reads membership's stream from the start, so the people recorded before are placed too.
 */
export function peopleConsumerSpec(): ConsumerSpec {
  return {
    name: PEOPLE_CONSUMER,
    source: 'membership',
    handlers: [
      // the person record has no date in the world: it places them until a dated fact does
      on(PersonRecorded, (e, em) => place(em, e, e.data.personId, e.data.orgId, null)),
      on(CandidateNominated, (e, em) => place(em, e, e.data.personId, e.data.orgId, e.occurredOn)),
      on(MemberRegistered, (e, em) => place(em, e, e.data.personId, e.data.orgId, e.occurredOn)),
      on(MemberAdmitted, (e, em) => place(em, e, e.data.personId, e.data.orgId, e.occurredOn)),
      on(MemberReassigned, (e, em) => place(em, e, e.data.personId, e.data.toOrgId, e.occurredOn)),
      on(TransferCompleted, async (e, em) => {
        const d = e.data;
        if (d.kind === 'temporary') return; // active elsewhere for a while, still theirs at home
        await place(em, e, d.personId, d.kind === 'out' ? null : (d.toOrgId ?? d.orgId), e.occurredOn);
      }),
    ],
  };
}

export const PeopleConsumer = Symbol('PeopleConsumer');
export const peopleConsumerProvider: Provider<ConsumerSpec> = { provide: PeopleConsumer, useFactory: peopleConsumerSpec };
