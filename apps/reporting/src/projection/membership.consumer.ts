import type { Provider } from '@nestjs/common';
import type { ConsumerSpec } from '@party/messaging';
import { orgReplicaConsumer } from '@party/org-replica';
import { recountOrganizationFacts } from './member-counters';
import { memberHandlers } from './member.projection';
import { ratingHandlers } from './rating.projection';

export const MEMBERSHIP_CONSUMER = 'reporting-membership';

/** The organization tree and its life events (the replica), the members (`member_fact`, `member_interval`) and their ratings (`rating_fact`), from membership's stream. */
export function membershipConsumerSpec(): ConsumerSpec {
  // after an organization's versions change, its facts' place in the tree is decided again (the whole bloc's flow counters)
  return orgReplicaConsumer({ name: MEMBERSHIP_CONSUMER, alsoHandle: [...memberHandlers(), ...ratingHandlers()], afterVersions: recountOrganizationFacts });
}

export const MembershipConsumer = Symbol('MembershipConsumer');
export const membershipConsumerProvider: Provider<ConsumerSpec> = { provide: MembershipConsumer, useFactory: membershipConsumerSpec };
