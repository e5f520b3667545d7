import { Calculator, one, scopeOf } from './calculators';
import { ident, sql } from './sql';

const toInt = (v: unknown) => Number(v ?? 0);

/**
 * Quy hoạch and lấy phiếu tín nhiệm (the reference report: "Rà soát bổ sung quy hoạch cấp ủy …
 * nhiệm kỳ 2020-2025 và 2025-2030", "Triển khai việc lấy phiếu tín nhiệm … theo Quy định số
 * 96-QĐ/TW"):
 * - `cadre.planning.added` / `.removed`: people planned (removed, by a review or by themselves)
 *   on a date of the year — a person counts once however many posts;
 * - `cadre.planning.reviews`: review decisions dated in the year;
 * - `cadre.votes.held` / `.flagged`: valid votes (with their quorum) held in the year, and among
 *   them those with more than 1/2 low confidence.
 * A subtree counts the facts of its organizations (the post's organization, under it during the year).
 */
export const planningFigures: Calculator = {
  name: 'planningFigures',
  keys: ['cadre.planning.added', 'cadre.planning.removed', 'cadre.planning.reviews', 'cadre.votes.held', 'cadre.votes.flagged'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const p = await scopeOf(em, ctx, 'p.org_id', 'flow');
    const r = await scopeOf(em, ctx, 'r.org_id', 'flow');
    const v = await scopeOf(em, ctx, 'v.org_id', 'flow');
    const row = await one(
      em,
      sql`select
        (select count(distinct p.person_id)::int from ${s}."planning_fact" p where p.planned_on between ${ctx.from} and ${ctx.asOf}${p.filter}) as added,
        (select count(distinct p.person_id)::int from ${s}."planning_fact" p where p.removed_on between ${ctx.from} and ${ctx.asOf}${p.filter}) as removed,
        (select count(*)::int from ${s}."planning_review_fact" r where r.decided_on between ${ctx.from} and ${ctx.asOf}${r.filter}) as reviews,
        (select count(*)::int from ${s}."confidence_vote_fact" v where v.valid and v.held_on between ${ctx.from} and ${ctx.asOf}${v.filter}) as held,
        (select count(*)::int from ${s}."confidence_vote_fact" v where v.valid and v.result in ('relief_to_consider', 'dismissal_to_consider') and v.held_on between ${ctx.from} and ${ctx.asOf}${v.filter}) as flagged`,
    );
    return {
      'cadre.planning.added': toInt(row.added),
      'cadre.planning.removed': toInt(row.removed),
      'cadre.planning.reviews': toInt(row.reviews),
      'cadre.votes.held': toInt(row.held),
      'cadre.votes.flagged': toInt(row.flagged),
    };
  },
};

/** The year-end figures of the cadre service's planning facts. */
export const cadrePlanningCalculators: Calculator[] = [planningFigures];
