import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';
import { COMMITTEE_ENTITY_CLASSES } from './committee.entities';
import { CommitteeCommandsService } from './committee-commands.service';
import { CommitteeQueriesService } from './committee-queries.service';
import { ConsolidationSummaryService } from './consolidation-summary.service';

/**
 * The committees capability: committees per organization and term (cấp ủy, ủy ban kiểm tra),
 * their elections, consolidations (kiện toàn) and departures, and who held which post when. It
 * reads the service's copies of the organization tree and of membership's people; it consumes
 * nothing of its own.
 */
export const COMMITTEES_ENTITIES: EntityClass<unknown>[] = COMMITTEE_ENTITY_CLASSES as EntityClass<unknown>[];
export const COMMITTEES_PROVIDERS: Provider[] = [CommitteeCommandsService, CommitteeQueriesService, ConsolidationSummaryService];
export const COMMITTEES_CONSUMERS: Provider[] = [];
