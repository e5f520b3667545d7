import type { EntityClass } from '@mikro-orm/core';
import type { EventHandler } from '@party/messaging';

/** What reporting keeps of the cadre service's vetting facts (filled as the capability is built). */
export const CADRE_VETTING_FACT_ENTITIES: EntityClass<unknown>[] = [];
/** Their tables, emptied by `reporting.rebuild`. */
export const CADRE_VETTING_FACT_TABLES: string[] = [];

export function cadreVettingHandlers(): EventHandler<any>[] {
  return [];
}
