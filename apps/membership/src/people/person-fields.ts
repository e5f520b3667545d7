import { CreatePersonInput, personIdentityOf, searchableName } from '@party/contracts';

/** The person's identity and statistics dimensions as stored, with the name as search finds it. */
export function personFieldsOf(input: Omit<CreatePersonInput, 'position'> & { position?: string | null }) {
  return {
    ...personIdentityOf(input),
    searchName: searchableName(input.fullName),
    position: input.position ?? null,
    orgId: input.orgId,
  };
}
