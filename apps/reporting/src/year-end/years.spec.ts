import { v7 as uuidv7 } from 'uuid';
import {
  ClassOpened,
  EventDefinition,
  EventData,
  MemberAdmitted,
  OrganizationEstablished,
  OrgKind,
  ORG_KIND_DEFINITIONS,
  PersonSent,
  RegistrationMade,
  REPORTS_ROUTES,
  SecretarySessionAttended,
  StudentEnrolled,
} from '@party/contracts';
import { publishFact, RunningService, startTestService } from '@party/service-kit/testing';
import { isolate, Isolation, waitFor } from '@party/testing';
import { startTestGateway, TestGateway } from '@party/gateway/testing';
import { ProjectionStatus } from '../operations/projection-status';
import { reportingOrm } from '../reporting.orm';
import { REPORTING_CONSUMER_NAMES } from '../projection/consumers';

/**
 * `GET /api/reports/years`: the years of the facts in the read model, within the caller's scope.
 * Membership's and training's facts are published on JetStream as their services publish them
 * (under this file's prefix), the real reporting consumers project them, and the years are read
 * through the gateway by the board and by a secretary.
 */
const iso = isolate('years');
const own = (suffix: string): Isolation => ({ ...iso, schema: `${iso.schema}_${suffix}` });
let reporting: RunningService;
let gw: TestGateway;
let board: string;
let admin: string;

const org = { bloc: uuidv7(), db1: uuidv7(), cbt1: uuidv7(), cb1: uuidv7() };
let published = 0;

async function fact<D extends EventDefinition>(def: D, occurredOn: string, data: EventData<D>): Promise<void> {
  await publishFact(iso, def, data, { occurredOn });
  published++;
}

async function establish(orgId: string, kind: OrgKind, parentId: string | null, on: string) {
  await fact(OrganizationEstablished, on, {
    orgId,
    kind,
    grassroots: ORG_KIND_DEFINITIONS[kind].grassroots,
    name: `Tổ chức ${orgId.slice(-4)}`,
    parentId,
    decisionNumber: `QĐ-${orgId.slice(-4)}`,
    origin: 'new',
    fromOrgIds: [],
  } as EventData<typeof OrganizationEstablished>);
}

const course = (courseTypeCode: string, category: string) => ({ courseTypeCode, category }) as const;
const trainee = () => ({ personId: uuidv7(), citizenId: null, fullName: null, dateOfBirth: null });

