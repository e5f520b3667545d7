import type { Calculator } from './calculators';

/** The year-end figures of the cadre service's planning facts (filled as the capability is built). */
export const cadrePlanningCalculators: Calculator[] = [];
