import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * A decision refused by a rule names the field it is about, so the portal shows the reason under
 * that control (the organization chosen, the new organization a child goes to, the date), not
 * only at the top of the form.
 */
const stack = useStack({ label: 'orgfields', service: MEMBERSHIP });
const { post } = stack.under('/orgs');
const ids: Record<string, string> = {};
const fieldsOf = (body: { code: string; fields?: { field: string }[] }) => ({ code: body.code, fields: (body.fields ?? []).map((f) => f.field) });

beforeAll(async () => {
  const org = (kind: string, name: string, parentId: string | null) => stack.world.org({ kind, name, parentId, effectiveOn: '2010-01-01', decisionNumber: `QĐ ${name}` });
  ids.bloc = await org('bloc_committee', 'Đảng bộ Khối', null);
  ids.db = await org('grassroots_committee', 'Đảng bộ Công ty Điện lực', ids.bloc);
  ids.cbtt = await org('dependent_cell', 'Chi bộ Phòng Kỹ thuật', ids.db);
  ids.a = await org('grassroots_cell', 'Chi bộ A', ids.bloc);
  ids.b = await org('grassroots_cell', 'Chi bộ B', ids.bloc);
  ids.gone = await org('grassroots_cell', 'Chi bộ Đã giải thể', ids.bloc);
  await post(`/${ids.gone}/dissolve`, { effectiveOn: '2015-01-01', decisionNumber: 'QĐ-GT 1' }).expect(200);
});

describe('a merger refused names the organization concerned', () => {
  it('an ended receiver: intoOrgId; an ended source: its place in sourceIds', async () => {
    const into = await post('/merge', { sourceIds: [ids.a], intoOrgId: ids.gone, effectiveOn: '2020-01-01', decisionNumber: '1' }).expect(422);
    expect(fieldsOf(into.body)).toEqual({ code: 'rule_violation', fields: ['intoOrgId'] });
    expect(into.body.message.vi).toContain('đã giải thể');
    const source = await post('/merge', { sourceIds: [ids.a, ids.gone], intoOrgId: ids.b, effectiveOn: '2020-01-01', decisionNumber: '1' }).expect(422);
    expect(fieldsOf(source.body)).toEqual({ code: 'rule_violation', fields: ['sourceIds.1'] });
  });

  it('a source of another tier than the receiver: its place in sourceIds', async () => {
    const res = await post('/merge', { sourceIds: [ids.a, ids.cbtt], intoOrgId: ids.b, effectiveOn: '2020-01-01', decisionNumber: '1' }).expect(422);
    expect(fieldsOf(res.body)).toEqual({ code: 'rule_violation', fields: ['sourceIds.1'] });
    expect(res.body.message.vi).toContain('khác cấp');
  });
});

describe('a split or dissolution refused names the choice that cannot hold', () => {
  it('a chi bộ trực thuộc sent to a new chi bộ cơ sở (which cannot have one): its childAssignments entry', async () => {
    const res = await post(`/${ids.db}/split`, {
      into: [
        { kind: 'grassroots_committee', name: 'Đảng bộ Điện lực 1' },
        { kind: 'grassroots_cell', name: 'Chi bộ Điện lực 2' },
      ],
      childAssignments: [{ orgId: ids.cbtt, toIndex: 1 }],
      effectiveOn: '2020-01-01',
      decisionNumber: '1',
    }).expect(422);
    expect(fieldsOf(res.body)).toEqual({ code: 'rule_violation', fields: ['childAssignments.0.toIndex'] });
  });

  it('a child changed after the date of the decision: the effective date', async () => {
    await post(`/${ids.cbtt}/rename`, { name: 'Chi bộ Phòng Kỹ thuật - Công nghệ', effectiveOn: '2021-06-01', decisionNumber: 'QĐ-ĐT 2' }).expect(200);
    const res = await post(`/${ids.db}/dissolve`, { effectiveOn: '2021-01-01', decisionNumber: '1', dissolveDescendants: true }).expect(422);
    expect(fieldsOf(res.body)).toEqual({ code: 'rule_violation', fields: ['effectiveOn'] });
  });
});
