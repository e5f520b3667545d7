import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';

/** The planning capability's entities, request handlers and consumers (filled as it is built). */
export const PLANNING_ENTITIES: EntityClass<unknown>[] = [];
export const PLANNING_PROVIDERS: Provider[] = [];
export const PLANNING_CONSUMERS: Provider[] = [];
