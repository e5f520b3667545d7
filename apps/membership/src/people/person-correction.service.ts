import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  Approval,
  CorrectablePersonField,
  DomainError,
  PersonCorrected,
  personCorrectionSchema,
  searchableName,
  ServiceRequest,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { BackboneRunner } from '@party/service-kit';
import { approvalProblems, DOSSIER_REGULATION } from '../dossier/dossier.rules';
import { OrganizationTree } from '../organizations/organization.tree';
import { duplicateCitizenId, PERSON } from './people.service';
import { Person } from './person.entity';
import { personView } from './person.view';
import { MemberUnitOfWork } from './unit-of-work';

/**
 * Đính chính thông tin nhân thân: only with an approval (the same as a dossier correction), the
 * before and after kept in the audit and in `person.corrected`; a citizen ID another person holds
 * is refused (one record per person).
 */
@Injectable()
export class PersonCorrectionService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  async correct(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(personCorrectionSchema, req.payload);
    const today = todayInVietnam();
    let result;
    try {
      result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
        const person = await em.findOne(Person, { id: input.personId });
        if (!person) throw DomainError.notFound(PERSON);
        await this.tree.assertInScope(principal, [person.orgId], today, em);
        await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.member.${person.id}`]);
        await em.refresh(person);
        const problems = approvalProblems(input.approval, today);
        if (problems.length) {
          throw DomainError.rule(
            { vi: 'Đính chính thông tin nhân thân cần có quyết định phê duyệt của cấp có thẩm quyền (người phê duyệt, chức vụ, số quyết định, ngày)', en: 'Correcting a person’s identity needs the competent committee’s approval (approver, role, decision number, date)' },
            DOSSIER_REGULATION,
            problems,
          );
        }
        const approval = input.approval as Approval;
        const changed = (Object.entries(input.changes) as [CorrectablePersonField, string | undefined][]).filter(([k, v]) => v !== undefined && person[k] !== v).map(([k]) => k);
        if (!changed.length) {
          throw DomainError.rule({ vi: 'Thông tin đính chính trùng với hồ sơ hiện tại', en: 'The corrected values equal the current record' }, undefined, [{ field: 'changes', vi: 'Không có thay đổi', en: 'No change' }]);
        }
        if (input.changes.dateOfBirth && input.changes.dateOfBirth > today) throw DomainError.validation([{ field: 'changes.dateOfBirth', vi: 'Ngày sinh ở tương lai', en: 'Birth date in the future' }]);
        if (input.changes.citizenId && changed.includes('citizenId') && (await em.count(Person, { citizenId: input.changes.citizenId, id: { $ne: person.id } }))) {
          throw duplicateCitizenId(input.changes.citizenId);
        }
        const before = Object.fromEntries(changed.map((k) => [k, person[k]]));
        const after = Object.fromEntries(changed.map((k) => [k, input.changes[k]]));
        const viewBefore = personView(person);
        Object.assign(person, after);
        if (after.fullName) person.searchName = searchableName(after.fullName as string);
        const u = new MemberUnitOfWork(em, req, principal);
        u.event(PersonCorrected, { personId: person.id, orgId: person.orgId, changed, before, after, approvalDecisionNumber: approval.decisionNumber, approvedOn: approval.approvedOn }, approval.approvedOn);
        u.audit('person.corrected', 'person', person.id, viewBefore, { ...personView(person), correction: { changed, reason: input.reason, approval } });
        return { ...personView(person), correction: { changed, before, after, reason: input.reason, approval } };
      });
    } catch (err) {
      // two corrections to one citizen ID at once: the unique index decides
      if (err instanceof UniqueConstraintViolationException) throw duplicateCitizenId(input.changes.citizenId ?? '');
      throw err;
    }
    this.backbone.kickRelay();
    return result;
  }
}
