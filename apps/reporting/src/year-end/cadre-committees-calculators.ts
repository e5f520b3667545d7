import { Calculator, one, scopeOf } from './calculators';
import { ident, sql } from './sql';

const toInt = (v: unknown) => Number(v ?? 0);

/**
 * Committee consolidation (the reference report: "Kịp thời kiện toàn đối với 56 đồng chí cấp ủy,
 * bí thư, phó bí thư tại 24 chi bộ, đảng bộ cơ sở … Kiện toàn bổ sung 02 đồng chí Ủy viên ban Chấp
 * hành Đảng bộ Khối, 01 đồng chí Ủy viên UBKT Đảng ủy Khối"), from `cadre_consolidation_fact`, by
 * the decision date:
 * - `cadre.consolidated.people` / `.orgs`: distinct people given a post on the executive committee
 *   (cấp ủy) of an organization that was grassroots on the decision date, and those organizations
 *   — not a chi bộ trực thuộc's, not an inspection committee's, not the bloc's own;
 * - `cadre.blocCommittee.added` / `cadre.blocInspectionCommittee.added`: distinct people who joined
 *   the bloc's executive / inspection committee (the organization a bloc committee on the day), not
 *   those only moved to another post on it.
 * The organization's kind on the day comes from reporting's tree (an organization ending that day
 * still was). A subtree counts the facts of its organizations (under it at some moment of the year),
 * so a grassroots secretary's report never counts the bloc's own committees.
 */
export const consolidationFigures: Calculator = {
  name: 'consolidationFigures',
  keys: ['cadre.consolidated.people', 'cadre.consolidated.orgs', 'cadre.blocCommittee.added', 'cadre.blocInspectionCommittee.added'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const scope = await scopeOf(em, ctx, 'f.org_id', 'flow');
    const r = await one(
      em,
      sql`select
          count(distinct f.person_id) filter (where f.committee_kind = 'executive' and v.grassroots)::int as people,
          count(distinct f.org_id) filter (where f.committee_kind = 'executive' and v.grassroots)::int as orgs,
          count(distinct f.person_id) filter (where f.committee_kind = 'executive' and f.joins_committee and v.kind = 'bloc_committee')::int as bloc_executive,
          count(distinct f.person_id) filter (where f.committee_kind = 'inspection' and f.joins_committee and v.kind = 'bloc_committee')::int as bloc_inspection
        from ${s}."cadre_consolidation_fact" f
        left join lateral (
          select g.grassroots, g.kind from ${s}."org_version" g
           where g.org_id = f.org_id and g.valid_from <= f.decided_on and (g.valid_to is null or g.valid_to >= f.decided_on)
           order by g.valid_from desc, g.seq desc limit 1
        ) v on true
        where f.decided_on between ${ctx.from} and ${ctx.asOf}${scope.filter}`,
    );
    return {
      'cadre.consolidated.people': toInt(r.people),
      'cadre.consolidated.orgs': toInt(r.orgs),
      'cadre.blocCommittee.added': toInt(r.bloc_executive),
      'cadre.blocInspectionCommittee.added': toInt(r.bloc_inspection),
    };
  },
};

/** The year-end figures of the cadre service's committees facts. */
export const cadreCommitteesCalculators: Calculator[] = [consolidationFigures];
