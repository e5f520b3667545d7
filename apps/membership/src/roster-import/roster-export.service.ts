import { Injectable } from '@nestjs/common';
import { personIdentityOf, ROSTER_FILE_ROUTES, RouteInput, StagedFile, todayInVietnam } from '@party/contracts';
import { Handles, QueryContext, UploadStaging } from '@party/service-kit';
import { PartyCard } from '../cards/party-card.entity';
import { OrganizationVersion } from '../organizations/organization.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { RosterLine, writeRoster } from './roster-export';

const CONTENT_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' } as const;

/**
 * Xuất danh sách đảng viên: the active members (probationary and official) of an organization's
 * subtree — never beyond the caller's scope — in the import's column shape, staged for download
 * (a bloc's roster is larger than one NATS message).
 */
@Injectable()
export class RosterExportService {
  constructor(
    private readonly tree: OrganizationTree,
    private readonly staging: UploadStaging,
  ) {}

  @Handles(ROSTER_FILE_ROUTES.export)
  async export(q: RouteInput<typeof ROSTER_FILE_ROUTES.export>, { em, principal }: QueryContext): Promise<StagedFile> {
    const today = todayInVietnam();
    let orgIds: string[] | null = null;
    if (q.orgId) {
      await this.tree.assertInScope(principal, [q.orgId], today, em);
      orgIds = await this.tree.subtreeIds(q.orgId, today, em);
    } else if (principal.orgScopeId !== null) {
      orgIds = await this.tree.subtreeIds(principal.orgScopeId, today, em);
    }
    const people = await em.find(
      Person,
      { status: { $in: ['probationary', 'official'] }, ...(orgIds ? { orgId: { $in: orgIds } } : {}) },
      { orderBy: { orgId: 'asc', searchName: 'asc', id: 'asc' } },
    );
    const ids = people.map((p) => p.id);
    const [cards, versions] = await Promise.all([
      ids.length ? em.find(PartyCard, { active: true, personId: { $in: ids } }) : [],
      em.find(OrganizationVersion, { validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gt: today } }] }, { fields: ['orgId', 'name'] }),
    ]);
    const cardOf = new Map(cards.map((c) => [c.personId, c]));
    const nameOf = new Map(versions.map((v) => [v.orgId, v.name]));
    const lines: RosterLine[] = people.map((p) => ({
      ...personIdentityOf(p),
      orgId: p.orgId,
      orgName: nameOf.get(p.orgId) ?? null,
      admissionDecisionDate: p.admissionDecisionDate,
      admissionDecisionNumber: p.admissionDecisionNumber,
      ceremonyDate: p.ceremonyDate,
      officialDate: p.officialDate,
      cardNumber: cardOf.get(p.id)?.cardNumber ?? null,
      cardIssuedOn: cardOf.get(p.id)?.issuedOn ?? null,
    }));
    const bytes = await writeRoster(q.format, lines);
    return this.staging.stage(principal, { fileName: `danh-sach-dang-vien-${today}.${q.format}`, contentType: CONTENT_TYPES[q.format], bytes });
  }
}
