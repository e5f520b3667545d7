import { Injectable } from '@nestjs/common';
import { CommitteeConsolidated, CommitteeElected, CommitteeHolderLeft } from '@party/contracts';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { applyCommitteeConsolidated, applyCommitteeElected, applyCommitteeHolderLeft } from './committee-facts';

/**
 * Membership's durable consumer of the cadre service's stream: who holds which post on which
 * committee (`committee_holding`), for the rating's leadership disqualifier. The inbox makes a
 * redelivery a no-op; cadre's holding ids make a republished fact one too.
 */
@Injectable()
export class CadreCommitteesConsumer implements ConsumerSpec {
  readonly name = 'membership-cadre-committees';
  readonly source = 'cadre' as const;
  readonly handlers: EventHandler<any>[] = [
    on(CommitteeElected, (e, em) => applyCommitteeElected(em, e)),
    on(CommitteeConsolidated, (e, em) => applyCommitteeConsolidated(em, e)),
    on(CommitteeHolderLeft, (e, em) => applyCommitteeHolderLeft(em, e)),
  ];
}
