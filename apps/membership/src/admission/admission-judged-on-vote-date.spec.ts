import { OutboxMessage } from '@party/messaging';
import { countOf, rowsOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { Candidate } from '../candidates/candidate.entity';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * Issue 10, items 1 and 2: an admission is judged on the chi bộ vote date. An introducer official
 * that day stays a valid introducer whatever happened to them afterwards (death, a transfer out of
 * the bloc); one whose membership ended before it, or who was made official after it, is refused
 * by name with the date. The background verification (thẩm tra lý lịch) must be concluded by the
 * vote date: the resolution and the admission are refused until it is.
 */
const stack = useStack({ label: 'admission_vote_date', service: MEMBERSHIP, processes: ['training'] });
const { post, em } = stack;
const written = stack.tables({
  people: rowsOf(Person, (p) => [p.id, p.status, p.admissionDecisionDate]),
  candidates: rowsOf(Candidate, (c) => [c.id, c.status, c.voteDate, c.vettingStatus, c.vettingConcludedOn]),
  outbox: countOf(OutboxMessage),
});

const VOTE = '2024-03-01';
const ids: Record<string, string> = {};

const member = (fullName: string, extra: Record<string, unknown> = {}) => stack.world.member({ fullName, orgId: ids.cell1, ...extra });
/** Voted on 1 March 2024 with the two introducers; certificate in hand, so only the introducers can fail. */
async function candidate(fullName: string, introducers: [string, string], certificateNumber: string) {
  const c = await stack.world.candidate({ fullName, dateOfBirth: '1995-05-05', orgId: ids.cell1, introducers, voteDate: VOTE });
  await stack.world.certify(c.personId, 'nhan-thuc-ve-dang', '2023-10-10', certificateNumber);
  return c;
}
const admit = (c: { candidateId: string }) => post('/admissions', { candidateId: c.candidateId, voteDate: VOTE, decisionDate: '2024-03-11', decisionNumber: stack.world.number('QĐ-KN') });

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01' }));
  ids.an = await member('Nguyễn Văn An');
}, 60_000);

describe('introducers are judged on the vote date (Điều lệ Đảng, Điều 4)', () => {
  it('admits when one introducer died the day after the vote and the other was made official on the vote date itself', async () => {
    const diedAfter = await member('Trần Văn Thọ');
    const officialThatDay = await member('Lê Thị Vừa', { admittedOn: '2023-03-01' });
    const c = await candidate('Phạm Văn Được', [diedAfter, officialThatDay], 'NT-VD-001');
    await post(`/members/${diedAfter}/death`, { dateOfDeath: '2024-03-02' }).expect(200);

    const ok = await admit(c).expect(201);
    expect(ok.body.person).toMatchObject({ status: 'probationary', admissionDecisionDate: '2024-03-11' });
  });

  it('admits when an introducer moved out of the bloc after the vote', async () => {
    const movedAway = await member('Đỗ Văn Chuyển');
    const c = await candidate('Vũ Thị Ở', [movedAway, ids.an], 'NT-VD-002');
    await post('/transfers/out', { personId: movedAway, toCommittee: 'Đảng bộ Tỉnh Nghệ An', letterNumber: stack.world.number('GGT'), issuedOn: '2024-03-04' }).expect(201);

    await admit(c).expect(201);
  });

  it('refuses an introducer who died the day before the vote and one made official the day after, each by name and date', async () => {
    const diedBefore = await member('Hoàng Văn Mất');
    const officialLater = await member('Bùi Thị Muộn', { admittedOn: '2023-03-02' });
    const c = await candidate('Ngô Văn Chờ', [diedBefore, officialLater], 'NT-VD-003');
    await post(`/members/${diedBefore}/death`, { dateOfDeath: '2024-02-29' }).expect(200);

    const before = await written();
    const res = await admit(c).expect(422);
    expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['INTRODUCER_NO_LONGER_MEMBER', 'INTRODUCER_NOT_OFFICIAL']);
    expect(res.body.message.vi).toBe(
      'Không đủ điều kiện kết nạp Ngô Văn Chờ: ' +
        'Người giới thiệu Hoàng Văn Mất đã từ trần ngày 2024-02-29, trước ngày chi bộ xét 2024-03-01: không còn là đảng viên chính thức vào ngày đó. ' +
        'Người giới thiệu Bùi Thị Muộn chưa là đảng viên chính thức vào ngày chi bộ xét 2024-03-01: chính thức từ ngày 2024-03-02, sau ngày đó.',
    );
    expect(res.body.message.en).toContain('Introducer Hoàng Văn Mất died on 2024-02-29, before the vote date 2024-03-01');
    expect(res.body.regulation).toBe('Điều lệ Đảng, Điều 4');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['candidate.introducers', 'candidate.introducers']);
    // people by name, never by id
    expect(JSON.stringify(res.body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await written()).toEqual(before);
  });
});

