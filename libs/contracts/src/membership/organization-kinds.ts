import { z } from 'zod';

/**
 * Kinds of party organization, as data (DOMAIN.md, "Organizations"). `grassroots` marks a
 * tổ chức cơ sở đảng (TCCSĐ): a đảng bộ cơ sở or a chi bộ cơ sở — what `orgs.grassroots` counts.
 * `parentKinds` lists the kinds an organization of this kind may sit under (`null` = the root).
 */
export const ORG_KINDS = ['bloc_committee', 'grassroots_committee', 'grassroots_cell', 'sub_committee', 'dependent_cell', 'party_group'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface OrgKindDefinition {
  code: OrgKind;
  label: { vi: string; en: string };
  grassroots: boolean;
  /** A đảng bộ (has a committee and subordinate chi bộ) rather than a chi bộ or tổ đảng. */
  partyCommittee: boolean;
  /** A chi bộ: needs at least 3 official members (Điều lệ Đảng, Điều 21). */
  cell: boolean;
  parentKinds: readonly (OrgKind | null)[];
}

export const ORG_KIND_DEFINITIONS: Readonly<Record<OrgKind, OrgKindDefinition>> = {
  bloc_committee: {
    code: 'bloc_committee',
    label: { vi: 'Đảng bộ Khối (cấp trên cơ sở)', en: 'Bloc Party Committee (above grassroots)' },
    grassroots: false,
    partyCommittee: true,
    cell: false,
    parentKinds: [null, 'bloc_committee'],
  },
  grassroots_committee: {
    code: 'grassroots_committee',
    label: { vi: 'Đảng bộ cơ sở', en: 'Grassroots party committee' },
    grassroots: true,
    partyCommittee: true,
    cell: false,
    parentKinds: ['bloc_committee'],
  },
  grassroots_cell: {
    code: 'grassroots_cell',
    label: { vi: 'Chi bộ cơ sở', en: 'Grassroots party cell' },
    grassroots: true,
    partyCommittee: false,
    cell: true,
    parentKinds: ['bloc_committee'],
  },
  sub_committee: {
    code: 'sub_committee',
    label: { vi: 'Đảng bộ bộ phận', en: 'Party sub-committee' },
    grassroots: false,
    partyCommittee: true,
    cell: false,
    parentKinds: ['grassroots_committee'],
  },
  dependent_cell: {
    code: 'dependent_cell',
    label: { vi: 'Chi bộ trực thuộc', en: 'Dependent party cell' },
    grassroots: false,
    partyCommittee: false,
    cell: true,
    parentKinds: ['grassroots_committee', 'sub_committee'],
  },
  party_group: {
    code: 'party_group',
    label: { vi: 'Tổ đảng', en: 'Party group' },
    grassroots: false,
    partyCommittee: false,
    cell: false,
    parentKinds: ['grassroots_cell', 'dependent_cell'],
  },
};

export const orgKindSchema = z.enum(ORG_KINDS);

export function isGrassrootsKind(kind: OrgKind): boolean {
  return ORG_KIND_DEFINITIONS[kind].grassroots;
}
