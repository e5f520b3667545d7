import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingCertificate } from '../certificates/certificate.entity';
import { membershipOrm } from '../membership.orm';

/** Membership as the service under test of a spec's stack (`useStack({ service: MEMBERSHIP, … })`). */
export const MEMBERSHIP = {
  service: 'membership' as const,
  orm: membershipOrm,
  loadModule: () => require('../app.module').AppModule,
  // certificates reach membership only as training's events: the world waits for its copy
  worldHooks: (em: () => EntityManager) => ({
    certificateSeen: async (personId: string, certificateNumber: string) => (await em().count(TrainingCertificate, { personId, certificateNumber })) === 1,
  }),
};
