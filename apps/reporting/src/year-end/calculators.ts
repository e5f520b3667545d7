import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BADGE_LEVELS,
  BadgeAwarded,
  CardIssued,
  CardReissued,
  MemberAdmitted,
  MemberDied,
  MemberExpelled,
  MemberLeftParty,
  MemberMadeOfficial,
  MemberRemovedFromProbation,
  MemberReassigned,
  MemberStruckOff,
  ORG_KIND_DEFINITIONS,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationHandedIn,
  OrganizationHandedOver,
  OrgKind,
  TransferCompleted,
} from '@party/contracts';
import { atDate, during, subtreeIds } from '@party/org-replica';
import { cadreCommitteesCalculators } from './cadre-committees-calculators';
import { cadrePlanningCalculators } from './cadre-planning-calculators';
import { cadreVettingCalculators } from './cadre-vetting-calculators';
import { disciplineFigures, inspectionFigures } from './inspection-calculators';
import { ratingFigures } from './rating-calculators';
import { EMPTY, ident, sql, Sql, textArray } from './sql';
import { inTreeOn } from '../projection/member-counters';
import { countOf, FlowCountRow, FlowRow, flowRowsOf, wholeBlocFlows, wholeBlocStock } from './whole-bloc-counters';

/** What a report is computed for: a year, and the subtree of `scopeRoot` (null: everything). */
export interface ReportContext {
  schema: string;
  year: number;
  from: string;
  asOf: string;
  scopeRoot: string | null;
  /**
   * The subtree's organizations by window, asked once per report and shared by its calculators
   * (the opening headcount's context shares it too: the key holds the window).
   */
  subtrees?: Map<string, Promise<string[]>>;
}

/** Computes a few catalogue keys in one query; `keys` are exactly the keys it returns. */
export interface Calculator {
  name: string;
  keys: readonly string[];
  compute(em: EntityManager, ctx: ReportContext): Promise<Record<string, number>>;
}

const kindsWhere = (pred: (k: (typeof ORG_KIND_DEFINITIONS)[OrgKind]) => boolean) =>
  Object.values(ORG_KIND_DEFINITIONS)
    .filter(pred)
    .map((k) => k.code);

/**
 * The organizations of the report's subtree, for stocks (under the root on 31/12) or flows (under
 * it at any moment of the year); null for the whole bloc. Asked once per report and window.
 */
export function subtreeOf(em: EntityManager, ctx: ReportContext, window: 'stock' | 'flow'): Promise<string[]> | null {
  if (!ctx.scopeRoot) return null;
  const w = window === 'stock' ? atDate(ctx.asOf) : during(ctx.from, ctx.asOf);
  const key = `${ctx.scopeRoot}|${w.from}|${w.to}`;
  const cache = ctx.subtrees ?? (ctx.subtrees = new Map());
  let ids = cache.get(key);
  if (!ids) {
    ids = subtreeIds(em, ctx.scopeRoot, w);
    cache.set(key, ids);
  }
  return ids;
}

/**
 * The scope as a filter on `column`: the subtree's organizations as one `text[]` value
 * (`set`, null for the whole bloc), so that each table is read through its index on the
 * organization column, for those organizations only.
 */
