import type { Provider } from '@nestjs/common';
import type { ConsumerSpec } from '@party/messaging';
import { disciplineHandlers } from './discipline.projection';
import { programHandlers } from './inspection-programs.projection';

export const INSPECTION_CONSUMER = 'reporting-inspection';

/**
 * Everything reporting takes from the inspection service's stream, in one durable consumer (one
 * per source stream): programs' conclusions and dossier surveys (`programHandlers`); the
 * disciplines of members (`disciplineHandlers`).
 */
export function inspectionConsumerSpec(): ConsumerSpec {
  return { name: INSPECTION_CONSUMER, source: 'inspection', handlers: [...programHandlers(), ...disciplineHandlers()] };
}

export const InspectionConsumer = Symbol('InspectionConsumer');
export const inspectionConsumerProvider: Provider<ConsumerSpec> = { provide: InspectionConsumer, useFactory: inspectionConsumerSpec };
