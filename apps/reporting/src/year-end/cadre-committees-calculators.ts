import type { Calculator } from './calculators';

/** The year-end figures of the cadre service's committees facts (filled as the capability is built). */
export const cadreCommitteesCalculators: Calculator[] = [];
