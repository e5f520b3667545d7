import type { OrgKind } from '../../api/orgs';

/**
 * The kinds an organization of each kind may sit under (`null` = the root), as contracts'
 * `ORG_KIND_DEFINITIONS` says (the spec checks they agree): that module builds zod schemas, which
 * must not enter the portal's bundle.
 */
export const PARENT_KINDS: Readonly<Record<OrgKind, readonly (OrgKind | null)[]>> = {
  bloc_committee: [null, 'bloc_committee'],
  grassroots_committee: ['bloc_committee'],
  grassroots_cell: ['bloc_committee'],
  sub_committee: ['grassroots_committee'],
  dependent_cell: ['grassroots_committee', 'sub_committee'],
  party_group: ['grassroots_cell', 'dependent_cell'],
};

export const ORG_KIND_ORDER = Object.keys(PARENT_KINDS) as OrgKind[];

/** The kinds that may be established under a parent of `parentKind` (null: at the root); all of them while the parent is unknown. */
export function childKinds(parentKind: OrgKind | null | undefined): OrgKind[] {
  if (parentKind === undefined) return ORG_KIND_ORDER;
  return ORG_KIND_ORDER.filter((kind) => PARENT_KINDS[kind].includes(parentKind));
}

/** Kinds whose members sit in them (a chi bộ or tổ đảng): a đảng bộ's members sit in its chi bộ. */
export function takesMembers(kind: OrgKind): boolean {
  return !['bloc_committee', 'grassroots_committee', 'sub_committee'].includes(kind);
}

/** A tổ đảng has no organization under it: the tree shows no switch to open it. */
export function isLeafKind(kind: OrgKind): boolean {
  return kind === 'party_group';
}
