import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type FieldError, type Principal, RATING_EXCLUSION_LABELS } from '@party/contracts';
import { type SubjectRow, subjectsByRef } from './rating-rows';

/** At most this many refusals travel back (a reply stays far under NATS's 1 MB); `message` says how many there were. */
const MAX_LISTED = 500;

/**
 * The refusals of one list, each on its row's field (`items.12.level`), thrown together: a list
 * is recorded whole or not at all.
 */
export class RowRefusals {
  private readonly fields: (FieldError & { idx: number })[] = [];
  private readonly rows = new Set<number>();

  add(idx: number, field: string, vi: string, en: string): void {
    this.rows.add(idx);
    this.fields.push({ idx, field: `items.${idx}.${field}`, vi, en });
  }

  get count(): number {
    return this.rows.size;
  }

  throwIfAny(regulation?: string): void {
    if (!this.fields.length) return;
    const n = this.rows.size;
    // in the order of the list, whatever check found them
    const listed = [...this.fields].sort((a, b) => a.idx - b.idx).slice(0, MAX_LISTED).map(({ field, vi, en }) => ({ field, vi, en }));
    const more = this.fields.length > MAX_LISTED ? { vi: ` (liệt kê ${MAX_LISTED} lỗi đầu)`, en: ` (the first ${MAX_LISTED} problems listed)` } : { vi: '', en: '' };
    throw DomainError.rule(
      { vi: `${n} dòng không được chấp nhận; chưa ghi dòng nào${more.vi}`, en: `${n} rows refused; nothing was recorded${more.en}` },
      regulation,
      listed,
    );
  }
}

export interface SubjectItem {
  personId?: string;
  orgId?: string;
}

export interface Resolved<I> {
  idx: number;
  item: I;
  subject: SubjectRow;
}

export const subjectField = (item: SubjectItem): string => (item.personId ? 'personId' : 'orgId');

/**
 * The round's subjects named by a list, in one query: refused rows name a duplicate, a subject
 * not in the round, one not rated (`allowExcluded` for the exclusion list itself). A secretary
 * may touch only subjects of their subtree: any other is a 403 for the whole list.
 */
export async function resolveItems<I extends SubjectItem>(em: EntityManager, roundId: string, principal: Principal, items: readonly I[], refusals: RowRefusals, opts: { allowExcluded?: boolean } = {}): Promise<Resolved<I>[]> {
  const refOf = (i: I) => (i.personId ?? i.orgId)!;
  const subjects = new Map((await subjectsByRef(em, roundId, items.map(refOf))).map((s) => [s.refId, s]));
  const seen = new Map<string, number>();
  const out: Resolved<I>[] = [];
  let outside = 0;
  items.forEach((item, idx) => {
    const ref = refOf(item);
    const field = subjectField(item);
    const first = seen.get(ref);
    if (first !== undefined) return refusals.add(idx, field, `Trùng với dòng ${first}`, `Repeats row ${first}`);
    seen.set(ref, idx);
    const subject = subjects.get(ref);
    if (!subject || subject.kind !== (item.personId ? 'member' : 'org')) {
      return refusals.add(idx, field, item.personId ? 'Đảng viên này không thuộc đợt đánh giá' : 'Tổ chức đảng này không thuộc đợt đánh giá', item.personId ? 'This member is not in the round' : 'This organization is not in the round');
    }
    if (principal.orgScopeId && !subject.orgPath.includes(principal.orgScopeId)) {
      outside++;
      return;
    }
    if (subject.excludedReason && !opts.allowExcluded) {
      const label = RATING_EXCLUSION_LABELS[subject.excludedReason as keyof typeof RATING_EXCLUSION_LABELS] ?? { vi: subject.excludedReason, en: subject.excludedReason };
      return refusals.add(idx, field, `${subject.name} không được đánh giá, xếp loại: ${label.vi}`, `${subject.name} is not rated: ${label.en}`);
    }
    out.push({ idx, item, subject });
  });
  if (outside) {
    throw DomainError.forbidden({ vi: `${outside} dòng nằm ngoài phạm vi tổ chức bạn phụ trách`, en: `${outside} rows are outside the organization you are scoped to` });
  }
  return out;
}
