import { Injectable } from '@nestjs/common';
import { DomainError, MEMBER_ROUTES, PersonRecorded, RouteInput, todayInVietnam } from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { duplicateCard } from '../cards/card-issue';
import { OrganizationTree, versionAt } from '../organizations/organization.tree';
import { existingMemberRefusal, lookUpExistingMemberFacts, recordExistingMember } from './existing-member';
import { existingMemberProblems } from './existing-member.rules';
import { personFieldsOf } from './person-fields';
import { Person } from './person.entity';
import { personRecordedData, personView } from './person.view';

export const PERSON = { vi: 'người', en: 'Person' };

export function duplicateCitizenId(citizenId: string): DomainError {
  return DomainError.conflict({
    vi: `Số CCCD ${citizenId} đã có trong hồ sơ của một người khác; mỗi người chỉ có một hồ sơ`,
    en: `Citizen ID ${citizenId} already belongs to another person record; one record per person`,
  });
}

/** Person records: a quần chúng, the start of every membership story, or a member already in the Party. */
@Injectable()
export class PeopleService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(MEMBER_ROUTES.createPerson)
  async createPerson(input: RouteInput<typeof MEMBER_ROUTES.createPerson>, { em, uow, principal }: CommandContext) {
    const today = todayInVietnam();
    await this.tree.assertInScope(principal, [input.orgId], today, em);
    if (!(await versionAt(em, input.orgId, today))) {
      throw DomainError.rule(
        { vi: `Tổ chức đảng không tồn tại vào ngày ${today}`, en: `The organization does not exist on ${today}` },
        undefined,
        [{ field: 'orgId', vi: 'Tổ chức không tồn tại hoặc đã kết thúc', en: 'Unknown or ended organization' }],
      );
    }
    if (await em.findOne(Person, { citizenId: input.citizenId })) throw duplicateCitizenId(input.citizenId);
    const p = em.create(Person, personFieldsOf(input));
    uow.add(p);
    uow.event(PersonRecorded, personRecordedData(p), today);
    uow.audit('person.recorded', 'person', p.id, null, personView(p));
    // two requests with one CCCD at once: the unique index decides
    await uow.flushOrConflict(() => duplicateCitizenId(input.citizenId));
    return personView(p);
  }

  /**
   * A member already in the Party (back-fill; the roster import records its rows the same way):
   * the person and their historical dates, published as `member.registered` on the admission
   * decision date — never an admission. Official, or still probationary without an official date.
   */
  @Handles(MEMBER_ROUTES.registerExisting)
  async registerExisting(input: RouteInput<typeof MEMBER_ROUTES.registerExisting>, { em, uow, principal }: CommandContext) {
    const facts = await lookUpExistingMemberFacts(em, this.tree, principal, [input], todayInVietnam());
    const problems = existingMemberProblems(input, facts);
    if (problems.length) throw existingMemberRefusal(problems);
    const person = recordExistingMember(uow, input, facts);
    await uow.flushOrConflict((err) => (err.message.includes('card_number') ? duplicateCard(input.cardNumber ?? '') : duplicateCitizenId(input.citizenId)));
    return personView(person);
  }
}
