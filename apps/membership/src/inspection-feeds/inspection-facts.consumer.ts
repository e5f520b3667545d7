import { Injectable } from '@nestjs/common';
import { ComplaintFiled, ComplaintResolved, DisciplineAnnulled, DisciplineDecided, InspectionCaseClosed, InspectionCaseOpened } from '@party/contracts';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { applyCaseClosed, applyCaseOpened, applyComplaintFiled, applyComplaintResolved, applyDisciplineAnnulled, applyDisciplineDecided } from './inspection-facts';

/**
 * Membership's durable consumer of the Inspection Committee's stream: inspection cases and
 * complaints (transfer holds), discipline decisions (badge holds, expulsion). The inbox makes a
 * redelivery a no-op; the inspection's ids make a republished fact one too.
 */
@Injectable()
export class InspectionFactsConsumer implements ConsumerSpec {
  readonly name = 'membership-inspection-facts';
  readonly source = 'inspection' as const;
  readonly handlers: EventHandler<any>[] = [
    on(InspectionCaseOpened, (e, em) => applyCaseOpened(em, e)),
    on(InspectionCaseClosed, (e, em) => applyCaseClosed(em, e)),
    on(ComplaintFiled, (e, em) => applyComplaintFiled(em, e)),
    on(ComplaintResolved, (e, em) => applyComplaintResolved(em, e)),
    on(DisciplineDecided, (e, em) => applyDisciplineDecided(em, e)),
    on(DisciplineAnnulled, (e, em) => applyDisciplineAnnulled(em, e)),
  ];
}
