import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';
import { VettingCasesService } from './vetting-cases.service';
import { VettingLettersService } from './vetting-letters.service';
import { VettingStepsService } from './vetting-steps.service';
import { VettingSummaryService } from './vetting-summary.service';
import { VettingCase, VettingRequest } from './vetting.entities';

/**
 * Bảo vệ chính trị nội bộ (Quy định 58-QĐ/TW): vetting cases, letters to the police and their
 * replies, the standing committee's conclusions. People come from the cadre service's copy of
 * membership's people (`PersonReplica`, consumed in app.module); vetting consumes nothing itself.
 */
export const VETTING_ENTITIES: EntityClass<unknown>[] = [VettingRequest, VettingCase];
export const VETTING_PROVIDERS: Provider[] = [VettingCasesService, VettingStepsService, VettingLettersService, VettingSummaryService];
export const VETTING_CONSUMERS: Provider[] = [];
