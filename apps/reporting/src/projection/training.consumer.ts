import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { ClassOpened, ClassUpdated, Envelope, EventData, PersonSent, RegistrationMade, SecretarySessionAttended, StudentEnrolled } from '@party/contracts';
import { ConsumerSpec, on } from '@party/messaging';
import { personKey } from './person-key';

export const TRAINING_CONSUMER = 'reporting-training';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/** The class's whole state; an older state (recorded earlier) never overwrites a newer one. */
async function upsertClass(em: EntityManager, event: Envelope<EventData<typeof ClassOpened>>): Promise<void> {
  const s = schemaOf(em);
  const c = event.data;
  await em.execute(
    `insert into "${s}"."training_class" as t (class_id, course_type_code, category, opened_on, cohort_label, served_org_ids, state_recorded_at)
     values (?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?)
     on conflict (class_id) do update set course_type_code = excluded.course_type_code, category = excluded.category,
       opened_on = excluded.opened_on, cohort_label = excluded.cohort_label, served_org_ids = excluded.served_org_ids,
       state_recorded_at = excluded.state_recorded_at
     where t.state_recorded_at <= excluded.state_recorded_at`,
    [c.classId, c.courseTypeCode, c.category, c.openedOn, c.cohortLabel, JSON.stringify(c.servedOrgIds), event.recordedAt],
  );
}

/** Course types, classes, students, registrations, sendings and secretary sessions, from training's stream. */
export function trainingConsumerSpec(): ConsumerSpec {
  return {
    name: TRAINING_CONSUMER,
    source: 'training',
    handlers: [
      on(ClassOpened, (e, em) => upsertClass(em, e)),
      on(ClassUpdated, (e, em) => upsertClass(em, e)),
      on(StudentEnrolled, async (e, em) => {
        const d = e.data;
        await em.execute(
          `insert into "${schemaOf(em)}"."training_enrollment" (enrollment_id, class_id, enrolled_on, org_id, person_key) values (?, ?, ?, ?, ?) on conflict do nothing`,
          [d.enrollmentId, d.classId, d.enrolledOn, d.orgId, personKey(d.person, d.enrollmentId)],
        );
      }),
      on(RegistrationMade, async (e, em) => {
        const d = e.data;
        await em.execute(
          `insert into "${schemaOf(em)}"."training_registration" (registration_id, course_type_code, category, for_year, registered_on, org_id, person_key) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
          [d.registrationId, d.courseTypeCode, d.category, d.forYear, d.registeredOn, d.orgId, personKey(d.person, d.registrationId)],
        );
      }),
      on(PersonSent, async (e, em) => {
        const d = e.data;
        await em.execute(
          `insert into "${schemaOf(em)}"."training_sending" (sending_id, course_type_code, category, sent_on, org_id, person_key) values (?, ?, ?, ?, ?, ?) on conflict do nothing`,
          [d.sendingId, d.courseTypeCode, d.category, d.sentOn, d.orgId, personKey(d.person, d.sendingId)],
        );
      }),
      on(SecretarySessionAttended, async (e, em) => {
        const d = e.data;
        await em.execute(
          `insert into "${schemaOf(em)}"."training_secretary_attendance" (attendance_id, session_id, course_type_code, category, held_on, org_id, person_key) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
          [d.attendanceId, d.sessionId, d.courseTypeCode, d.category, d.heldOn, d.orgId, personKey(d.person, d.attendanceId)],
        );
      }),
    ],
  };
}

export const TrainingConsumer = Symbol('TrainingConsumer');
export const trainingConsumerProvider: Provider<ConsumerSpec> = { provide: TrainingConsumer, useFactory: trainingConsumerSpec };

