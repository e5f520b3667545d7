import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';
import { DossierSurveysService } from './dossier-surveys.service';
import { PROGRAM_ENTITY_CLASSES } from './program.entities';
import { ProgramsService } from './programs.service';

/** The programs capability's entities and providers: programs, targets, phases, recommendations, dossier surveys. */
export const PROGRAM_ENTITIES: EntityClass<unknown>[] = PROGRAM_ENTITY_CLASSES as EntityClass<unknown>[];
export const PROGRAM_PROVIDERS: Provider[] = [ProgramsService, DossierSurveysService];
