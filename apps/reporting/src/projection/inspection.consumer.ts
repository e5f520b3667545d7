import type { Provider } from '@nestjs/common';
import type { ConsumerSpec } from '@party/messaging';
import { programHandlers } from './inspection-programs.projection';

export const INSPECTION_CONSUMER = 'reporting-inspection';

/**
 * Everything reporting takes from the inspection service's stream, in one durable consumer (one
 * per source stream): programs' conclusions and dossier surveys (`programHandlers`); the
 * discipline figures join here with their own handlers.
 */
export function inspectionConsumerSpec(): ConsumerSpec {
  return { name: INSPECTION_CONSUMER, source: 'inspection', handlers: [...programHandlers()] };
}

export const InspectionConsumer = Symbol('InspectionConsumer');
export const inspectionConsumerProvider: Provider<ConsumerSpec> = { provide: InspectionConsumer, useFactory: inspectionConsumerSpec };
