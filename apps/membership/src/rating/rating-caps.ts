import type { EntityManager } from '@mikro-orm/postgresql';
import type { Post } from '@party/contracts';
import { memberRatingCap, orgRatingCap, type RatingCap } from '@party/rules';
import { ids, sql, tables, UUIDS } from './rating-sql';

/**
 * The disqualifiers of a round's subjects (libs/rules `rating-disqualifiers.ts`), from the facts
 * membership keeps: the members' disciplines (`discipline_record`, from the Inspection
 * Committee's events), the organizations' (`org_discipline_record`), and those of its leadership.
 * "In the year": decided between 1/1 and 31/12 of the year rated, in force (not annulled,
 * applied). One statement for the whole list (a page, or 8,000 rows of a decision).
 *
 * The leadership: whoever held the secretary or a deputy secretary post of the organization's
 * cấp ủy on any day of the year (`committee_holding`, cadre's committees; not the inspection
 * committee), plus the secretary typed on the round (`POST …/secretaries`) for an organization
 * whose committee cadre has not recorded.
 */
const LEADERSHIP_POSTS: readonly Post[] = ['secretary', 'deputy_secretary'];

interface FactsRow {
  id: string;
  kind: 'org' | 'member';
  member_disciplined: number;
  org_disciplined: number;
  leadership_disciplined: number;
  rated_members: number;
  disciplined_members: number;
}

export async function capsOf(em: EntityManager, round: { id: string; year: number }, subjectIds: readonly string[] | null): Promise<Map<string, RatingCap>> {
  const t = tables(em);
  const from = `${round.year}-01-01`;
  const to = `${round.year}-12-31`;
  const inYear = (alias: string) => `${alias}.decided_on between '${from}'::date and '${to}'::date and ${alias}.annulled_on is null`;
  const personDisciplined = (personCol: string) => `(select count(*) from ${t.discipline} d where d.person_id = ${personCol} and d.applied and ${inYear('d')})::int`;
  // left_on is the first day no longer held: a holding that ended on 1/1 was not held in the year
  const leaders = `select h.person_id from ${t.holding} h
                    where h.org_id = s.org_id and h.committee_kind = 'executive' and h.post in (${LEADERSHIP_POSTS.map((p) => `'${p}'`).join(', ')})
                      and h.held_from <= '${to}'::date and (h.left_on is null or h.left_on > '${from}'::date)
                   union select s.secretary_person_id where s.secretary_person_id is not null`;
  const leadershipDisciplined = `(select count(*) from ${t.discipline} d where d.person_id in (${leaders}) and d.applied and ${inYear('d')})::int`;
  const rows = await sql<FactsRow>(
    em,
    `with rated as (
       select s.org_path, ${personDisciplined('s.person_id')} > 0 as disciplined
         from ${t.subject} s where s.round_id = ? and s.kind = 'member' and s.excluded_reason is null${
           // only the members below the organizations asked about (none when a page lists members only)
           subjectIds ? ` and s.org_path && coalesce((select array_agg(x.org_id::text) from ${t.subject} x where x.id = any(${UUIDS}) and x.kind = 'org'), '{}')` : ''
         }
     ), below as (
       select anc, count(*)::int as rated, (count(*) filter (where disciplined))::int as disciplined
         from rated, unnest(rated.org_path) anc group by anc
     )
     select s.id, s.kind,
            case when s.kind = 'member' then ${personDisciplined('s.person_id')} else 0 end as member_disciplined,
            case when s.kind = 'org' then (select count(*) from ${t.orgDiscipline} o where o.org_id = s.org_id and ${inYear('o')})::int else 0 end as org_disciplined,
            case when s.kind = 'org' then ${leadershipDisciplined} else 0 end as leadership_disciplined,
            coalesce(b.rated, 0) as rated_members, coalesce(b.disciplined, 0) as disciplined_members
       from ${t.subject} s left join below b on s.kind = 'org' and b.anc = s.org_id::text
      where s.round_id = ?${subjectIds ? ` and s.id = any(${UUIDS})` : ''}`,
    subjectIds ? [round.id, ids(subjectIds), round.id, ids(subjectIds)] : [round.id, round.id],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      r.kind === 'member'
        ? memberRatingCap(round.year, r.member_disciplined)
        : orgRatingCap(round.year, { orgDisciplined: r.org_disciplined, leadershipDisciplined: r.leadership_disciplined, ratedMembers: r.rated_members, disciplinedMembers: r.disciplined_members }),
    ]),
  );
}

/** Subjects of the round not decided yet below each organization (its subtree, itself excluded). */
export async function pendingBelow(em: EntityManager, roundId: string, orgIds: readonly string[]): Promise<Map<string, { members: number; orgs: number }>> {
  if (!orgIds.length) return new Map();
  const t = tables(em);
  const rows = await sql<{ anc: string; members: number; orgs: number }>(
    em,
    `select anc, (count(*) filter (where s.kind = 'member'))::int as members, (count(*) filter (where s.kind = 'org'))::int as orgs
       from ${t.subject} s,
            unnest(case when s.kind = 'org' then s.org_path[1:array_length(s.org_path, 1) - 1] else s.org_path end) anc
      where s.round_id = ? and s.excluded_reason is null and s.decision_level is null and anc = any(string_to_array(?, ','))
      group by anc`,
    [roundId, ids(orgIds)],
  );
  const out = new Map(orgIds.map((id) => [id, { members: 0, orgs: 0 }]));
  for (const r of rows) out.set(r.anc, { members: r.members, orgs: r.orgs });
  return out;
}
