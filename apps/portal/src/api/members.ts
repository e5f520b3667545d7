import type { MembershipStatus } from '@party/contracts';
import { api } from './client';
import { queryString } from './orgs';

/** A person as `GET /api/members` lists them (membership's person view). */
export interface MemberSummary {
  id: string;
  fullName: string;
  dateOfBirth: string;
  gender: string;
  citizenId: string;
  orgId: string;
  status: MembershipStatus;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
}

export interface MemberPage {
  items: MemberSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TimelineEntry {
  eventId: string;
  /** `membership.member.admitted`, … */
  type: string;
  occurredOn: string;
  recordedAt: string;
  data: unknown;
}

export interface MemberDetail extends MemberSummary {
  hometown: string;
  occupation: string | null;
  position: string | null;
  admissionDecisionNumber: string | null;
  candidate: { id: string; status: string; nominatedOn: string; voteDate: string | null } | null;
  timeline: TimelineEntry[];
}

export interface MemberQuery {
  q?: string;
  orgId?: string;
  status?: MembershipStatus;
  page: number;
  pageSize: number;
}

export const MEMBER_PAGE_SIZE = 50;

/**
 * The statuses of contracts' `MEMBERSHIP_STATUSES`, repeated here because that module builds zod
 * schemas at load time and importing a value from it would put zod in the bundle.
 */
export const MEMBER_STATUSES = [
  'masses', 'candidate', 'probationary', 'official', 'removedFromProbation', 'struckOff', 'left', 'died',
] as const satisfies readonly MembershipStatus[];

export const fetchMembers = (query: MemberQuery, signal?: AbortSignal) =>
  api<MemberPage>(`/api/members${queryString({ ...query })}`, { signal });

export const fetchMember = (id: string, signal?: AbortSignal) =>
  api<MemberDetail>(`/api/members/${encodeURIComponent(id)}`, { signal });
