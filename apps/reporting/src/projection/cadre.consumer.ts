import type { Provider } from '@nestjs/common';
import type { ConsumerSpec } from '@party/messaging';
import { cadreCommitteesHandlers } from './cadre-committees.projection';
import { cadrePlanningHandlers } from './cadre-planning.projection';
import { cadreVettingHandlers } from './cadre-vetting.projection';

export const CADRE_CONSUMER = 'reporting-cadre';

/** Everything reporting takes from the cadre service's stream, in one durable consumer: committees and consolidation, planning and votes, vetting. */
export function cadreConsumerSpec(): ConsumerSpec {
  return { name: CADRE_CONSUMER, source: 'cadre', handlers: [...cadreCommitteesHandlers(), ...cadrePlanningHandlers(), ...cadreVettingHandlers()] };
}

export const CadreConsumer = Symbol('CadreConsumer');
export const cadreConsumerProvider: Provider<ConsumerSpec> = { provide: CadreConsumer, useFactory: cadreConsumerSpec };
