import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';
import { PLANNING_CONSUMER_PROVIDERS } from './planning.consumers';
import { PLANNING_TABLE_ENTITIES } from './planning.entities';
import { PlanningService } from './planning.service';
import { PlanningReviewsService } from './reviews.service';
import { ConfidenceVotesService } from './votes.service';

/**
 * The planning capability: planning entries per post and term, the yearly reviews, confidence
 * votes; the consumers that take a person out of the plans when disciplined (inspection's
 * stream, `cadre-discipline`) or concluded not to meet the political standard (this service's
 * stream, `cadre-planning-vetting`).
 */
export const PLANNING_ENTITIES: EntityClass<unknown>[] = PLANNING_TABLE_ENTITIES;
export const PLANNING_PROVIDERS: Provider[] = [PlanningService, PlanningReviewsService, ConfidenceVotesService];
export const PLANNING_CONSUMERS: Provider[] = PLANNING_CONSUMER_PROVIDERS;
