import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, FieldError, LocalizedText } from '@party/contracts';

/**
 * What membership's records say of people's organizations on a date: the latest dated placement
 * on or before `on`, else the person record's. A person membership never told of (someone training
 * alone records, by citizen ID or a key of its own) is absent; `null`: transferred out of the bloc
 * by then.
 */
export async function placementsOn(em: EntityManager, personIds: readonly (string | null | undefined)[], on: string): Promise<Map<string, string | null>> {
  const ids = [...new Set(personIds.filter((p): p is string => !!p))];
  if (!ids.length) return new Map();
  const rows = await em.execute<{ person_id: string; org_id: string | null }[]>(
    `select distinct on (person_id) person_id, org_id from "${em.config.get('schema')}"."person_placement"
      where person_id in (select jsonb_array_elements_text(?::jsonb)) and (valid_from is null or valid_from <= ?)
      order by person_id, valid_from desc nulls last, recorded_at desc, event_id desc`,
    [JSON.stringify(ids), on],
  );
  return new Map(rows.map((r) => [r.person_id, r.org_id]));
}

/**
 * The organization a student counts in: the one the caller names, else the person's on the
 * enrollment date by membership's records; null when neither says (then the caller must name it).
 */
export function studentOrg(named: string | null, personId: string | null | undefined, placements: Map<string, string | null>): string | null {
  return named ?? (personId ? (placements.get(personId) ?? null) : null);
}

/** Why an organization must be named: the records do not know the person, or had them leave the bloc by then. */
export function orgUnknownProblem(who: string | null | undefined, personId: string | null | undefined, placements: Map<string, string | null>, on: string): LocalizedText {
  const name = who ? { vi: who, en: who } : { vi: 'Người này', en: 'This person' };
  if (personId && placements.has(personId)) {
    return {
      vi: `${name.vi} đã chuyển sinh hoạt ra ngoài Đảng bộ trước ngày ${on} theo hồ sơ: cần ghi tổ chức đảng (orgId) người học thuộc về`,
      en: `${name.en} had transferred out of the bloc by ${on} according to the records: name the organization (orgId) the student belongs to`,
    };
  }
  return {
    vi: `${name.vi} chưa có trong hồ sơ đảng viên, quần chúng nên chưa rõ tổ chức đảng ngày ${on}: cần ghi tổ chức đảng (orgId) người học thuộc về`,
    en: `${name.en} is not in the member and candidate records, so their organization on ${on} is unknown: name the organization (orgId) the student belongs to`,
  };
}

export function orgRequired(problem: LocalizedText): DomainError {
  const field: FieldError = { field: 'orgId', ...problem };
  return DomainError.rule(problem, undefined, [field]);
}
