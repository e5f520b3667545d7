import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';

/** The committees capability's entities, request handlers and consumers (filled as it is built). */
export const COMMITTEES_ENTITIES: EntityClass<unknown>[] = [];
export const COMMITTEES_PROVIDERS: Provider[] = [];
export const COMMITTEES_CONSUMERS: Provider[] = [];
