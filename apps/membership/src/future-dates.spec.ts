import { todayInVietnam } from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Organization } from './organizations/organization.entity';
import { Person } from './people/person.entity';
import { MEMBERSHIP } from './testing/membership-under-test';

/**
 * Issue 10, item 11: a command records what has happened. A fact dated after today (in Vietnam)
 * is refused with 400, naming the field, before anything is written — an organization
 * "established" in 2030 would otherwise open a 2030 report. Garbage years stay a clean 400; the
 * `asOf` of a query may still look ahead.
 */
const stack = useStack({ label: 'future_dates', service: MEMBERSHIP });
const { post, get } = stack;
const written = stack.tables({ orgs: countOf(Organization), people: countOf(Person), outbox: countOf(OutboxMessage) });

const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const today = todayInVietnam();
const tomorrow = plusDays(today, 1);
const ids: Record<string, string> = {};

/** The one field error of a 400, in both languages. */
const refusal = (res: { body: { code: string; fields: { field: string; vi: string; en: string }[] } }) => {
  expect(res.body.code).toBe('validation');
  expect(res.body.fields).toHaveLength(1);
  return res.body.fields[0];
};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01', cb2: false }));
  ids.member = await stack.world.member({ fullName: 'Nguyễn Văn Hiện', orgId: ids.cell1 });
}, 60_000);

describe('a fact dated after today is refused, one dated today taken', () => {
  it('an organization established tomorrow: 400 naming effectiveOn; established today: 201', async () => {
    const body = (effectiveOn: string) => ({ kind: 'dependent_cell', name: `Chi bộ Ngày ${effectiveOn}`, parentId: ids.db1, effectiveOn, decisionNumber: stack.world.number('QĐ') });
    const before = await written();
    const field = refusal(await post('/orgs', body(tomorrow)).expect(400));
    expect(field).toEqual({
      field: 'effectiveOn',
      vi: `Ngày hiệu lực ${tomorrow} ở sau hôm nay (${today}): chỉ ghi nhận việc đã diễn ra`,
      en: `The effective date ${tomorrow} is after today (${today}): only what has happened can be recorded`,
    });
    expect(await written()).toEqual(before);
    await post('/orgs', body(today)).expect(201);
  });

  it('a nomination, a death, a transfer and an admission dated tomorrow are refused by their own field', async () => {
    const personId = await stack.world.person({ fullName: 'Trần Thị Sớm', orgId: ids.cell1 });
    const before = await written();
    expect(refusal(await post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: tomorrow }).expect(400)).vi).toBe(
      `Ngày giới thiệu quần chúng ${tomorrow} ở sau hôm nay (${today}): chỉ ghi nhận việc đã diễn ra`,
    );
    expect(refusal(await post(`/members/${ids.member}/death`, { dateOfDeath: tomorrow }).expect(400)).field).toBe('dateOfDeath');
    expect(refusal(await post('/transfers/out', { personId: ids.member, toCommittee: 'Đảng bộ Tỉnh', letterNumber: 'GGT-1', issuedOn: tomorrow }).expect(400)).field).toBe('issuedOn');
    const admission = await post('/admissions', { candidateId: '01900000-0000-7000-8000-000000000000', voteDate: today, decisionDate: tomorrow, decisionNumber: 'QĐ-1' }).expect(400);
    expect(refusal(admission)).toMatchObject({ field: 'decisionDate', en: `The decision date ${tomorrow} is after today (${today}): only what has happened can be recorded` });
    expect(await written()).toEqual(before);

    await post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: today }).expect(201);
  });

  it('a person born tomorrow is refused, one born today recorded', async () => {
    const field = refusal(await post('/people', stack.world.personFields({ orgId: ids.cell1, dateOfBirth: tomorrow })).expect(400));
    expect(field).toMatchObject({ field: 'dateOfBirth', vi: `Ngày sinh ${tomorrow} ở sau hôm nay (${today}): chỉ ghi nhận việc đã diễn ra` });
    await post('/people', stack.world.personFields({ orgId: ids.cell1, dateOfBirth: today })).expect(201);
  });
});

describe('garbage years stay a clean 400; queries may look ahead', () => {
  it('refuses year 9999 and year 0100 on an existing member, each with a message of its own', async () => {
    const body = (admissionDecisionDate: string) => ({ ...stack.world.personFields({ orgId: ids.cell1 }), admissionDecisionDate });
    const before = await written();
    expect(refusal(await post('/members/existing', body('9999-12-31')).expect(400))).toMatchObject({ field: 'admissionDecisionDate', en: expect.stringContaining('9999-12-31 is after today') });
    // every problem at once: the year, and (true as well) an admission before the birth
    const ancient = await post('/members/existing', body('0100-01-01')).expect(400);
    expect(ancient.body.fields).toContainEqual({
      field: 'admissionDecisionDate',
      vi: 'Ngày quyết định kết nạp 0100-01-01 trước năm 1900: kiểm tra lại năm',
      en: 'The admission decision date 0100-01-01 is before 1900: check the year',
    });
    expect(refusal(await post('/members/existing', body('2024-02-30')).expect(400)).en).toBe('Invalid date, expected YYYY-MM-DD');
    expect(await written()).toEqual(before);
  });

  it('still answers the tree as of a day ahead', async () => {
    const res = await get(`/orgs?asOf=${plusDays(today, 400)}`).expect(200);
    expect(res.body.items.map((o: { id: string }) => o.id)).toContain(ids.cell1);
  });
});
