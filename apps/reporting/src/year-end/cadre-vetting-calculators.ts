import { Calculator, one, scopeOf } from './calculators';
import { ident, sql } from './sql';

const toInt = (v: unknown) => Number(v ?? 0);

/**
 * Bảo vệ chính trị nội bộ (the reference report: "làm công văn gửi xin ý kiến Công an rà soát tiêu
 * chuẩn chính trị cho 642 đồng chí … Ban Thường vụ Đảng ủy Khối đã kết luận về tiêu chuẩn chính trị
 * đối với 818 đồng chí"):
 * - `vetting.requestsToPolice`: people named on a letter to the police dated in the year;
 * - `vetting.concluded`: people concluded on in the year, by the conclusion's date — whatever it
 *   rests on (a letter of the year, one of an earlier year, the records held).
 * A person counts once in each, however many cases; a subtree counts the cases of its
 * organizations (the person's organization when the case was opened, under it during the year).
 */
export const vettingFigures: Calculator = {
  name: 'vettingFigures',
  keys: ['vetting.requestsToPolice', 'vetting.concluded'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const requests = await scopeOf(em, ctx, 'r.org_id', 'flow');
    const conclusions = await scopeOf(em, ctx, 'c.org_id', 'flow');
    const r = await one(
      em,
      sql`select
        (select count(distinct r.person_id)::int from ${s}."vetting_request_fact" r where r.sent_on between ${ctx.from} and ${ctx.asOf}${requests.filter}) as requested,
        (select count(distinct c.person_id)::int from ${s}."vetting_conclusion_fact" c where c.concluded_on between ${ctx.from} and ${ctx.asOf}${conclusions.filter}) as concluded`,
    );
    return { 'vetting.requestsToPolice': toInt(r.requested), 'vetting.concluded': toInt(r.concluded) };
  },
};

/** The year-end figures of the cadre service's vetting facts. */
export const cadreVettingCalculators: Calculator[] = [vettingFigures];
