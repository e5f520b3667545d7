import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { ClassOpened, ClassUpdated, Envelope, EventData, EventDefinition, PersonSent, RegistrationMade, SecretarySessionAttended, StudentEnrolled } from '@party/contracts';
import { ConsumerSpec, EventHandler, on, onMany } from '@party/messaging';
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

/** Column name and PostgreSQL type, in the order of a row's values. */
type Columns = readonly (readonly [string, string])[];
const ENROLLMENT: Columns = [['enrollment_id', 'uuid'], ['class_id', 'uuid'], ['enrolled_on', 'date'], ['org_id', 'text'], ['person_key', 'text']];
const REGISTRATION: Columns = [['registration_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['for_year', 'int'], ['registered_on', 'date'], ['org_id', 'text'], ['person_key', 'text']];
const SENDING: Columns = [['sending_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['sent_on', 'date'], ['org_id', 'text'], ['person_key', 'text']];
const ATTENDANCE: Columns = [['attendance_id', 'uuid'], ['session_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['held_on', 'date'], ['org_id', 'text'], ['person_key', 'text']];

/** Rows not recorded yet (keyed by their first column, so a replay is harmless), as one statement: one JSON value, which knex does not expand. */
async function insertNew(em: EntityManager, table: string, columns: Columns, rows: unknown[][]): Promise<void> {
  const names = columns.map(([name]) => name).join(', ');
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(columns.map(([name], i) => [name, r[i]]))));
  await em.execute(
    `insert into "${schemaOf(em)}"."${table}" (${names})
     select ${names} from jsonb_to_recordset(?::jsonb) as x(${columns.map(([name, type]) => `${name} ${type}`).join(', ')})
     on conflict do nothing`,
    [json],
  );
}

/** A handler recording each event of a run as one row of `table` (`row`: its values in the columns' order). */
function recorded<D extends EventDefinition>(event: D, table: string, columns: Columns, row: (data: EventData<D>) => unknown[]): EventHandler<D> {
  return onMany(event, (es, em) => insertNew(em, table, columns, es.map((e) => row(e.data))));
}

/** Course types, classes, students, registrations, sendings and secretary sessions, from training's stream. */
export function trainingConsumerSpec(): ConsumerSpec {
  return {
    name: TRAINING_CONSUMER,
    source: 'training',
    handlers: [
      on(ClassOpened, (e, em) => upsertClass(em, e)),
      on(ClassUpdated, (e, em) => upsertClass(em, e)),
      // a run of consecutive facts of one kind (a class's enrollment list, a session's attendance) in one statement
      recorded(StudentEnrolled, 'training_enrollment', ENROLLMENT, (d) => [d.enrollmentId, d.classId, d.enrolledOn, d.orgId, personKey(d.person, d.enrollmentId)]),
      recorded(RegistrationMade, 'training_registration', REGISTRATION, (d) => [d.registrationId, d.courseTypeCode, d.category, d.forYear, d.registeredOn, d.orgId, personKey(d.person, d.registrationId)]),
      recorded(PersonSent, 'training_sending', SENDING, (d) => [d.sendingId, d.courseTypeCode, d.category, d.sentOn, d.orgId, personKey(d.person, d.sendingId)]),
      recorded(SecretarySessionAttended, 'training_secretary_attendance', ATTENDANCE, (d) => [d.attendanceId, d.sessionId, d.courseTypeCode, d.category, d.heldOn, d.orgId, personKey(d.person, d.attendanceId)]),
    ],
  };
}

export const TrainingConsumer = Symbol('TrainingConsumer');
export const trainingConsumerProvider: Provider<ConsumerSpec> = { provide: TrainingConsumer, useFactory: trainingConsumerSpec };

