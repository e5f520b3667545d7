import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';

/** The discipline capability's entities, providers and consumers (filled in by issue 12). */
export const DISCIPLINE_ENTITIES: EntityClass<unknown>[] = [];
export const DISCIPLINE_PROVIDERS: Provider[] = [];
export const DISCIPLINE_CONSUMERS: Provider[] = [];
