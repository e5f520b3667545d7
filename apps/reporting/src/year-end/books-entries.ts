import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberRegistered, OrganizationEstablished } from '@party/contracts';
import { one, ReportContext, scopeOf } from './calculators';
import { ident, Sql, sql } from './sql';
import { countOf, wholeBlocFlows } from './whole-bloc-counters';

/**
 * The reconciliation's line "nhập từ sổ sách": members the year's closing holds because they were
 * recorded from the books, which no flow of the year explains. A `member.registered` is dated the
 * admission decision (an existing member imported as of a later day, probationers included), and
 * is never an admission: without this line the year of that decision — and any year whose
 * organizations brought such members into the tree — would not reconcile.
 *
 * - registered on a day of the year in an organization of the tree that day (counted from it);
 * - registered earlier in an organization not yet in the tree, which the year's establishment
 *   brings in (counted on the effective date; a hand-in counts them as `members.handedIn`).
 * Only the membership interval the registration opened: a later move is a flow of its own.
 */
export async function recordedFromBooks(em: EntityManager, ctx: ReportContext): Promise<number> {
  const [registered, broughtIn] = await Promise.all([registeredInTheYear(em, ctx), broughtInByEstablishment(em, ctx)]);
  return registered + broughtIn;
}

/** The interval a registration opened: same person, organization and first day. */
const opened = (): Sql => raw('i.person_id = r.person_id and i.valid_from = r.occurred_on and i.org_id = r.org_id');

async function registeredInTheYear(em: EntityManager, ctx: ReportContext): Promise<number> {
  // for the whole bloc the flow counters bound it: no registration of the year in the tree, none to look for. The
  // query below would read every fact of the year (PostgreSQL cannot tell that registrations are dated decades back)
  if (!ctx.scopeRoot && countOf(await wholeBlocFlows(em, ctx), MemberRegistered.type) === 0) return 0;
  const s = ident(ctx.schema);
  const registeredIn = await scopeOf(em, ctx, 'r.org_id', 'flow');
  const r = await one(
    em,
    sql`select count(*)::int as n from ${s}."member_fact" r join ${s}."member_interval" i on ${opened()}
        where r.type = ${MemberRegistered.type} and r.occurred_on between ${ctx.from} and ${ctx.asOf}
          and exists (select 1 from ${s}."org_version" v where v.org_id = r.org_id and v.valid_from <= r.occurred_on and (v.valid_to is null or v.valid_to > r.occurred_on))${registeredIn.filter}`,
  );
  return Number(r.n ?? 0);
}

/** Members registered before the year in an organization its establishment brings into the tree: each establishment's members looked up through its index. */
async function broughtInByEstablishment(em: EntityManager, ctx: ReportContext): Promise<number> {
  const s = ident(ctx.schema);
  const established = await scopeOf(em, ctx, 'e.org_id', 'flow');
  const r = await one(
    em,
    sql`select coalesce(sum(x.n), 0)::int as n from ${s}."org_event" e
        cross join lateral (select count(*)::int as n from ${s}."member_interval" i
          where i.org_id = e.org_id and i.valid_from < e.occurred_on and (i.valid_to is null or i.valid_to > e.occurred_on)
            and exists (select 1 from ${s}."member_fact" r where r.type = ${MemberRegistered.type} and ${opened()})) x
        where e.type = ${OrganizationEstablished.type} and e.occurred_on between ${ctx.from} and ${ctx.asOf}${established.filter}`,
  );
  return Number(r.n ?? 0);
}

const raw = (text: string): Sql => ({ text, params: [] });
