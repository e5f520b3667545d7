import type { WholeSystem } from '../system/whole-system';
import type { ApiClient } from '../workload/api-client';
import { WORKLOAD_YEAR } from '../workload/workload';

/** The report's keys the workload moves. */
export const FIGURE_KEYS = ['orgs.grassroots', 'orgs.grassroots.cells', 'orgs.established', 'members.total', 'training.classes.candidates', 'training.students.candidates'] as const;
export type Figures = Record<(typeof FIGURE_KEYS)[number], number>;

/**
 * The same figures counted again from the owners' own tables (membership's organizations and
 * people, training's classes and enrollments; the key's "candidates" are the `partyAwareness`
 * course category), not from any event: what the workload does — new
 * chi bộ, registered members, candidate classes and their students, all in one year, nothing
 * dissolved, moved or transferred — is simple enough to count in a few lines of SQL.
 */
export async function recount(system: WholeSystem, year = WORKLOAD_YEAR): Promise<Figures> {
  const end = `${year}-12-31`;
  const start = `${year}-01-01`;
  const [orgs] = await system.sql<{ grassroots: number; cells: number; established: number }>(
    `select count(*) filter (where v.kind in ('grassroots_committee', 'grassroots_cell'))::int as grassroots,
            count(*) filter (where v.kind = 'grassroots_cell')::int as cells,
            count(*) filter (where v.kind in ('grassroots_committee', 'grassroots_cell') and o.origin = 'new' and o.established_on >= $2)::int as established
       from membership.organization o
       join membership.organization_version v on v.org_id = o.id and v.valid_from <= $1 and (v.valid_to is null or v.valid_to > $1)
      where o.established_on <= $1 and (o.ended_on is null or o.ended_on > $1)`,
    [end, start],
  );
  const [members] = await system.sql<{ n: number }>(
    `select count(*)::int as n from membership.person where status in ('official', 'probationary') and admission_decision_date <= $1`,
    [end],
  );
  const [training] = await system.sql<{ classes: number; students: number }>(
    `select count(distinct c.id)::int as classes, count(e.id)::int as students
       from training.training_class c
       join training.course_type t on t.code = c.course_type_code and t.category = 'partyAwareness'
       left join training.enrollment e on e.class_id = c.id
      where c.opened_on between $2 and $1`,
    [end, start],
  );
  return {
    'orgs.grassroots': orgs.grassroots,
    'orgs.grassroots.cells': orgs.cells,
    'orgs.established': orgs.established,
    'members.total': members.n,
    'training.classes.candidates': training.classes,
    'training.students.candidates': training.students,
  };
}

/** The year-end report's figures for the workload's keys, as the board reads them through the gateway, and whether it says it is complete. */
export async function reported(api: ApiClient, year = WORKLOAD_YEAR): Promise<{ figures: Figures; complete: boolean }> {
  const body = await api.must('GET', `/reports/year-end/${year}`);
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, body.metrics[k]])) as Figures;
  return { figures, complete: body.completeness?.complete === true };
}

export const sameFigures = (a: Figures, b: Figures): boolean => FIGURE_KEYS.every((k) => a[k] === b[k]);

