import { Injectable } from '@nestjs/common';
import { CorrectablePersonField, DOSSIER_ROUTES, DomainError, PersonCorrected, RouteInput, searchableName, todayInVietnam } from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { requireApproval } from '../dossier/dossier.rules';
import { OrganizationTree } from '../organizations/organization.tree';
import { duplicateCitizenId, PERSON } from './people.service';
import { Person } from './person.entity';
import { personView } from './person.view';

/**
 * Đính chính thông tin nhân thân: only with an approval (the same as a dossier correction), the
 * before and after kept in the audit and in `person.corrected`; a citizen ID another person holds
 * is refused (one record per person).
 */
@Injectable()
export class PersonCorrectionService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(DOSSIER_ROUTES.correctPerson)
  async correct(input: RouteInput<typeof DOSSIER_ROUTES.correctPerson>, { em, uow: u, principal }: CommandContext) {
    const today = todayInVietnam();
    const person = await em.findOne(Person, { id: input.id });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], today, em);
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.member.${person.id}`]);
    await em.refresh(person);
    const approval = requireApproval(input.approval, today, { vi: 'Đính chính thông tin nhân thân', en: 'Correcting a person’s identity' });
    const changed = (Object.entries(input.changes) as [CorrectablePersonField, string | undefined][]).filter(([k, v]) => v !== undefined && person[k] !== v).map(([k]) => k);
    if (!changed.length) {
      throw DomainError.rule({ vi: 'Thông tin đính chính trùng với hồ sơ hiện tại', en: 'The corrected values equal the current record' }, undefined, [{ field: 'changes', vi: 'Không có thay đổi', en: 'No change' }]);
    }
    if (input.changes.citizenId && changed.includes('citizenId') && (await em.count(Person, { citizenId: input.changes.citizenId, id: { $ne: person.id } }))) {
      throw duplicateCitizenId(input.changes.citizenId);
    }
    const before = Object.fromEntries(changed.map((k) => [k, person[k]]));
    const after = Object.fromEntries(changed.map((k) => [k, input.changes[k]]));
    const viewBefore = personView(person);
    Object.assign(person, after);
    if (after.fullName) person.searchName = searchableName(after.fullName as string);
    u.event(PersonCorrected, { personId: person.id, orgId: person.orgId, changed, before, after, approvalDecisionNumber: approval.decisionNumber, approvedOn: approval.approvedOn }, approval.approvedOn);
    u.audit('person.corrected', 'person', person.id, viewBefore, { ...personView(person), correction: { changed, reason: input.reason, approval } });
    // two corrections to one citizen ID at once: the unique index decides
    await u.flushOrConflict(() => duplicateCitizenId(input.changes.citizenId ?? ''));
    return { ...personView(person), correction: { changed, before, after, reason: input.reason, approval } };
  }
}
