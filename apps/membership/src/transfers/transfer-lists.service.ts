import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, MissingDossierView, pageOf, RouteInput, todayInVietnam, TRANSFER_ROUTES, TransferDeadlineView, TransferState, TransferView } from '@party/contracts';
import { addMonths, isOnOrBefore, versionOn } from '@party/rules';
import { Handles, QueryContext } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { placementsOn } from './headcount';
import { Transfer } from './transfer.entity';
import { TRANSFER_DOSSIER_RULES } from './transfer.rules';
import { assertEitherEnd, eitherEndIn, namesOf, openDeadlines, TRANSFER, transferView } from './transfer.view';

export const HEADCOUNT_RULE = {
  vi: 'Đảng viên đang trên đường chuyển sinh hoạt nội bộ được tính ở nơi đi đến hết ngày trước ngày đến và ở nơi đến từ ngày đến; chuyển ra ngoài Khối thôi tính từ ngày ký giấy giới thiệu; chuyển vào tính từ ngày nơi nhận tiếp nhận; sinh hoạt tạm thời không tính ở nơi sinh hoạt tạm thời.',
  en: 'A member in transit between two organizations of the bloc is counted at the source up to the day before arrival and at the destination from the arrival date; a transfer out of the bloc stops the count on the letter date; a transfer in starts it on the day the receiving organization accepts the letter; a temporary transfer is never counted at the host.',
};

/** What each state means on `asOf`, as far as the database can tell (overdue needs the calendar too). */
function stateFilter(state: TransferState | undefined, asOf: string): FilterQuery<Transfer> {
  switch (state) {
    case 'inTransit':
      return { kind: 'internal', departedOn: { $lte: asOf }, $or: [{ arrivedOn: null }, { arrivedOn: { $gt: asOf } }] };
    case 'arrived':
      return { kind: { $in: ['internal', 'in'] }, arrivedOn: { $lte: asOf } };
    case 'completed':
      return { effectiveOn: { $lte: asOf } };
    case 'overdue':
      return { kind: { $in: ['internal', 'in'] }, departedOn: { $lte: asOf }, $or: [{ arrivedOn: null }, { activityStartedOn: null }] };
    default:
      return {};
  }
}

/**
 * Reading transfers: the list by state, the deadline and dossier worklists, one transfer, and
 * the headcount that never counts a member twice or not at all. Every list is scoped by either
 * end of the transfer (a secretary sees their subtree by default), filtered and sorted in memory:
 * a bloc records a few hundred transfers a year, and "overdue" is a working-day computation.
 */
