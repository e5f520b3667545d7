import { coveredBy, deriveOrgVersions } from '@party/org-replica';
import { checkResults, ResultLine, StudentFacts } from './results.rules';

const student = (id: string, extra: Partial<StudentFacts> = {}): StudentFacts => ({
  id,
  personId: `p-${id}`,
  citizenId: null,
  fullName: `Người ${id}`,
  attendance: 'enrolled',
  withdrawnOn: null,
  completedOn: null,
  ...extra,
});
const line = (row: number, extra: Partial<ResultLine>): ResultLine => ({
  row,
  enrollmentId: null,
  personId: null,
  citizenId: null,
  fullName: null,
  completedOn: '2023-03-10',
  result: 'passed',
  grade: null,
  certificateNumber: null,
  certificateIssuedOn: null,
  ...extra,
});
const ctx = (students: StudentFacts[], issued: [string, string][] = []) => ({ openedOn: '2023-03-06', students, issued: new Map(issued) });

describe('results of a class', () => {
  it('refuses completion the day before the class opens and accepts the opening day', () => {
    const r = checkResults([line(2, { personId: 'p-a', completedOn: '2023-03-05' }), line(3, { personId: 'p-b', completedOn: '2023-03-06' })], ctx([student('a'), student('b')]));
    expect(r.problems).toEqual([expect.objectContaining({ row: 2, field: 'completedOn' })]);
    expect(r.matched.map((m) => m.enrollmentId)).toEqual(['b']);
  });

  it('dates a certificate by its completion unless given, and refuses one dated before the opening', () => {
    const r = checkResults([line(0, { personId: 'p-a', certificateNumber: 'N1' }), line(1, { personId: 'p-b', certificateNumber: 'N2', certificateIssuedOn: '2023-03-01' })], ctx([student('a'), student('b')]));
    expect(r.matched[0].completion).toMatchObject({ certificateNumber: 'N1', certificateIssuedOn: '2023-03-10' });
    expect(r.problems).toEqual([expect.objectContaining({ row: 1, field: 'certificateIssuedOn' })]);
  });

  it('refuses an unknown student, a student listed twice, and ids that name two students', () => {
    const r = checkResults(
      [line(0, { enrollmentId: 'a' }), line(1, { personId: 'p-a' }), line(2, { citizenId: '001001001001' }), line(3, { enrollmentId: 'a', personId: 'p-b' })],
      ctx([student('a'), student('b')]),
    );
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'personId'],
      [2, 'citizenId'],
      [3, 'personId'],
    ]);
  });

  it('refuses certificate numbers used twice within the course type — in the list or already issued', () => {
    const r = checkResults(
      [line(0, { personId: 'p-a', certificateNumber: 'N1' }), line(1, { personId: 'p-b', certificateNumber: 'N1' }), line(2, { personId: 'p-c', certificateNumber: 'OLD' })],
      ctx([student('a'), student('b'), student('c')], [['OLD', 'x']]),
    );
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [1, 'certificateNumber'],
      [2, 'certificateNumber'],
    ]);
  });

  it('refuses a withdrawn or already completed student, and a name that is not the enrolled one', () => {
    const r = checkResults(
      [line(0, { personId: 'p-a' }), line(1, { personId: 'p-b' }), line(2, { personId: 'p-c', fullName: 'nguoi C' }), line(3, { personId: 'p-d', fullName: 'Người Khác' })],
      ctx([student('a', { attendance: 'withdrawn', withdrawnOn: '2023-03-07' }), student('b', { completedOn: '2023-03-09' }), student('c'), student('d')]),
    );
    expect(r.problems.map((p) => [p.row, p.field])).toEqual([
      [0, 'result'],
      [1, 'result'],
      [3, 'fullName'],
    ]);
  });
});

describe('organization periods', () => {
  it('derive versions in date order whatever the order the events came in, and cover a record on its own date', () => {
    const v = deriveOrgVersions([
      { eventId: '2', occurredOn: '2023-06-01', recordedAt: '2023-01-01T00:00:00', kind: 'dependent_cell', grassroots: false, name: 'M', parentId: 'G1', ends: false },
      { eventId: '1', occurredOn: '2019-02-01', recordedAt: '2023-02-01T00:00:00', kind: 'dependent_cell', grassroots: false, name: 'M', parentId: 'G2', ends: false },
    ]);
    expect(v.map((x) => [x.parentId, x.validFrom, x.validTo])).toEqual([
      ['G2', '2019-02-01', '2023-06-01'],
      ['G1', '2023-06-01', null],
    ]);
    const intervals = [{ orgId: 'M', from: '2023-06-01', to: null }];
    expect(coveredBy(intervals, 'M', '2023-05-31')).toBe(false);
    expect(coveredBy(intervals, 'M', '2023-06-01')).toBe(true);
    expect(coveredBy(intervals, null, '2023-06-01')).toBe(false);
  });
});