export async function scopeOf(em: EntityManager, ctx: ReportContext, column: string, window: 'stock' | 'flow'): Promise<{ set: Sql | null; filter: Sql }> {
  const ids = subtreeOf(em, ctx, window);
  if (!ids) return { set: null, filter: EMPTY };
  const set = textArray(await ids);
  return { set, filter: sql`${raw(` and ${column} = any(`)}${set})` };
}

const raw = (text: string): Sql => ({ text, params: [] });

export async function one(em: EntityManager, q: Sql): Promise<Record<string, unknown>> {
  const rows = await em.execute<Record<string, unknown>[]>(q.text, q.params);
  return rows[0] ?? {};
}

const toInt = (v: unknown) => Number(v ?? 0);

/** Grassroots organizations on 31/12 by kind: one query over `org_version`. */
export const orgStock: Calculator = {
  name: 'orgStock',
  keys: ['orgs.grassroots', 'orgs.grassroots.partyCommittees', 'orgs.grassroots.cells'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const { filter } = await scopeOf(em, ctx, 'v.org_id', 'stock');
    const committees = JSON.stringify(kindsWhere((k) => k.grassroots && k.partyCommittee));
    const cells = JSON.stringify(kindsWhere((k) => k.grassroots && k.cell));
    const r = await one(
      em,
      sql`select count(*)::int as total,
          count(*) filter (where v.kind in (select jsonb_array_elements_text(${committees}::jsonb)))::int as committees,
          count(*) filter (where v.kind in (select jsonb_array_elements_text(${cells}::jsonb)))::int as cells
        from ${s}."org_version" v
        where v.grassroots and v.valid_from <= ${ctx.asOf} and (v.valid_to is null or v.valid_to > ${ctx.asOf})${filter}`,
    );
    return { 'orgs.grassroots': toInt(r.total), 'orgs.grassroots.partyCommittees': toInt(r.committees), 'orgs.grassroots.cells': toInt(r.cells) };
  },
};

/** Grassroots organizations established (new), dissolved, handed over, handed in: by effective date. */
export const orgFlows: Calculator = {
  name: 'orgFlows',
  keys: ['orgs.established', 'orgs.dissolved', 'orgs.handedOver', 'orgs.handedIn'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const { filter } = await scopeOf(em, ctx, 'e.org_id', 'flow');
    const r = await one(
      em,
      sql`select
          count(*) filter (where e.type = ${OrganizationEstablished.type} and e.origin = 'new')::int as established,
          count(*) filter (where e.type = ${OrganizationDissolved.type})::int as dissolved,
          count(*) filter (where e.type = ${OrganizationHandedOver.type})::int as handed_over,
          count(*) filter (where e.type = ${OrganizationHandedIn.type})::int as handed_in
        from ${s}."org_event" e
        where e.grassroots and e.occurred_on between ${ctx.from} and ${ctx.asOf}${filter}`,
    );
    return {
      'orgs.established': toInt(r.established),
      'orgs.dissolved': toInt(r.dissolved),
      'orgs.handedOver': toInt(r.handed_over),
      'orgs.handedIn': toInt(r.handed_in),
    };
  },
};

/** Catalogue key suffix → course category. */
const CLASS_KEYS = { candidates: 'partyAwareness', newMembers: 'newMemberTheory', intermediateTheory: 'intermediateTheory' } as const;

/**
 * Classes and students by the class's opening date (a cohort "2022–2024" counts in the year it
 * opened). In a subtree: the classes serving one of its organizations or with a student from one,
 * and the students from its organizations.
 */
export const trainingClasses: Calculator = {
  name: 'trainingClasses',
  keys: Object.keys(CLASS_KEYS).flatMap((k) => [`training.classes.${k}`, `training.students.${k}`]),
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const scoped = await scopeOf(em, ctx, 'e.org_id', 'flow');
    // the classes with a student from the subtree: found from its organizations' enrollments (index on org_id)
    const classInScope: Sql = scoped.set
      ? sql` and (c.served_org_ids && ${scoped.set} or c.class_id in (select e.class_id from ${s}."training_enrollment" e where e.org_id = any(${scoped.set})))`
      : EMPTY;
    const classes = await em.execute<{ category: string; n: number }[]>(
      ...asArgs(sql`select c.category, count(*)::int as n from ${s}."training_class" c
        where c.opened_on between ${ctx.from} and ${ctx.asOf}${classInScope} group by c.category`),
    );
    const students = await em.execute<{ category: string; n: number }[]>(
      ...asArgs(sql`select c.category, count(*)::int as n from ${s}."training_enrollment" e
        join ${s}."training_class" c on c.class_id = e.class_id
        where c.opened_on between ${ctx.from} and ${ctx.asOf}${scoped.filter} group by c.category`),
    );
    const by = (rows: { category: string; n: number }[]) => new Map(rows.map((r) => [r.category, toInt(r.n)]));
    const c = by(classes);
    const st = by(students);
    const out: Record<string, number> = {};
    for (const [suffix, category] of Object.entries(CLASS_KEYS)) {
      out[`training.classes.${suffix}`] = c.get(category) ?? 0;
      out[`training.students.${suffix}`] = st.get(category) ?? 0;
    }
    return out;
  },
};

