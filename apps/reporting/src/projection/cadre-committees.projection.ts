import type { EntityClass } from '@mikro-orm/core';
import type { EventHandler } from '@party/messaging';

/** What reporting keeps of the cadre service's committees facts (filled as the capability is built). */
export const CADRE_COMMITTEES_FACT_ENTITIES: EntityClass<unknown>[] = [];
/** Their tables, emptied by `reporting.rebuild`. */
export const CADRE_COMMITTEES_FACT_TABLES: string[] = [];

export function cadreCommitteesHandlers(): EventHandler<any>[] {
  return [];
}
