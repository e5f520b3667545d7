import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateIssued, COURSE_CATEGORIES } from '@party/contracts';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { TrainingCertificate } from './certificate.entity';

/**
 * Keeps the local copy of training's certificates. The inbox (consumer, event id) makes a
 * redelivery a no-op; the upsert on the enrollment makes a republished fact with a new id
 * harmless too.
 */
@Injectable()
export class CertificateConsumer implements ConsumerSpec {
  readonly name = 'membership-certificates';
  readonly source = 'training' as const;
  readonly handlers: EventHandler<any>[] = [
    on(CertificateIssued, async (event, em: EntityManager) => {
      const d = event.data;
      const fields = {
        enrollmentId: d.enrollmentId,
        personId: d.person.personId,
        citizenId: d.person.citizenId,
        fullName: d.person.fullName,
        courseTypeCode: d.courseTypeCode,
        category: d.category,
        requiredFor: d.requiredFor,
        certificateNumber: d.certificateNumber,
        issuedOn: d.issuedOn,
        validUntil: d.validUntil,
        eventId: event.id,
      };
      const existing = await em.findOne(TrainingCertificate, { enrollmentId: d.enrollmentId });
      if (existing) Object.assign(existing, fields);
      else em.persist(em.create(TrainingCertificate, fields));
      await em.flush();
    }),
  ];
}

export const PARTY_AWARENESS: (typeof COURSE_CATEGORIES)[number] = 'partyAwareness';
