import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { CalendarCoverageError } from '@party/rules';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';

/** Statuses after which a person is no longer an active member: nothing more may change. */
export const ENDED_STATUSES = ['removedFromProbation', 'struckOff', 'left', 'died', 'expelled'] as const;

const ENDED_TEXT: Record<string, { vi: string; en: string }> = {
  removedFromProbation: { vi: 'đã bị xóa tên khỏi danh sách đảng viên dự bị', en: 'was struck off the probationary list' },
  struckOff: { vi: 'đã bị xóa tên khỏi danh sách đảng viên', en: 'was struck off' },
  left: { vi: 'đã được cho ra khỏi Đảng', en: 'has left the Party' },
  died: { vi: 'đã từ trần', en: 'has died' },
  expelled: { vi: 'đã bị khai trừ ra khỏi Đảng', en: 'was expelled from the Party' },
};

/**
 * The member a command is about, locked for the transaction (two clerks on the same member wait
 * for each other), checked in the caller's scope on the date concerned.
 */
export async function loadMember(em: EntityManager, tree: OrganizationTree, principal: Principal, personId: string, on: string): Promise<Person> {
  const found = await em.findOne(Person, { id: personId });
  if (!found) throw DomainError.notFound(PERSON);
  await tree.assertInScope(principal, [found.orgId], on, em);
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.member.${personId}`]);
  await em.refresh(found);
  return found;
}

/** The refusal's field list: the person the command is about, when the caller names that field. */
const onPerson = (field: string | undefined, text: { vi: string; en: string }) => (field ? [{ field, ...text }] : undefined);

/**
 * Refuses any change to a member who is no longer active (struck off, left, died). `field` names
 * the input that chose the person (`personId`), so a form shows the refusal under it.
 */
export function assertActive(person: Person, field?: string): void {
  const ended = ENDED_TEXT[person.status];
  if (ended) {
    const message = {
      vi: `${person.fullName} ${ended.vi}${person.endedOn ? ` (ngày ${person.endedOn})` : ''}; không còn là đảng viên đang sinh hoạt, không thể thay đổi thêm`,
      en: `${person.fullName} ${ended.en}${person.endedOn ? ` (on ${person.endedOn})` : ''}; no longer an active member, no further change is possible`,
    };
    throw DomainError.rule(message, undefined, onPerson(field, message));
  }
}

/** A member (probationary or official), active; `field` as for `assertActive`. */
export function assertMember(person: Person, field?: string): asserts person is Person & { admissionDecisionDate: string } {
  assertActive(person, field);
  if ((person.status !== 'probationary' && person.status !== 'official') || !person.admissionDecisionDate) {
    const message = { vi: `${person.fullName} chưa phải là đảng viên`, en: `${person.fullName} is not a party member` };
    throw DomainError.rule(message, undefined, onPerson(field, message));
  }
}

/** The date must not precede the admission decision (or another anchor). */
export function assertNotBefore(field: string, date: string, anchor: string, what: { vi: string; en: string }): void {
  if (date < anchor) throw DomainError.validation([{ field, vi: `Không thể trước ${what.vi} (${anchor})`, en: `Cannot precede ${what.en} (${anchor})` }]);
}

export function calendarError(err: unknown): never {
  if (err instanceof CalendarCoverageError) throw DomainError.rule({ vi: `Lịch ngày làm việc chưa có dữ liệu cho ${err.date}`, en: err.message });
  throw err;
}
