import { useStack } from '@party/gateway/testing';
import { countOf } from '@party/testing';
import { OutboxMessage } from '@party/messaging';
import { Candidate } from './candidate.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * What the portal's pipeline board reads and how the introducers form is refused: the candidate
 * list searched by name and split by ceremony, each row with the person's decision and ceremony
 * dates; the ceremony deadlines pointing at the candidate record; an introducer refused under
 * the field of the introducer concerned.
 */
const stack = useStack({ label: 'candidate_board', service: MEMBERSHIP, processes: ['training'] });
const { post, get } = stack;
const written = stack.tables({ candidates: countOf(Candidate), outbox: countOf(OutboxMessage) });

const ids: Record<string, string> = {};
const VOTE = '2024-03-01';

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01' }));
  ids.an = await stack.world.member({ fullName: 'Nguyễn Văn An', orgId: ids.cell1 });
  ids.dao = await stack.world.member({ fullName: 'Đặng Thị Đào', orgId: ids.cell1 });
  ids.probationer = await stack.world.member({ fullName: 'Lý Văn Mới', orgId: ids.cell1, admittedOn: '2024-01-05', officialDate: null });
}, 60_000);

async function nominated(fullName: string) {
  const personId = await stack.world.person({ fullName, dateOfBirth: '1996-06-06', orgId: ids.cell1 });
  const c = (await post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: '2023-01-10' }).expect(201)).body;
  return { personId, candidateId: c.id as string };
}

describe('the board: candidates with their decision and ceremony, searched by name', () => {
  beforeAll(async () => {
    const decided = await stack.world.candidate({ fullName: 'Trương Thị Chờ Lễ', dateOfBirth: '1995-01-01', orgId: ids.cell1, introducers: [ids.an, ids.dao], voteDate: VOTE });
    await stack.world.certify(decided.personId, 'nhan-thuc-ve-dang', '2023-10-10');
    await stack.world.admit(decided, { voteDate: VOTE, decisionDate: '2024-03-11' });
    ids.waitingCeremony = decided.candidateId;
    const held = await stack.world.candidate({ fullName: 'Phan Văn Đã Lễ', dateOfBirth: '1995-01-01', orgId: ids.cell1, introducers: [ids.an, ids.dao], voteDate: VOTE });
    await stack.world.certify(held.personId, 'nhan-thuc-ve-dang', '2023-10-10');
    await stack.world.admit(held, { voteDate: VOTE, decisionDate: '2024-03-11', ceremonyDate: '2024-03-20' });
    ids.held = held.candidateId;
    ids.nominated = (await nominated('Võ Thị Mới Giới Thiệu')).candidateId;
  }, 120_000);

  it('finds a candidate by a name typed without diacritics', async () => {
    const found = (await get('/candidates?q=vo thi moi').expect(200)).body;
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([ids.nominated]);
    expect(found.items[0]).toMatchObject({ stage: 'nominated', dateOfBirth: '1996-06-06', admissionDecisionDate: null, ceremonyDate: null });
  });

  it('splits the admitted by their ceremony: still to hold, or held with its date', async () => {
    const pending = (await get('/candidates?status=admitted&ceremony=pending').expect(200)).body.items;
    expect(pending.map((c: { id: string }) => c.id)).toEqual([ids.waitingCeremony]);
    expect(pending[0]).toMatchObject({ admissionDecisionDate: '2024-03-11', ceremonyDate: null });
    const held = (await get('/candidates?ceremony=held&sort=ceremonyDate&order=desc').expect(200)).body.items;
    expect(held.map((c: { id: string }) => c.id)).toEqual([ids.held]);
    expect(held[0]).toMatchObject({ status: 'admitted', ceremonyDate: '2024-03-20' });
    await get('/candidates?ceremony=soon').expect(400);
  });

  it('opens a candidate record with the person\'s name and, once admitted, the decision and ceremony dates', async () => {
    expect((await get(`/candidates/${ids.waitingCeremony}`).expect(200)).body).toMatchObject({ fullName: 'Trương Thị Chờ Lễ', dateOfBirth: '1995-01-01', admissionDecisionDate: '2024-03-11', ceremonyDate: null });
    expect((await get(`/candidates/${ids.nominated}`).expect(200)).body).toMatchObject({ fullName: 'Võ Thị Mới Giới Thiệu', stage: 'nominated', admissionDecisionDate: null });
  });

  it('points a ceremony deadline at the candidate record the portal opens', async () => {
    const res = (await get('/admissions/deadlines?asOf=2024-03-12&stage=ceremony').expect(200)).body;
    expect(res.items).toEqual([expect.objectContaining({ stage: 'ceremony', candidateId: ids.waitingCeremony, from: '2024-03-11' })]);
  });
});

describe('the introducers step: refused under the introducer concerned (Điều lệ Đảng, Điều 4)', () => {
  it('refuses a probationary member as the second introducer, naming them under introducers.1.personId', async () => {
    const c = await nominated('Hà Văn Giới');
    const before = await written();
    const res = await post(`/candidates/${c.candidateId}/introducers`, {
      introducers: [
        { kind: 'party_member', personId: ids.an, togetherSince: '2021-01-01' },
        { kind: 'party_member', personId: ids.probationer, togetherSince: '2021-01-01' },
      ],
    }).expect(422);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'introducers.1.personId', vi: expect.stringContaining('Lý Văn Mới chưa là đảng viên chính thức') })]);
    expect(await written()).toEqual(before);
  });

  it('refuses the same member twice and two committees, each under the second introducer', async () => {
    const c = await nominated('Hà Thị Trùng');
    const twice = await post(`/candidates/${c.candidateId}/introducers`, {
      introducers: [
        { kind: 'party_member', personId: ids.an, togetherSince: '2021-01-01' },
        { kind: 'party_member', personId: ids.an, togetherSince: '2022-01-01' },
      ],
    }).expect(422);
    expect(twice.body.fields.map((f: { field: string }) => f.field)).toEqual(['introducers.1.personId']);
    const committees = await post(`/candidates/${c.candidateId}/introducers`, {
      introducers: [
        { kind: 'youth_union_committee', organization: 'BCH Đoàn cơ sở' },
        { kind: 'trade_union_committee', organization: 'BCH Công đoàn cơ sở' },
      ],
    }).expect(422);
    expect(committees.body.fields.map((f: { field: string }) => f.field)).toEqual(['introducers.1.kind']);
    await post(`/candidates/${c.candidateId}/introducers`, {
      introducers: [
        { kind: 'party_member', personId: ids.an, togetherSince: '2021-01-01' },
        { kind: 'youth_union_committee', organization: 'BCH Đoàn cơ sở' },
      ],
    }).expect(200);
  });
});