@Injectable()
export class TransferListsService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(TRANSFER_ROUTES.list)
  async list(q: RouteInput<typeof TRANSFER_ROUTES.list>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const where: FilterQuery<Transfer>[] = [eitherEndIn(scope), stateFilter(q.state, asOf)];
    if (q.kind) where.push({ kind: q.kind });
    if (q.personId) where.push({ personId: q.personId });
    const rows = await em.find(Transfer, { $and: where });
    const names = await namesOf(em, rows);
    const name = (t: Transfer) => names.get(t.personId) ?? '';
    const matching = q.state === 'overdue' ? rows.filter((t) => openDeadlines(t, name(t), asOf).some((d) => d.status === 'overdue')) : rows;
    const items = matching.map((t) => transferView(t, name(t)));
    const byName = (a: TransferView, b: TransferView) => a.fullName.localeCompare(b.fullName, 'vi');
    const byDate = (key: 'departedOn' | 'effectiveOn') => (a: TransferView, b: TransferView) => (a[key] ?? '9999').localeCompare(b[key] ?? '9999') || a.id.localeCompare(b.id);
    items.sort(q.sort === 'fullName' ? (a, b) => byName(a, b) || byDate('departedOn')(a, b) : byDate(q.sort));
    if (q.order === 'desc') items.reverse();
    return { asOf, ...pageOf(items, q) };
  }

  /** Internal and incoming transfers whose letter is not presented or whose activity has not started. */
  @Handles(TRANSFER_ROUTES.deadlines)
  async deadlines(q: RouteInput<typeof TRANSFER_ROUTES.deadlines>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const rows = await em.find(Transfer, { $and: [eitherEndIn(scope), stateFilter('overdue', asOf)] });
    const names = await namesOf(em, rows);
    const items = rows.flatMap((t) => openDeadlines(t, names.get(t.personId) ?? '', asOf)).filter((d) => (!q.status || d.status === q.status) && (!q.stage || d.stage === q.stage));
    const byName = (a: TransferDeadlineView, b: TransferDeadlineView) => a.fullName.localeCompare(b.fullName, 'vi');
    items.sort(q.sort === 'fullName' ? (a, b) => byName(a, b) || a.deadline.localeCompare(b.deadline) : (a, b) => a.deadline.localeCompare(b.deadline) || byName(a, b));
    if (q.order === 'desc') items.reverse();
    return { asOf, ...pageOf(items, q) };
  }

  /** The 3-monthly check: members transferred in whose dossier has not arrived 3 months after arrival. */
  @Handles(TRANSFER_ROUTES.missingDossiers)
  async missingDossiers(q: RouteInput<typeof TRANSFER_ROUTES.missingDossiers>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const rule = versionOn(TRANSFER_DOSSIER_RULES, asOf);
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const before = addMonths(asOf, -rule.params.months);
    const rows = await em.find(Transfer, { $and: [eitherEndIn(scope), { kind: 'in', dossierReceivedOn: null, arrivedOn: { $lte: before } }] });
    const names = await namesOf(em, rows);
    const items = rows.map(
      (t): MissingDossierView => ({
        transferId: t.id,
        personId: t.personId,
        fullName: names.get(t.personId) ?? '',
        toOrgId: t.toOrgId,
        fromCommittee: t.fromCommittee,
        arrivedOn: t.arrivedOn as string,
        monthsWaiting: monthsBetween(t.arrivedOn as string, asOf),
      }),
    );
    const byName = (a: MissingDossierView, b: MissingDossierView) => a.fullName.localeCompare(b.fullName, 'vi');
    items.sort(q.sort === 'fullName' ? byName : (a, b) => a.arrivedOn.localeCompare(b.arrivedOn) || a.transferId.localeCompare(b.transferId));
    if (q.order === 'desc') items.reverse();
    return { asOf, arrivedOnOrBefore: before, regulation: rule.regulation, ...pageOf(items, q) };
  }

  @Handles(TRANSFER_ROUTES.get)
  async get(q: RouteInput<typeof TRANSFER_ROUTES.get>, { em, principal }: QueryContext) {
    const t = await em.findOne(Transfer, { id: q.id });
    if (!t) throw DomainError.notFound(TRANSFER);
    await assertEitherEnd(this.tree, principal, t, todayInVietnam(), em);
    const person = await em.findOneOrFail(Person, { id: t.personId });
    return transferView(t, person.fullName);
  }

  /** Members counted in an organization's subtree (or the caller's scope, or the bloc) on a date. */
  @Handles(TRANSFER_ROUTES.headcount)
  async headcount(q: RouteInput<typeof TRANSFER_ROUTES.headcount>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, asOf, em);
    const subtree = scope ? new Set(scope) : null;
    const inside = (orgId: string | null) => !!orgId && (!subtree || subtree.has(orgId));
    const byOrg = new Map<string, number>();
    for (const p of await placementsOn(em, asOf)) if (inside(p.orgId)) byOrg.set(p.orgId, (byOrg.get(p.orgId) ?? 0) + 1);
    const open = await em.find(Transfer, { kind: 'internal', departedOn: { $lte: asOf }, $or: [{ effectiveOn: null }, { effectiveOn: { $gt: asOf } }] });
    const temporary = await em.find(Transfer, { kind: 'temporary', toOrgId: { $ne: null }, departedOn: { $lte: asOf }, untilOn: { $gte: asOf } });
    return {
      orgId: q.orgId ?? principal.orgScopeId,
      asOf,
      total: [...byOrg.values()].reduce((a, b) => a + b, 0),
      byOrg: [...byOrg.entries()].map(([orgId, count]) => ({ orgId, count })).sort((a, b) => b.count - a.count || a.orgId.localeCompare(b.orgId)),
      inTransitCountedAtSource: open.filter((t) => inside(t.fromOrgId)).length,
      temporaryHostedNotCounted: temporary.filter((t) => inside(t.toOrgId)).length,
      rule: HEADCOUNT_RULE,
    };
  }
}

function monthsBetween(from: string, to: string): number {
  let m = 0;
  while (isOnOrBefore(addMonths(from, m + 1), to)) m++;
  return m;
}