/** Sendings (by decision date), registrations (next year's advanced theory; object-4 by registration date), secretaries trained (distinct people, by the day held). */
export const trainingPeople: Calculator = {
  name: 'trainingPeople',
  keys: ['training.advancedTheory.sent', 'training.advancedTheory.registeredNextYear', 'training.object4.registered', 'training.secretaries.trained'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const sent = await scopeOf(em, ctx, 'x.org_id', 'flow');
    const r = await one(
      em,
      sql`select
        (select count(*)::int from ${s}."training_sending" x where x.category = 'advancedTheory' and x.sent_on between ${ctx.from} and ${ctx.asOf}${sent.filter}) as sent,
        (select count(*)::int from ${s}."training_registration" x where x.category = 'advancedTheory' and x.for_year = ${ctx.year + 1}${sent.filter}) as next_year,
        (select count(*)::int from ${s}."training_registration" x where x.category = 'object4' and x.registered_on between ${ctx.from} and ${ctx.asOf}${sent.filter}) as object4,
        (select count(distinct x.person_key)::int from ${s}."training_secretary_attendance" x where x.held_on between ${ctx.from} and ${ctx.asOf}${sent.filter}) as secretaries`,
    );
    return {
      'training.advancedTheory.sent': toInt(r.sent),
      'training.advancedTheory.registeredNextYear': toInt(r.next_year),
      'training.object4.registered': toInt(r.object4),
      'training.secretaries.trained': toInt(r.secretaries),
    };
  },
};

/**
 * Members on 31/12: a membership interval holding that day, in an organization of the tree that
 * day (an organization handed over took its members out of the bloc; one handed in brought them).
 * A person's intervals never overlap (`deriveMemberIntervals` closes one before it opens the next),
 * so the intervals holding on a day are the people: counted as rows, with the tree as a semi-join,
 * rather than `count(distinct person_id)` over a join, which sorted 850.000 ids on disk (bench ×100).
 * The whole bloc's is summed from the counters the projection maintains (`wholeBlocStock`).
 */
export const memberStock: Calculator = {
  name: 'memberStock',
  keys: ['members.total'],
  async compute(em, ctx) {
    if (!ctx.scopeRoot) return { 'members.total': await wholeBlocStock(em, ctx) };
    const s = ident(ctx.schema);
    const { set, filter } = await scopeOf(em, ctx, 'i.org_id', 'stock');
    // a subtree on 31/12 holds only organizations of the tree that day: the semi-join is the bloc's alone
    const inTree: Sql = set
      ? EMPTY
      : sql` and exists (select 1 from ${s}."org_version" v where v.org_id = i.org_id and v.valid_from <= ${ctx.asOf} and (v.valid_to is null or v.valid_to > ${ctx.asOf}))`;
    const r = await one(
      em,
      sql`select count(*)::int as n
        from ${s}."member_interval" i
        where i.valid_from <= ${ctx.asOf} and (i.valid_to is null or i.valid_to > ${ctx.asOf})${filter}${inTree}`,
    );
    return { 'members.total': toInt(r.n) };
  },
};

/** A member fact counts for the bloc when its organization was in the tree on its date (the projection's own test). */
const inBlocOn = (schema: string, alias: string, orgColumn: string): Sql => ({ text: ` and ${inTreeOn(schema, `${alias}.${orgColumn}`, `${alias}.occurred_on`)}`, params: [] });

