import { useStack } from '@party/gateway/testing';
import { PersonReplica } from '@party/org-replica';
import { inspectionOrm } from '../inspection.orm';

/**
 * Đề nghị kỷ luật chờ quyết định, the Standing Committee's worklist: a case concluded with a
 * violation waits until a discipline is recorded for it. Over the real system (membership as its
 * own process records the members; inspection learns them from its stream), on a tree of its own.
 */
const INSPECTION = { service: 'inspection' as const, orm: inspectionOrm, loadModule: () => require('../app.module').AppModule };
const stack = useStack({ label: 'discipline-proposals', service: INSPECTION, processes: ['membership'] });
const { post, get, em } = stack;

const tok: Record<string, string> = {};
const ids: Record<string, string> = {};

const member = async (fullName: string, orgId: string) => {
  const id = await stack.world.member({ fullName, dateOfBirth: '1970-02-02', orgId, admittedOn: '2001-06-01' });
  await stack.world.caughtUp(async () => /official/.test((await em().findOne(PersonReplica, { personId: id }))?.status ?? ''), `inspection to know ${id}`);
  return id;
};
/** A case opened and closed with `outcome`; its id. */
const concluded = async (personId: string, outcome: string, closedOn: string) => {
  const id = (await post('/inspection/cases', { personId, openedOn: '2023-03-01', decisionNumber: stack.world.number('QĐ-KT'), grounds: 'Đơn phản ánh' }, tok.ubkt).expect(201)).body.id as string;
  await post(`/inspection/cases/${id}/close`, { closedOn, outcome, conclusion: outcome === 'violation' ? 'Có vi phạm, đề nghị thi hành kỷ luật' : 'Không có vi phạm' }, tok.ubkt).expect(200);
  return id;
};
type Proposal = { caseId: string; person: { personId: string; fullName: string | null }; orgId: string | null; orgName: string | null; decisionNumber: string; closedOn: string; daysWaiting: number };
const proposals = async (query = '', token = tok.standing) => (await get(`/inspection/discipline-proposals?asOf=2023-06-09${query}`, token).expect(200)).body as { asOf: string; total: number; items: Proposal[] };
const mine = async (query = '') => (await proposals(query)).items.filter((p) => Object.values(ids).includes(p.caseId));

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1980-01-01' }));
  tok.ubkt = await stack.login('ubkt');
  tok.standing = await stack.login('thuongvu');
  tok.viewer = await stack.login('viewer');
  ids.violator = await member('Phan Văn Phạm', ids.cell1);
  ids.cleared = await member('Phan Thị Sạch', ids.cell1);
  ids.other = await member('Phan Văn Khác', ids.cb2);
}, 180_000);

describe('discipline proposals waiting for a decision', () => {
  it('lists a violation concluded, with the person, organization, decision and days waiting; never a case without a violation', async () => {
    ids.violation = await concluded(ids.violator, 'violation', '2023-05-10');
    ids.clean = await concluded(ids.cleared, 'no_violation', '2023-05-10');
    ids.elsewhere = await concluded(ids.other, 'violation', '2023-05-20');
    const page = await proposals();
    expect(page.asOf).toBe('2023-06-09');
    expect(page.total).toBeGreaterThanOrEqual(2);
    const listed = await mine();
    // oldest conclusion first
    expect(listed.map((p) => p.caseId)).toEqual([ids.violation, ids.elsewhere]);
    expect(listed[0]).toMatchObject({
      person: { personId: ids.violator, fullName: 'Phan Văn Phạm' },
      orgId: ids.cell1,
      orgName: 'Chi bộ Phòng Kỹ thuật',
      decisionNumber: expect.stringMatching(/^QĐ-KT /),
      closedOn: '2023-05-10',
      daysWaiting: 30,
    });
    expect(listed[1]).toMatchObject({ orgId: ids.cb2, daysWaiting: 20 });
    // an organization's subtree only; a conclusion after asOf is not waiting yet
    expect((await mine(`&orgId=${ids.db1}`)).map((p) => p.caseId)).toEqual([ids.violation]);
    expect((await get('/inspection/discipline-proposals?asOf=2023-05-15', tok.standing).expect(200)).body.items.map((p: Proposal) => p.caseId)).not.toContain(ids.elsewhere);
    expect((await mine()).map((p) => p.caseId)).not.toContain(ids.clean);
  });

  it('takes the case off once a discipline is recorded for it; an annulled one puts it back', async () => {
    const decided = await post(
      '/inspection/disciplines',
      { subject: 'member', personId: ids.violator, caseId: ids.violation, violation: 'Vi phạm kê khai tài sản', level: 'khien_trach', decidingBody: 'chi_bo', decidedOn: '2023-06-01', decisionNumber: stack.world.number('QĐ-KL') },
      tok.ubkt,
    ).expect(201);
    expect((await mine()).map((p) => p.caseId)).toEqual([ids.elsewhere]);
    // a discipline of the same person without the case's id does not settle the other case
    await post('/inspection/disciplines', { subject: 'member', personId: ids.other, violation: 'Vi phạm khác', level: 'khien_trach', decidingBody: 'chi_bo', decidedOn: '2023-06-01', decisionNumber: stack.world.number('QĐ-KL') }, tok.ubkt).expect(201);
    expect((await mine()).map((p) => p.caseId)).toEqual([ids.elsewhere]);

    const complaint = (await post(`/inspection/disciplines/${decided.body.id}/complaints`, { receivedOn: '2023-06-05', summary: 'Không đồng ý' }, tok.ubkt).expect(201)).body.id;
    await post(`/inspection/complaints/${complaint}/ruling`, { resolvedOn: '2023-06-08', ruling: 'annulled', decisionNumber: stack.world.number('QĐ-HB'), conclusion: 'Hủy quyết định kỷ luật' }, tok.ubkt).expect(200);
    expect((await mine()).map((p) => p.caseId)).toEqual([ids.violation, ids.elsewhere]);
  });

  it('is read by the Standing and Inspection Committees; the Organization Board and a viewer are refused (403)', async () => {
    await get('/inspection/discipline-proposals', tok.ubkt).expect(200);
    for (const token of [undefined, tok.viewer]) {
      const refused = await get('/inspection/discipline-proposals', token).expect(403);
      expect(refused.body.message.vi).toBeTruthy();
    }
  });
});
