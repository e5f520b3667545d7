import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import {
  CandidateNominated,
  MemberAdmitted,
  MemberDied,
  MemberExpelled,
  MemberLeftParty,
  MemberMadeOfficial,
  MemberReassigned,
  MemberRegistered,
  MemberRemovedFromProbation,
  MemberStruckOff,
  PersonCorrected,
  PersonRecorded,
  TransferCompleted,
} from '@party/contracts';
import { ConsumerSpec, on } from '@party/messaging';
import { PersonReplica } from './person-replica.entity';

/** The person's row, created on the first fact heard of them (membership's stream is in order, so normally `person.recorded`). */
async function personRow(em: EntityManager, personId: string): Promise<PersonReplica> {
  const found = await em.findOne(PersonReplica, { personId });
  if (found) return found;
  const row = em.create(PersonReplica, { personId });
  em.persist(row);
  return row;
}

async function change(em: EntityManager, personId: string, apply: (p: PersonReplica) => void): Promise<void> {
  const p = await personRow(em, personId);
  apply(p);
  p.updatedAt = new Date();
  await em.flush();
}

const ended = (status: string, on: string) => (p: PersonReplica) => Object.assign(p, { status, endedOn: on });

/**
 * Membership's facts about people, on a durable consumer of the service's own that reads membership's
 * stream from its start: name and birth date (corrected when membership corrects them), the
 * organization, and the dates of membership. Every update is a set of values, so a redelivery the
 * inbox did not catch changes nothing.
 */
export function peopleReplicaConsumer(options: { name: string }): ConsumerSpec {
  return {
    name: options.name,
    source: 'membership',
    handlers: [
      on(PersonRecorded, (e, em) =>
        change(em, e.data.personId, (p) => {
          p.fullName = e.data.fullName;
          p.dateOfBirth = e.data.dateOfBirth;
          p.orgId ??= e.data.orgId;
        }),
      ),
      on(PersonCorrected, (e, em) =>
        change(em, e.data.personId, (p) => {
          if (e.data.after.fullName !== undefined) p.fullName = e.data.after.fullName;
          if (e.data.after.dateOfBirth !== undefined) p.dateOfBirth = e.data.after.dateOfBirth;
        }),
      ),
      on(CandidateNominated, (e, em) =>
        change(em, e.data.personId, (p) => {
          p.orgId = e.data.orgId;
          if (p.status === 'masses') p.status = 'candidate';
        }),
      ),
      on(MemberRegistered, (e, em) =>
        change(em, e.data.personId, (p) =>
          Object.assign(p, { orgId: e.data.orgId, admissionDecisionDate: e.data.admissionDecisionDate, officialDate: e.data.officialDate, status: e.data.officialDate ? 'official' : 'probationary', endedOn: null }),
        ),
      ),
      on(MemberAdmitted, (e, em) =>
        change(em, e.data.personId, (p) => Object.assign(p, { orgId: e.data.orgId, admissionDecisionDate: e.data.admissionDecisionDate, officialDate: null, status: 'probationary', endedOn: null })),
      ),
      on(MemberMadeOfficial, (e, em) => change(em, e.data.personId, (p) => Object.assign(p, { officialDate: e.data.officialDate, status: 'official' }))),
      on(MemberRemovedFromProbation, (e, em) => change(em, e.data.personId, ended('removedFromProbation', e.data.decisionDate))),
      on(MemberStruckOff, (e, em) => change(em, e.data.personId, ended('struckOff', e.data.decisionDate))),
      on(MemberLeftParty, (e, em) => change(em, e.data.personId, ended('left', e.data.decisionDate))),
      on(MemberDied, (e, em) => change(em, e.data.personId, ended('died', e.data.dateOfDeath))),
      on(MemberExpelled, (e, em) => change(em, e.data.personId, ended('expelled', e.data.effectiveOn))),
      on(MemberReassigned, (e, em) => change(em, e.data.personId, (p) => (p.orgId = e.data.toOrgId))),
      on(TransferCompleted, (e, em) => {
        const d = e.data;
        if (d.kind === 'temporary') return Promise.resolve(); // active elsewhere for a while, still theirs at home
        return change(em, d.personId, (p) => (p.orgId = d.kind === 'out' ? null : (d.toOrgId ?? d.orgId)));
      }),
    ],
  };
}

export const PEOPLE_REPLICA_CONSUMER = Symbol('PEOPLE_REPLICA_CONSUMER');

/** For `ServiceCoreModule.forService({ consumers: [peopleReplicaConsumerProvider({ name: '<service>-people' })] })`. */
export function peopleReplicaConsumerProvider(options: { name: string }): Provider<ConsumerSpec> {
  return { provide: PEOPLE_REPLICA_CONSUMER, useFactory: () => peopleReplicaConsumer(options) };
}