/** Flows of members by their dates in the world: admissions, conversions, leaving, cards, badges. */
export const memberFlows: Calculator = {
  name: 'memberFlows',
  keys: [
    'members.admitted',
    'members.madeOfficial',
    'members.removedFromProbation',
    'deaths',
    'members.struckOff',
    'members.leftParty',
    'members.expelled',
    'cards.issued',
    'cards.reissued.damaged',
    'cards.reissued.lost',
    'badges.awarded',
    ...BADGE_LEVELS.map((l) => `badges.awarded.${l}`),
  ],
  async compute(em, ctx) {
    const rows = ctx.scopeRoot ? await subtreeFlowRows(em, ctx) : await wholeBlocFlows(em, ctx);
    const count = (type: string, detail?: string) => countOf(rows, type, detail);
    return {
      'members.admitted': count(MemberAdmitted.type),
      'members.madeOfficial': count(MemberMadeOfficial.type),
      'members.removedFromProbation': count(MemberRemovedFromProbation.type),
      deaths: count(MemberDied.type),
      'members.struckOff': count(MemberStruckOff.type),
      'members.leftParty': count(MemberLeftParty.type),
      'members.expelled': count(MemberExpelled.type),
      'cards.issued': count(CardIssued.type),
      'cards.reissued.damaged': count(CardReissued.type, 'damaged'),
      'cards.reissued.lost': count(CardReissued.type, 'lost'),
      'badges.awarded': count(BadgeAwarded.type),
      ...Object.fromEntries(BADGE_LEVELS.map((l) => [`badges.awarded.${l}`, count(BadgeAwarded.type, String(l))])),
    };
  },
};

/** A subtree's member facts of the year, grouped as the whole bloc's counters are (its organizations' facts, read through their index). */
async function subtreeFlowRows(em: EntityManager, ctx: ReportContext): Promise<FlowRow[]> {
  const s = ident(ctx.schema);
  const { filter } = await scopeOf(em, ctx, 'f.org_id', 'flow');
  const rows = await em.execute<FlowCountRow[]>(
    ...asArgs(sql`select f.type, coalesce(f.detail, '') as detail, f.from_org_id is not null as from_set, f.to_org_id is not null as to_set, count(*)::int as n
        from ${s}."member_fact" f
        where f.occurred_on between ${ctx.from} and ${ctx.asOf}${inBlocOn(ctx.schema, 'f', 'org_id')}${filter}
        group by 1, 2, 3, 4`),
  );
  return flowRowsOf(rows);
}

/**
 * Transfers by the date they took effect, `temporary` never counted. For the whole bloc by kind;
 * for a subtree, into / out of / within it: an internal transfer across its border is an in or an out.
 */
export const transferFlows: Calculator = {
  name: 'transferFlows',
  keys: ['transfers.out', 'transfers.in', 'transfers.internal'],
  async compute(em, ctx) {
    if (!ctx.scopeRoot) return wholeBlocTransfers(await wholeBlocFlows(em, ctx));
    const s = ident(ctx.schema);
    const { set } = await scopeOf(em, ctx, 'f.org_id', 'flow');
    const inSub = (col: string): Sql => (set ? sql`coalesce(${raw(col)} = any(${set}), false)` : raw(`${col} is not null`));
    const from = inSub('coalesce(f.from_org_id, case when f.detail = \'out\' then f.org_id end)');
    const to = inSub('coalesce(f.to_org_id, case when f.detail = \'in\' then f.org_id end)');
    // a transfer counts for a subtree only when one of its ends is in it: read those alone (indexes on the three columns)
    const touching: Sql = set ? sql` and (f.org_id = any(${set}) or f.from_org_id = any(${set}) or f.to_org_id = any(${set}))` : EMPTY;
    const r = await one(
      em,
      sql`select
          count(*) filter (where (f.detail = 'out' and ${from}) or (f.detail = 'internal' and ${from} and not ${to}))::int as out_,
          count(*) filter (where (f.detail = 'in' and ${to}) or (f.detail = 'internal' and ${to} and not ${from}))::int as in_,
          count(*) filter (where f.detail = 'internal' and ${from} and ${to})::int as internal
        from ${s}."member_fact" f
        where f.type = ${TransferCompleted.type} and f.occurred_on between ${ctx.from} and ${ctx.asOf}${touching}${inBlocOn(ctx.schema, 'f', 'org_id')}`,
    );
    return { 'transfers.out': toInt(r.out_), 'transfers.in': toInt(r.in_), 'transfers.internal': toInt(r.internal) };
  },
};