describe('the background verification is concluded before the chi bộ votes (Hướng dẫn 12-HD/BTCTW)', () => {
  /** A candidate up to the introducers, the vetting as given (none: not recorded). */
  async function upToTheVote(fullName: string, vetting?: { status: 'pending' | 'concluded'; concludedOn?: string }) {
    const personId = await stack.world.person({ fullName, dateOfBirth: '1996-06-06', orgId: ids.cell1 });
    const c = (await post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: '2023-01-10' }).expect(201)).body;
    await post(`/candidates/${c.id}/sympathizer`, { listedOn: '2023-02-01', mentorPersonId: ids.an }).expect(200);
    if (vetting) await post(`/candidates/${c.id}/vetting`, vetting).expect(200);
    await post(`/candidates/${c.id}/introducers`, { introducers: [{ kind: 'party_member', personId: ids.an, togetherSince: '2021-01-01' }, { kind: 'youth_union_committee', organization: 'BCH Đoàn cơ sở' }] }).expect(200);
    return { personId, candidateId: c.id as string };
  }
  const resolve = (c: { candidateId: string }) => post(`/candidates/${c.candidateId}/resolution`, { voteDate: VOTE, resolutionNumber: stack.world.number('NQ'), officialMembers: 9, votesFor: 8 });

  it('refuses the resolution while the vetting is pending or not recorded, naming the person and the rule', async () => {
    const pending = await upToTheVote('Trịnh Văn Đợi', { status: 'pending' });
    const none = await upToTheVote('Trịnh Văn Chưa');
    const before = await written();
    const res = await resolve(pending).expect(422);
    expect(res.body.message.vi).toBe('Chưa thể ghi nghị quyết chi bộ đề nghị kết nạp Trịnh Văn Đợi: Chi bộ xét ngày 2024-03-01 khi việc thẩm tra lý lịch đang tiến hành, chưa có kết luận. Phải thẩm tra xong trước khi chi bộ xét.');
    expect(res.body.regulation).toBe('Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)');
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'vetting' })]);
    expect((await resolve(none).expect(422)).body.message.en).toContain('the background verification is not recorded');
    expect(await written()).toEqual(before);
  });

  it('takes a vetting concluded on the vote date and refuses one concluded the day after', async () => {
    const dayAfter = await upToTheVote('Lý Văn Sau', { status: 'concluded', concludedOn: '2024-03-02' });
    const sameDay = await upToTheVote('Lý Văn Kịp', { status: 'concluded', concludedOn: VOTE });
    const res = await resolve(dayAfter).expect(422);
    expect(res.body.message.vi).toContain('kết luận ngày 2024-03-02, sau ngày đó');
    await resolve(sameDay).expect(200);
  });

  it('refuses the admission while the vetting is reopened or concluded after the vote, and admits once concluded by the vote date', async () => {
    const c = await upToTheVote('Mạc Thị Lại', { status: 'concluded', concludedOn: '2024-02-29' });
    await resolve(c).expect(200);
    await stack.world.certify(c.personId, 'nhan-thuc-ve-dang', '2023-10-10', 'NT-VD-010');

    await post(`/candidates/${c.candidateId}/vetting`, { status: 'pending' }).expect(200);
    const before = await written();
    const pending = await admit(c).expect(422);
    expect(pending.body.violations).toEqual([expect.objectContaining({ code: 'VETTING_PENDING', ruleId: 'admission.vetting-before-vote', regulation: expect.stringContaining('12-HD/BTCTW') })]);
    expect(pending.body.message.vi).toMatch(/^Không đủ điều kiện kết nạp Mạc Thị Lại: Chi bộ xét ngày 2024-03-01 khi việc thẩm tra lý lịch đang tiến hành/);
    expect(pending.body.fields).toEqual([expect.objectContaining({ field: 'candidate.vetting' })]);

    await post(`/candidates/${c.candidateId}/vetting`, { status: 'concluded', concludedOn: '2024-03-02' }).expect(200);
    expect((await admit(c).expect(422)).body.violations.map((v: { code: string }) => v.code)).toEqual(['VETTING_CONCLUDED_AFTER_VOTE']);
    expect((await written()).people).toEqual(before.people);

    await post(`/candidates/${c.candidateId}/vetting`, { status: 'concluded', concludedOn: VOTE }).expect(200);
    await admit(c).expect(201);
    expect((await em().findOneOrFail(Person, { id: c.personId })).status).toBe('probationary');
  });
});
