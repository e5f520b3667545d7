import { reconciledClosing } from '@party/contracts';
import { useReportingStack } from './testing/reporting-under-test';

/**
 * Members through a restructuring year: chi bộ merged, one dissolved with its members sent
 * elsewhere, one handed over — recorded through the public routes of membership (its own
 * process), projected by reporting, read through `/api/reports`, and compared with membership's
 * own headcount. A merger moves members, it is not a transfer: the bloc's total and transfer
 * figures do not change with it, and the reconciliation adds up.
 */
const { stack, report } = useReportingStack('reorg');
let admin: string;

const { post, get } = stack;
/** Membership's own headcount of the bloc (or a subtree) on a date. */
const headcount = async (asOf: string, orgId?: string) => (await get(`/members/headcount?asOf=${asOf}${orgId ? `&orgId=${orgId}` : ''}`).expect(200)).body.total as number;

const ids: Record<string, string> = {};
const people: Record<string, string> = {};
async function establish(key: string, kind: string, parent: string | null, effectiveOn = '2020-03-01') {
  ids[key] = await stack.world.org({ kind, name: `Tổ chức ${key}`, parentId: parent ? ids[parent] : null, effectiveOn, decisionNumber: `QĐ-${key}` });
}
async function member(key: string, fullName: string, org: string) {
  people[key] = await stack.world.member({ fullName, dateOfBirth: '1970-01-01', orgId: ids[org], admittedOn: '2010-05-01' });
}

beforeAll(async () => {
  admin = await stack.login('admin');
  await establish('bloc', 'bloc_committee', null, '2015-01-01');
  await establish('db1', 'grassroots_committee', 'bloc');
  await establish('cbt1', 'dependent_cell', 'db1');
  await establish('cbt2', 'dependent_cell', 'db1');
  await establish('cb1', 'grassroots_cell', 'bloc');
  await establish('cb2', 'grassroots_cell', 'bloc');
  await establish('cb3', 'grassroots_cell', 'bloc');
  await establish('cb4', 'grassroots_cell', 'bloc');
  await member('an', 'Nguyễn Văn An', 'cb1');
  await member('binh', 'Trần Văn Bình', 'cb1');
  await member('cuong', 'Lê Văn Cường', 'cb2');
  await member('dung', 'Phạm Văn Dũng', 'cbt1');
  await member('em', 'Hoàng Thị Em', 'cbt2');
  await member('phuong', 'Vũ Thị Phương', 'cb3');
  await member('giang', 'Đặng Văn Giang', 'cb4');

  // 2023: one real internal transfer, two mergers, a dissolution with its member sent on, a hand-over
  const t = (await post('/transfers/internal', { personId: people.em, toOrgId: ids.cb1, letterNumber: 'GGT-RO1', departedOn: '2023-03-01' }).expect(201)).body;
  await post(`/transfers/${t.id}/arrive`, { arrivedOn: '2023-03-05' }).expect(200);
  await post('/orgs/merge', { sourceIds: [ids.cb2], intoOrgId: ids.cb1, effectiveOn: '2023-06-01', decisionNumber: 'QĐ-SN RO1' }).expect(201);
  await post('/orgs/merge', { sourceIds: [ids.cbt1], intoOrgId: ids.cbt2, effectiveOn: '2023-07-01', decisionNumber: 'QĐ-SN RO2' }).expect(201);
  await post(`/orgs/${ids.cb3}/dissolve`, { effectiveOn: '2023-09-01', decisionNumber: 'QĐ-GT RO1' }).expect(422); // Phương still there
  await post(`/orgs/${ids.cb3}/dissolve`, { effectiveOn: '2023-09-01', decisionNumber: 'QĐ-GT RO1', membersTo: ids.cb1 }).expect(200);
  await post(`/orgs/${ids.cb4}/hand-over`, { toCommittee: 'Đảng ủy Khối Doanh nghiệp Trung ương', effectiveOn: '2023-10-01', decisionNumber: 'QĐ-BG RO1' }).expect(200);
}, 180_000);

describe('members through mergers, a dissolution and a hand-over in 2023', () => {
  it('keeps members.total through the mergers and the dissolution, counts no transfer for them, and reconciles', async () => {
    expect((await report(2022)).metrics['members.total']).toBe(7);
    const r = await report(2023);
    expect(r.metrics).toMatchObject({
      'members.total': 6, // 7 − Giang, handed over with cb4; nobody lost by a merger or the dissolution
      'members.handedOver': 1,
      'transfers.internal': 1, // Em's own transfer only
      'transfers.in': 0,
      'transfers.out': 0,
      'orgs.dissolved': 1,
    });
    expect(r.reconciliation).toEqual({ opening: 7, admitted: 0, transferredIn: 0, transferredOut: 0, died: 0, struckOff: 0, leftParty: 0, expelled: 0, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 1, closing: 6 });
    expect(reconciledClosing(r.reconciliation)).toBe(6);
    expect(r.inconsistencies).toEqual([]);
  });

  it('counts each member in the surviving organization from the effective date, as membership’s headcount does', async () => {
    // cb1: An, Bình, Em (arrived 5/3), Cường (merged 1/6), Phương (dissolution 1/9)
    const cb1 = async (asOf: string) => [(await report(Number(asOf.slice(0, 4)), `?orgId=${ids.cb1}`)).metrics['members.total'], await headcount(asOf, ids.cb1)];
    expect(await cb1('2023-12-31')).toEqual([5, 5]);
    expect((await report(2023, `?orgId=${ids.cbt2}`)).metrics['members.total']).toBe(1); // Dũng, carried from cbt1
    expect(await headcount('2023-06-30', ids.cbt1)).toBe(1);
    expect(await headcount('2023-07-01', ids.cbt2)).toBe(1);
    expect(await headcount('2023-12-31')).toBe((await report(2023)).metrics['members.total']);
    expect(await headcount('2022-12-31')).toBe((await report(2022)).metrics['members.total']);
  });

  it('a subtree whose chi bộ merged inside it reconciles: Em’s transfer out of đảng bộ db1 is its only flow', async () => {
    const r = await report(2023, `?orgId=${ids.db1}`);
    expect(r.metrics).toMatchObject({ 'members.total': 1, 'transfers.out': 1, 'transfers.internal': 0 });
    expect(r.reconciliation).toMatchObject({ opening: 2, transferredOut: 1, closing: 1 });
    expect(r.inconsistencies).toEqual([]);
  });

  it('a subtree a merger and a dissolution brought members into reconciles: they came with their organizations (handedIn), not by transfer', async () => {
    const r = await report(2023, `?orgId=${ids.cb1}`);
    expect(r.metrics).toMatchObject({ 'members.total': 5, 'transfers.in': 1, 'transfers.internal': 0, 'members.handedIn': 2, 'members.handedOver': 0 });
    expect(r.reconciliation).toMatchObject({ opening: 2, transferredIn: 1, handedOverIn: 2, closing: 5 });
    expect(r.inconsistencies).toEqual([]);
    // the whole bloc never counts a reassignment as a hand-over: only cb4 left with its member
    expect((await report(2023)).metrics['members.handedIn']).toBe(0);
  });

  it('rebuilds the member projection from the start of the stream and gets the same figures', async () => {
    const before = await Promise.all([report(2022), report(2023), report(2023, `?orgId=${ids.cb1}`)]);
    await post('/reports/rebuild', {}, admin).expect(202);
    expect(await Promise.all([report(2022), report(2023), report(2023, `?orgId=${ids.cb1}`)])).toEqual(before);
  });
});