/**
 * The whole bloc's transfers from its flow counters, by the same rule as the query above with the
 * bloc for subtree: an end is in the bloc when the fact names it, or is the fact's organization
 * (an `out` leaves from it, an `in` arrives in it).
 */
function wholeBlocTransfers(rows: readonly FlowRow[]): Record<string, number> {
  const out = { 'transfers.out': 0, 'transfers.in': 0, 'transfers.internal': 0 };
  for (const r of rows) {
    if (r.type !== TransferCompleted.type) continue;
    const from = r.fromSet || r.detail === 'out';
    const to = r.toSet || r.detail === 'in';
    if ((r.detail === 'out' && from) || (r.detail === 'internal' && from && !to)) out['transfers.out'] += r.n;
    if ((r.detail === 'in' && to) || (r.detail === 'internal' && to && !from)) out['transfers.in'] += r.n;
    if (r.detail === 'internal' && from && to) out['transfers.internal'] += r.n;
  }
  return out;
}

/**
 * Members who left or came with their organization: those counted in it on the effective date of
 * its hand-over (not those who left that very day), or of its hand-in (not those who joined that day).
 * For a subtree, also those a merger, split or dissolution carried across its border
 * (`member.reassigned` with one end inside): they came or left with their organization, and
 * without them the subtree's headcount would not reconcile. Never across the bloc's border, so the
 * whole bloc's figures are the hand-overs alone.
 */
export const memberHandovers: Calculator = {
  name: 'memberHandovers',
  keys: ['members.handedOver', 'members.handedIn'],
  async compute(em, ctx) {
    const s = ident(ctx.schema);
    const { set, filter } = await scopeOf(em, ctx, 'e.org_id', 'flow');
    const across = (into: boolean): Sql => {
      if (!set) return raw('0');
      const [inside, outside] = into ? ['to_org_id', 'from_org_id'] : ['from_org_id', 'to_org_id'];
      return sql`(select count(*)::int from ${s}."member_fact" f
          where f.type = ${MemberReassigned.type} and f.occurred_on between ${ctx.from} and ${ctx.asOf}
            and ${raw(`f.${inside} = any(`)}${set}) and not ${raw(`f.${outside} = any(`)}${set}))`;
    };
    // each organization's members looked up through its index (a join let PostgreSQL hash every interval of the bloc)
    const members = (type: string, startedBefore: boolean): Sql =>
      sql`(select coalesce(sum(x.n), 0)::int from ${s}."org_event" e
          cross join lateral (select count(*)::int as n from ${s}."member_interval" i
            where i.org_id = e.org_id and ${{ text: startedBefore ? 'i.valid_from < e.occurred_on' : 'i.valid_from <= e.occurred_on', params: [] }}
              and (i.valid_to is null or i.valid_to > e.occurred_on)) x
          where e.type = ${type} and e.occurred_on between ${ctx.from} and ${ctx.asOf}${filter})`;
    const r = await one(em, sql`select ${members(OrganizationHandedOver.type, false)} + ${across(false)} as handed_over, ${members(OrganizationHandedIn.type, true)} + ${across(true)} as handed_in`);
    return { 'members.handedOver': toInt(r.handed_over), 'members.handedIn': toInt(r.handed_in) };
  },
};

function asArgs(q: Sql): [string, unknown[]] {
  return [q.text, q.params];
}

/** Every calculator the service runs; a catalogue key none of them returns is `pending`. */
export const CALCULATORS: readonly Calculator[] = [orgStock, orgFlows, trainingClasses, trainingPeople, memberStock, memberFlows, transferFlows, memberHandovers, inspectionFigures, disciplineFigures, ...cadreCommitteesCalculators, ...cadrePlanningCalculators, ...cadreVettingCalculators, ratingFigures];

export const COMPUTED_KEYS: ReadonlySet<string> = new Set(CALCULATORS.flatMap((c) => c.keys));
