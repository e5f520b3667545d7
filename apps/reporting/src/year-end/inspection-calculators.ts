import { Calculator, one, scopeOf } from './calculators';
import { ident, sql } from './sql';

const toInt = (v: unknown) => Number(v ?? 0);

/**
 * Inspection, supervision and dossier surveys (the reference report: "kiểm tra … 03 tổ chức cơ sở
 * Đảng", "giám sát … 03", "khảo sát hồ sơ … 80 tổ chức"; 71 of 151 left):
 * - `inspection.orgs` / `supervision.orgs`: distinct grassroots organizations with a target
 *   concluded in the year (by the conclusion date), grassroots on that day;
 * - `dossierSurveys.orgs`: distinct organizations surveyed in the year (by the survey date);
 * - `dossierSurveys.remaining`: grassroots organizations existing on 31/12 never surveyed up to it.
 * A subtree counts the facts of its organizations (flows: under it at some moment of the year;
 * the stock: under it on 31/12).
 */
export const inspectionFigures: Calculator = {
  name: 'inspectionFigures',
  keys: ['inspection.orgs', 'supervision.orgs', 'dossierSurveys.orgs', 'dossierSurveys.remaining'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const flow = await scopeOf(em, ctx, 'c.org_id', 'flow');
    const surveys = await scopeOf(em, ctx, 'd.org_id', 'flow');
    const stock = await scopeOf(em, ctx, 'v.org_id', 'stock');
    // grassroots on the day of the fact (an organization ending that day still was)
    const grassrootsOn = (alias: string, column: string) =>
      ({ text: ` and exists (select 1 from ${s.text}."org_version" g where g.org_id = ${alias}.org_id and g.grassroots and g.valid_from <= ${alias}.${column} and (g.valid_to is null or g.valid_to >= ${alias}.${column}))`, params: [] });
    const concluded = (kind: string) =>
      sql`(select count(distinct c.org_id)::int from ${s}."inspection_conclusion" c
          where c.kind = ${kind} and c.concluded_on between ${ctx.from} and ${ctx.asOf}${grassrootsOn('c', 'concluded_on')}${flow.filter})`;
    const r = await one(
      em,
      sql`select ${concluded('inspection')} as inspected, ${concluded('supervision')} as supervised,
        (select count(distinct d.org_id)::int from ${s}."dossier_survey_fact" d
          where d.surveyed_on between ${ctx.from} and ${ctx.asOf}${surveys.filter}) as surveyed,
        (select count(*)::int from ${s}."org_version" v
          where v.grassroots and v.valid_from <= ${ctx.asOf} and (v.valid_to is null or v.valid_to > ${ctx.asOf})${stock.filter}
            and not exists (select 1 from ${s}."dossier_survey_fact" x where x.org_id = v.org_id and x.surveyed_on <= ${ctx.asOf})) as remaining`,
    );
    return {
      'inspection.orgs': toInt(r.inspected),
      'supervision.orgs': toInt(r.supervised),
      'dossierSurveys.orgs': toInt(r.surveyed),
      'dossierSurveys.remaining': toInt(r.remaining),
    };
  },
};

const DISCIPLINE_KEYS = { khien_trach: 'discipline.members.khienTrach', canh_cao: 'discipline.members.canhCao', cach_chuc: 'discipline.members.cachChuc', khai_tru: 'discipline.members.khaiTru' } as const;

/**
 * Disciplines of members by level: decisions dated in the year, less those annulled (or replaced
 * by a lighter penalty, which then counts at its own level) on or before the report date.
 */
export const disciplineFigures: Calculator = {
  name: 'disciplineFigures',
  keys: Object.values(DISCIPLINE_KEYS),
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const scope = await scopeOf(em, ctx, 'f.org_id', 'flow');
    const q = sql`select f.level, count(*)::int as n from ${s}."discipline_fact" f
        where f.level <> '' and f.decided_on between ${ctx.from} and ${ctx.asOf}
          and (f.annulled_on is null or f.annulled_on > ${ctx.asOf})${scope.filter}
        group by f.level`;
    const rows = await em.execute<{ level: string; n: number }[]>(q.text, q.params);
    const byLevel = new Map(rows.map((r) => [r.level, toInt(r.n)]));
    return Object.fromEntries(Object.entries(DISCIPLINE_KEYS).map(([level, key]) => [key, byLevel.get(level) ?? 0]));
  },
};
