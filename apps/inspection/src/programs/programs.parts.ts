import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';

/** The programs capability's entities and providers (filled in by issue 12). */
export const PROGRAM_ENTITIES: EntityClass<unknown>[] = [];
export const PROGRAM_PROVIDERS: Provider[] = [];
