import { MemberReassigned, ReassignmentReason } from '@party/contracts';
import { Person } from '../people/person.entity';
import { Transfer } from '../transfers/transfer.entity';
import { inTransitTo, laterArrivalsIn, MemberOfEnding, membersOfEnding, movedLater, TransitToEnding } from './member-reassignment';
import { MemberReassignment } from './member-reassignment.entity';
import { Organization, OrganizationVersion } from './organization.entity';
import { OrgDecision, rule } from './organization-decision';
import { laterArrivalsProblem, memberDestinationProblem } from './organization.rules';
import { versionAt } from './organization.tree';

/**
 * The members of organizations a decision ends (merger, split, dissolution): who is counted there
 * on the effective date, who is on their way there, where the decision may send them, and the
 * reassignment itself — never a transfer.
 */
export class MemberCarrier {
  constructor(private readonly d: OrgDecision) {}

  /**
   * The members counted in the organizations that end, on the effective date — refused first when
   * something recorded would still bring members into them afterwards (a later-dated transfer or
   * admission), which no reassignment could carry.
   */
  async membersOfEnding(ending: ReadonlyMap<string, string>): Promise<MemberOfEnding[]> {
    const ids = new Set(ending.keys());
    const later = await laterArrivalsIn(this.d.em, ids, this.d.effectiveOn);
    if (later.length) {
      const orgName = ending.get(later[0].orgId) ?? later[0].orgId;
      throw rule(laterArrivalsProblem(orgName, this.d.effectiveOn, later.map((l) => l.fullName)), 'effectiveOn');
    }
    return membersOfEnding(this.d.em, ids, this.d.effectiveOn);
  }

  /**
   * Transfers on their way to the organizations that end, each member locked as a transfer command
   * locks them, then read again (an arrival recorded meanwhile is no longer in transit).
   */
  async inTransitTo(ending: ReadonlyMap<string, string>): Promise<TransitToEnding[]> {
    const ids = new Set(ending.keys());
    const first = await inTransitTo(this.d.em, ids);
    if (!first.length) return [];
    await this.d.em.execute(`select pg_advisory_xact_lock(hashtext(k)) from (select unnest(array[?]::text[]) as k order by 1) keys`, [[...new Set(first.map((t) => `membership.transfer.${t.personId}`))]]);
    return inTransitTo(this.d.em, ids);
  }

  /** An existing organization named to take members: in scope, a chi bộ of the tree on the date, not one that ends. */
  async destination(orgId: string, ending: ReadonlyMap<string, string>, field: string): Promise<OrganizationVersion> {
    await this.d.inScope(orgId);
    const org = await this.d.em.findOne(Organization, { id: orgId });
    const v = org ? await versionAt(this.d.em, orgId, this.d.effectiveOn) : null;
    if (!org || !v || org.endedOn !== null || ending.has(orgId)) {
      throw rule({ vi: `Tổ chức nhận đảng viên không tồn tại hoặc không còn hoạt động sau ngày ${this.d.effectiveOn}`, en: `The organization named to take the members does not exist or does not continue after ${this.d.effectiveOn}` }, field);
    }
    this.assertTakesMembers(v, field);
    return v;
  }

  assertTakesMembers(v: Pick<OrganizationVersion, 'kind' | 'name'>, field: string): void {
    const problem = memberDestinationProblem(v.kind, v.name);
    if (problem) throw rule(problem, field);
  }

  /** Who is counted in the organizations that end and who is on their way there go to `to`: reassigned, their letters redirected. */
  async carry(people: { members: readonly MemberOfEnding[]; transit: readonly TransitToEnding[] }, to: Pick<OrganizationVersion, 'orgId'>, reason: ReassignmentReason): Promise<void> {
    await this.reassign(people.members, to, reason);
    await this.redirect(people.transit, to, reason);
  }

  /**
   * Carries members to `to` from the effective date: one reassignment row, one audit entry and one
   * `member.reassigned` event each, in this transaction. The person's current organization follows
   * unless a transfer recorded with a later date already moved them on.
   */
  private async reassign(members: readonly MemberOfEnding[], to: Pick<OrganizationVersion, 'orgId'>, reason: ReassignmentReason): Promise<void> {
    const { em, effectiveOn, decisionNumber } = this.d;
    const moving = members.filter((m) => m.orgId !== to.orgId);
    if (!moving.length) return;
    const ids = moving.map((m) => m.personId);
    const later = await movedLater(em, ids, effectiveOn);
    const people = new Map((await em.find(Person, { id: { $in: ids } })).map((p) => [p.id, p]));
    for (const m of moving) {
      const person = people.get(m.personId);
      if (!person) continue;
      const row = em.create(MemberReassignment, { personId: m.personId, fromOrgId: m.orgId, toOrgId: to.orgId, effectiveOn, reason, decisionNumber });
      em.persist(row);
      const before = { orgId: m.orgId, currentOrgId: person.orgId };
      if (!later.has(m.personId)) person.orgId = to.orgId;
      this.d.audit('member.reassigned', m.personId, before, { orgId: to.orgId, currentOrgId: person.orgId, reason, reassignmentId: row.id }, 'person');
      this.d.event(MemberReassigned, { personId: m.personId, orgId: to.orgId, fromOrgId: m.orgId, toOrgId: to.orgId, effectiveOn, reason, decisionNumber });
      this.d.membersReassigned++;
    }
  }

  /**
   * The introduction letters of members on their way to an organization that ends now lead where
   * the decision sends its members (the journey's start stays as it was); audited on the transfer.
   */
  private async redirect(transits: readonly TransitToEnding[], to: Pick<OrganizationVersion, 'orgId'>, reason: ReassignmentReason): Promise<void> {
    if (!transits.length) return;
    const rows = new Map((await this.d.em.find(Transfer, { id: { $in: transits.map((t) => t.transferId) } })).map((t) => [t.id, t]));
    for (const t of transits) {
      const row = rows.get(t.transferId);
      if (!row) continue;
      row.toOrgId = to.orgId;
      this.d.audit('transfer.redirected', row.id, { toOrgId: t.toOrgId }, { toOrgId: to.orgId, personId: t.personId, reason }, 'transfer');
      this.d.transfersRedirected++;
    }
  }
}
