import { CADRE_CONSUMER, cadreConsumerProvider, cadreConsumerSpec } from './cadre.consumer';
import { INSPECTION_CONSUMER, inspectionConsumerProvider, inspectionConsumerSpec } from './inspection.consumer';
import { MEMBERSHIP_CONSUMER, membershipConsumerProvider, membershipConsumerSpec } from './membership.consumer';
import { TRAINING_CONSUMER, trainingConsumerProvider, trainingConsumerSpec } from './training.consumer';

/** The reporting service's durable consumers: one per source stream. */
export const REPORTING_CONSUMER_NAMES = [MEMBERSHIP_CONSUMER, TRAINING_CONSUMER, INSPECTION_CONSUMER, CADRE_CONSUMER] as const;
export const REPORTING_CONSUMER_PROVIDERS = [membershipConsumerProvider, trainingConsumerProvider, inspectionConsumerProvider, cadreConsumerProvider];
export const reportingConsumerSpecs = () => [membershipConsumerSpec(), trainingConsumerSpec(), inspectionConsumerSpec(), cadreConsumerSpec()];

/** Every event type a reporting consumer takes into account. */
export function handledEventTypes(): Set<string> {
  return new Set(reportingConsumerSpecs().flatMap((s) => s.handlers.map((h) => h.event.type)));
}
