import { CreatePersonInput, searchableName } from '@party/contracts';

/** The person's identity and statistics dimensions as stored, with the name as search finds it. */
export function personFieldsOf(input: Omit<CreatePersonInput, 'position'> & { position?: string | null }) {
  return {
    fullName: input.fullName,
    searchName: searchableName(input.fullName),
    dateOfBirth: input.dateOfBirth,
    gender: input.gender,
    citizenId: input.citizenId,
    ethnicity: input.ethnicity,
    religion: input.religion,
    hometown: input.hometown,
    generalEducation: input.generalEducation,
    professionalEducation: input.professionalEducation,
    theoryLevel: input.theoryLevel,
    occupation: input.occupation,
    position: input.position ?? null,
    orgId: input.orgId,
  };
}
