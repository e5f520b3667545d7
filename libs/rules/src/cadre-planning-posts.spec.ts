import { checkHigherPost, isHigherPost, type PostPlace } from './cadre-planning-posts';
import { RuleNotInForceError } from './rule';

const at = (post: PostPlace['post'], level: PostPlace['level'] = 'grassroots'): PostPlace => ({ post, level });
const ON = '2023-07-03';

describe('cadre-planning.higher-post (chỉ quy hoạch chức danh cao hơn)', () => {
  it('in the same organization: only a post ranked above the one held', () => {
    expect(isHigherPost(at('secretary'), at('deputy_secretary'), 'same', ON)).toBe(true);
    expect(isHigherPost(at('deputy_secretary'), at('deputy_secretary'), 'same', ON)).toBe(false);
    expect(isHigherPost(at('member'), at('deputy_secretary'), 'same', ON)).toBe(false);
    // the inspection chair sits on the standing committee: beside it, not above it
    expect(isHigherPost(at('inspection_chair'), at('standing_member'), 'same', ON)).toBe(false);
    expect(isHigherPost(at('standing_member'), at('member'), 'same', ON)).toBe(true);
    expect(isHigherPost(at('member'), at('inspection_member'), 'same', ON)).toBe(true);
  });

  it('any post of an organization above; none of one below', () => {
    expect(isHigherPost(at('member', 'bloc'), at('secretary'), 'above', ON)).toBe(true);
    expect(isHigherPost(at('secretary', 'below_grassroots'), at('member'), 'below', ON)).toBe(false);
  });

  it('in an organization apart: a higher level, or a higher post at the same level', () => {
    expect(isHigherPost(at('member'), at('secretary', 'below_grassroots'), 'apart', ON)).toBe(true);
    expect(isHigherPost(at('secretary'), at('deputy_secretary'), 'apart', ON)).toBe(true);
    expect(isHigherPost(at('member'), at('member'), 'apart', ON)).toBe(false);
    expect(isHigherPost(at('secretary', 'below_grassroots'), at('member'), 'apart', ON)).toBe(false);
  });

  it('names the rule of the day and both posts; 377-QĐ/TW from 08/10/2025; no guess before 50-QĐ/TW', () => {
    const names = { person: { vi: 'Nguyễn Văn An', en: 'Nguyễn Văn An' }, planned: { vi: 'Cấp ủy viên — Đảng bộ A', en: 'Committee member — Đảng bộ A' }, held: { vi: 'Cấp ủy viên — Chi bộ B', en: 'Committee member — Chi bộ B' } };
    const input = { planned: at('member'), held: at('member'), relation: 'apart' as const };
    const refusal = checkHigherPost({ ...input, on: '2025-10-07' }, names);
    expect(refusal).toMatchObject({ code: 'not_higher_post', rule: { id: 'cadre-planning.higher-post', regulation: 'Quy định 50-QĐ/TW (2021)' } });
    expect(refusal?.message.vi).toBe('Đồng chí Nguyễn Văn An đang giữ chức danh Cấp ủy viên — Chi bộ B: chỉ quy hoạch chức danh cao hơn, Cấp ủy viên — Đảng bộ A không cao hơn');
    expect(checkHigherPost({ ...input, on: '2025-10-08' }, names)?.rule.regulation).toBe('Quy định 377-QĐ/TW (2025)');
    expect(checkHigherPost({ ...input, planned: at('secretary'), on: ON }, names)).toBeNull();
    expect(() => isHigherPost(at('member'), at('member'), 'same', '2021-12-26')).toThrow(RuleNotInForceError);
  });
});
