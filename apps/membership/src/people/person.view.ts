import { personIdentityOf } from '@party/contracts';
import type { Person } from './person.entity';

export function personView(p: Person) {
  return {
    id: p.id,
    ...personIdentityOf(p),
    orgId: p.orgId,
    status: p.status,
    admissionDecisionDate: p.admissionDecisionDate,
    admissionDecisionNumber: p.admissionDecisionNumber,
    ceremonyDate: p.ceremonyDate,
    officialDate: p.officialDate,
  };
}
export type PersonView = ReturnType<typeof personView>;

/** The data of `person.recorded`: identity and the statistics dimensions. */
export function personRecordedData(p: Person) {
  return {
    personId: p.id,
    orgId: p.orgId,
    citizenId: p.citizenId,
    fullName: p.fullName,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    ethnicity: p.ethnicity,
    religion: p.religion,
    generalEducation: p.generalEducation,
    professionalEducation: p.professionalEducation,
    theoryLevel: p.theoryLevel,
  };
}
