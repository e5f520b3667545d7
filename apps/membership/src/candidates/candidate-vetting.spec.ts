import { useStack } from '@party/gateway/testing';
import { countOf } from '@party/testing';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { Candidate } from './candidate.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * A candidate's vetting (thẩm tra lý lịch) where the data lives: its status and conclusion date
 * only for `vetting:read` (candidate views, lists, the person's timeline), and recorded only with
 * `vetting:write`. A secretary still runs the rest of the pipeline of their subtree.
 */
const stack = useStack({ label: 'candidate_vetting', service: MEMBERSHIP });
const { post, get } = stack;
const written = stack.tables({ candidates: countOf(Candidate), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });

const ids: Record<string, string> = {};
const tok: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2010-01-01' }));
  const an = await stack.world.member({ fullName: 'Nguyễn Văn An', orgId: ids.cell1 });
  const dao = await stack.world.member({ fullName: 'Đặng Thị Đào', orgId: ids.cell1 });
  const c = await stack.world.candidate({ fullName: 'Trần Thị Thẩm', dateOfBirth: '1995-01-01', orgId: ids.cell1, introducers: [an, dao], voteDate: '2024-03-01' });
  Object.assign(ids, c);
  tok.secretary = await stack.world.secretary(ids.db1);
  tok.standing = await stack.login('thuongvu');
  tok.inspection = await stack.login('ubkt');
}, 120_000);

describe('the vetting fields', () => {
  it('are answered to the Board and the Standing Committee (vetting:read)', async () => {
    for (const token of [stack.board, tok.standing]) {
      expect((await get(`/candidates/${ids.candidateId}`, token).expect(200)).body).toMatchObject({ vettingStatus: 'concluded', vettingConcludedOn: '2023-06-01' });
      const listed = (await get('/candidates?q=tran thi tham', token).expect(200)).body.items[0];
      expect(listed).toMatchObject({ vettingStatus: 'concluded', vettingConcludedOn: '2023-06-01' });
    }
  });

  it('are left out for a secretary and the Inspection Committee, in the view, the list and a step\'s answer', async () => {
    for (const token of [tok.secretary, tok.inspection]) {
      const one = (await get(`/candidates/${ids.candidateId}`, token).expect(200)).body;
      expect(one).not.toHaveProperty('vettingStatus');
      expect(one).not.toHaveProperty('vettingConcludedOn');
      // the stage still places the candidate on the board
      expect(one.stage).toBe('resolution');
      const listed = (await get('/candidates?q=tran thi tham', token).expect(200)).body.items[0];
      expect(listed).not.toHaveProperty('vettingStatus');
      expect(listed).not.toHaveProperty('vettingConcludedOn');
    }
    const person = await stack.world.person({ fullName: 'Lê Văn Bước', dateOfBirth: '1996-02-02', orgId: ids.cell1 });
    const nominated = (await post('/candidates', { personId: person, nominatedBy: 'youth-union', nominatedOn: '2024-01-10' }, tok.secretary).expect(201)).body;
    expect(nominated).not.toHaveProperty('vettingStatus');
  });

  it('are redacted from the vetting entry of the person\'s timeline', async () => {
    const entryOf = async (token: string) => ((await get(`/members/${ids.personId}`, token).expect(200)).body.timeline as { type: string; data: Record<string, unknown>; approximate: boolean }[]).find((e) => e.type === 'membership.candidate.vettingRecorded');
    expect((await entryOf(stack.board))?.data).toMatchObject({ status: 'concluded', concludedOn: '2023-06-01' });
    const hidden = await entryOf(tok.secretary);
    expect(hidden?.data).toEqual({ personId: ids.personId, orgId: ids.cell1, candidateId: ids.candidateId, redacted: true });
    // its date was the conclusion's: now the one it held by, marked approximate
    expect(hidden?.approximate).toBe(true);
  });
});

describe('recording the vetting', () => {
  it('is refused to a secretary in their own subtree (vetting:write), nothing written', async () => {
    const before = await written();
    const res = await post(`/candidates/${ids.candidateId}/vetting`, { status: 'pending' }, tok.secretary).expect(403);
    expect(res.body.message.vi).toContain('vetting:write');
    expect(await written()).toEqual(before);
  });

  it('is the Board\'s', async () => {
    const person = await stack.world.person({ fullName: 'Phạm Văn Tra', dateOfBirth: '1996-03-03', orgId: ids.cell1 });
    const c = (await post('/candidates', { personId: person, nominatedBy: 'youth-union', nominatedOn: '2024-01-10' }).expect(201)).body;
    const res = await post(`/candidates/${c.id}/vetting`, { status: 'pending' }).expect(200);
    expect(res.body).toMatchObject({ stage: 'vetting', vettingStatus: 'pending', vettingConcludedOn: null });
  });
});
