import { Calculator, one, scopeOf } from './calculators';
import { ident, sql, Sql } from './sql';

const toInt = (v: unknown) => Number(v ?? 0);

/** Each catalogue level and the decisions it counts. */
const LEVELS = {
  rated: 'true',
  goodOrBetter: `r.level in ('excellent', 'good')`,
  excellent: `r.level = 'excellent'`,
  completed: `r.level = 'completed'`,
  notCompleted: `r.level = 'not_completed'`,
} as const;
const SUBJECTS = { orgs: 'org', members: 'member' } as const;

/** One `count(*) filter (…) as "<key>"` per key: written from the constants above, never from input. */
const COLUMNS: Sql = {
  text: Object.entries(SUBJECTS)
    .flatMap(([who, kind]) => Object.entries(LEVELS).map(([level, where]) => `count(*) filter (where r.subject_kind = '${kind}' and ${where})::int as "rating.${who}.${level}"`))
    .join(', '),
  params: [],
};

/**
 * Đánh giá, xếp loại chất lượng (the reference report: "151 TCCSĐ được đánh giá xếp loại, trong
 * đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% (trong đó HTXS nhiệm vụ: 28/151 = 18,5%);
 * Hoàn thành nhiệm vụ: 8/151"): the levels decided for the year rated. `rating_fact` holds one row
 * per subject and year, the latest decision, so a re-decision replaces and a redelivery adds
 * nothing. `rating.orgs.*` counts the grassroots organizations (not the chi bộ trực thuộc),
 * `rating.members.*` the members. A subtree counts its organizations' ratings and their members'
 * (its organizations under it at some moment of the year, as the other flows).
 */
export const ratingFigures: Calculator = {
  name: 'ratingFigures',
  keys: Object.keys(SUBJECTS).flatMap((who) => Object.keys(LEVELS).map((level) => `rating.${who}.${level}`)),
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const scope = await scopeOf(em, ctx, 'r.org_id', 'flow');
    const r = await one(
      em,
      sql`select ${COLUMNS} from ${s}."rating_fact" r
        where r.year = ${ctx.year} and (r.subject_kind = 'member' or r.grassroots)${scope.filter}`,
    );
    return Object.fromEntries(ratingFigures.keys.map((k) => [k, toInt(r[k])]));
  },
};
