import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingCertificate } from './certificate.entity';

/**
 * The person's latest certificate of a course category issued on or before `on` (by personId,
 * or by citizen ID when training enrolled them before membership knew them). Validity is the
 * caller's rule to apply.
 */
export async function latestCertificate(em: EntityManager, person: { id: string; citizenId: string }, category: string, on: string): Promise<TrainingCertificate | null> {
  return em.findOne(
    TrainingCertificate,
    { category, issuedOn: { $lte: on }, $or: [{ personId: person.id }, { citizenId: person.citizenId }] },
    { orderBy: { issuedOn: 'desc' } },
  );
}