beforeAll(async () => {
  // the facts first (the streams are made by the first publish), then the service replays them
  await establish(org.bloc, 'bloc_committee', null, '2015-01-01');
  await establish(org.db1, 'grassroots_committee', org.bloc, '2016-03-01');
  await establish(org.cbt1, 'dependent_cell', org.db1, '2017-05-01');
  await establish(org.cb1, 'grassroots_cell', org.bloc, '2018-02-01');
  const admit = (orgId: string, on: string) =>
    fact(MemberAdmitted, on, {
      personId: uuidv7(),
      orgId,
      candidateId: uuidv7(),
      orgKind: 'dependent_cell',
      voteDate: on,
      admissionDecisionDate: on,
      decisionNumber: `QĐ-KN-${on}`,
      ceremonyDate: on,
      needsHigherApproval: false,
    } as EventData<typeof MemberAdmitted>);
  await admit(org.cbt1, '2021-06-01');
  await admit(org.cb1, '2019-06-01');
  const openClass = async (openedOn: string, servedOrgIds: string[], students: string[]) => {
    const classId = uuidv7();
    await fact(ClassOpened, openedOn, {
      classId, ...course('nhan-thuc-ve-dang', 'partyAwareness'), title: `Lớp ${openedOn}`, openedOn, endsOn: null, cohortLabel: null,
      hostSchool: 'Trường Chính trị', partnerSchool: null, location: null, capacity: null, servedOrgIds,
    } as EventData<typeof ClassOpened>);
    for (const orgId of students) {
      await fact(StudentEnrolled, openedOn, {
        enrollmentId: uuidv7(), classId, ...course('nhan-thuc-ve-dang', 'partyAwareness'), classOpenedOn: openedOn, person: trainee(), enrolledOn: openedOn, orgId, source: 'import',
      } as EventData<typeof StudentEnrolled>);
    }
  };
  await openClass('2022-03-01', [], [org.cb1]); // cb1's student only
  await openClass('2020-09-01', [org.db1], []); // serves db1
  await fact(SecretarySessionAttended, '2023-04-15', {
    attendanceId: uuidv7(), sessionId: uuidv7(), ...course('nghiep-vu-cong-tac-dang', 'professional'), heldOn: '2023-04-15', person: trainee(), orgId: org.cbt1,
  } as EventData<typeof SecretarySessionAttended>);
  await fact(RegistrationMade, '2024-11-01', {
    registrationId: uuidv7(), ...course('cao-cap-llct', 'advancedTheory'), forYear: 2025, person: trainee(), registeredOn: '2024-11-01', orgId: org.cb1,
  } as EventData<typeof RegistrationMade>);
  await fact(PersonSent, '2012-08-01', {
    sendingId: uuidv7(), ...course('cao-cap-llct', 'advancedTheory'), person: trainee(), sentOn: '2012-08-01', institution: 'Học viện Chính trị khu vực I', decisionNumber: null, orgId: org.db1,
  } as EventData<typeof PersonSent>);

  reporting = await startTestService({ service: 'reporting', orm: reportingOrm, loadModule: () => require('../app.module').AppModule, iso: own('r') });
  gw = await startTestGateway({ label: 'years', iso });
  [board, admin] = await Promise.all([gw.login('bantochuc'), gw.login('admin')]);
  await waitFor(
    async () => {
      const status = await reporting.app.get(ProjectionStatus).status();
      return status.consumers.length === REPORTING_CONSUMER_NAMES.length && status.consumers.every((c) => c.lag === 0);
    },
    { timeoutMs: 60_000, what: `the reporting consumers to take in the ${published} facts` },
  );
}, 180_000);
afterAll(async () => {
  await gw?.close();
  await reporting?.close();
});

const years = (token?: string) => {
  const req = gw.http().get('/api/reports/years');
  return token ? req.set({ authorization: `Bearer ${token}` }) : req;
};

async function secretaryOf(orgId: string, username: string): Promise<string> {
  await gw.http().post('/api/admin/users').set({ authorization: `Bearer ${admin}` })
    .send({ username, fullName: 'Bí thư thử', password: 'BiThu2023', roles: ['secretary'], orgScopeId: orgId }).expect(201);
  return gw.login(username, 'BiThu2023');
}

it('lists the years of the recorded facts, newest first, for the whole bloc', async () => {
  const res = await years(board).expect(200);
  // 2024 registration, 2023 session, 2022 and 2020 classes, 2021 and 2019 admissions, 2015–2018 establishments, 2012 sending
  expect(res.body).toEqual({ years: [2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2012] });
  // the service answers the same over NATS request-reply
  const token = reporting.tokenFor({ roles: ['viewer'] });
  expect(await reporting.send(REPORTS_ROUTES.years.pattern, { token, correlationId: uuidv7(), payload: {} })).toEqual(res.body);
});

it("gives a secretary only the years of their subtree's facts", async () => {
  const secretary = await secretaryOf(org.db1, 'bithu.years.db1');
  // db1 and cbt1: established 2016 and 2017, the admission of 2021 in cbt1, the class of 2020 serving db1,
  // the session of 2023 in cbt1, the sending of 2012 from db1; not cb1's 2019, 2022, 2024 nor the bloc's 2015
  expect((await years(secretary).expect(200)).body).toEqual({ years: [2023, 2021, 2020, 2017, 2016, 2012] });
  const ofCell = await secretaryOf(org.cb1, 'bithu.years.cb1');
  expect((await years(ofCell).expect(200)).body).toEqual({ years: [2024, 2022, 2019, 2018] });
  const ofNothing = await secretaryOf(uuidv7(), 'bithu.years.none');
  expect((await years(ofNothing).expect(200)).body).toEqual({ years: [] });
});

it('needs a signed-in caller and is in the OpenAPI document', async () => {
  await years().expect(401);
  const doc = await gw.http().get('/api/docs-json').expect(200);
  expect(doc.body.paths['/api/reports/years'].get.summary).toMatch(/năm.*\/ The years/);
});
