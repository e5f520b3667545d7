import type { EntityManager } from '@mikro-orm/postgresql';
import { DossierSurveyCompleted, InspectionConcluded, SupervisionConcluded } from '@party/contracts';
import { EventHandler, on } from '@party/messaging';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/**
 * The inspection service's programs and surveys as reporting counts them: a concluded target
 * (`inspection_conclusion`, one row per target, its kind, organization and conclusion date) and a
 * dossier survey (`dossier_survey_fact`). Keyed by the target and the survey: a redelivered or
 * replayed event finds its row (and its inbox entry) and adds nothing.
 */
export function programHandlers(): EventHandler<any>[] {
  const concluded = (kind: 'inspection' | 'supervision') => async (e: { data: { targetId: string; orgId: string; concludedOn: string }; recordedAt: string }, em: EntityManager) => {
    const d = e.data;
    await em.execute(
      `insert into "${schemaOf(em)}"."inspection_conclusion" (target_id, kind, org_id, concluded_on, recorded_at) values (?, ?, ?, ?, ?) on conflict (target_id) do nothing`,
      [d.targetId, kind, d.orgId, d.concludedOn, e.recordedAt],
    );
  };
  return [
    on(InspectionConcluded, concluded('inspection')),
    on(SupervisionConcluded, concluded('supervision')),
    on(DossierSurveyCompleted, async (e, em) => {
      const d = e.data;
      await em.execute(
        `insert into "${schemaOf(em)}"."dossier_survey_fact" (survey_id, org_id, surveyed_on, recorded_at) values (?, ?, ?, ?) on conflict (survey_id) do nothing`,
        [d.surveyId, d.orgId, d.surveyedOn, e.recordedAt],
      );
    }),
  ];
}
