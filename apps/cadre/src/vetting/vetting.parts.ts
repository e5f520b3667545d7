import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';

/** The vetting capability's entities, request handlers and consumers (filled as it is built). */
export const VETTING_ENTITIES: EntityClass<unknown>[] = [];
export const VETTING_PROVIDERS: Provider[] = [];
export const VETTING_CONSUMERS: Provider[] = [];
