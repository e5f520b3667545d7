import type { Permission } from '@party/contracts';
import type { MembershipStatus } from '../../api/members';

/** A command of another area, opened on this person (its form comes pre-filled). */
export interface MemberCommandLink {
  /** Text key under `memberRecord.actions`, and the link's id (`member-cmd-<key>`). */
  key: 'issueCard' | 'reissueCard' | 'convert' | 'transferOut' | 'transferInternal' | 'exemption' | 'strikeOff' | 'leave' | 'death';
  to: string;
  permission: Permission;
  /** Ending membership: shown apart, in red. */
  destructive?: boolean;
}

const ACTIVE_MEMBER: readonly MembershipStatus[] = ['probationary', 'official'];

/**
 * Which commands make sense for this person today: a card only for an official member (a new
 * one when they hold none, a reissue when they do), the conversion only for a probationary one,
 * transfers, exemption and leaving for any active member; nothing once membership has ended or
 * before it began. `hasActiveCard` undefined = not known yet (both card commands offered).
 */
export function memberCommandLinks(
  person: { id: string; status: MembershipStatus },
  allowed: (permission: Permission) => boolean,
  hasActiveCard?: boolean,
): MemberCommandLink[] {
  const q = `?personId=${encodeURIComponent(person.id)}`;
  const links: MemberCommandLink[] = [];
  if (person.status === 'official') {
    if (hasActiveCard !== true) links.push({ key: 'issueCard', to: `/cards/issue${q}`, permission: 'members:write' });
    if (hasActiveCard !== false) links.push({ key: 'reissueCard', to: `/cards/reissue${q}`, permission: 'members:write' });
  }
  if (person.status === 'probationary') {
    links.push({ key: 'convert', to: `/probation/${encodeURIComponent(person.id)}/convert`, permission: 'members:write' });
  }
  if (ACTIVE_MEMBER.includes(person.status)) {
    links.push(
      { key: 'transferOut', to: `/transfers/out${q}`, permission: 'members:write' },
      { key: 'transferInternal', to: `/transfers/internal${q}`, permission: 'members:write' },
      { key: 'exemption', to: `/leaving/exemption${q}`, permission: 'members:write' },
      { key: 'strikeOff', to: `/leaving/strike-off${q}`, permission: 'members:write', destructive: true },
      { key: 'leave', to: `/leaving/leave${q}`, permission: 'members:write', destructive: true },
      { key: 'death', to: `/leaving/death${q}`, permission: 'members:write', destructive: true },
    );
  }
  return links.filter((l) => allowed(l.permission));
}

/**
 * The transfer by which the person left the bloc, when their last transfer took them out of it
 * (their status stays "official": they are a member elsewhere). Null while they are here.
 */
export function transferOutOfBloc<T extends { kind: string; departedOn: string; effectiveOn: string | null }>(transfers: readonly T[]): T | null {
  const last = [...transfers].filter((t) => t.kind !== 'temporary').sort((a, b) => ((a.effectiveOn ?? a.departedOn) < (b.effectiveOn ?? b.departedOn) ? -1 : 1)).at(-1);
  return last?.kind === 'out' ? last : null;
}
