/**
 * Who a person is and the statistics dimensions they are counted by, field by field: what a
 * person's command carries into the record, and what the record's view, the roster and the
 * demo's commands carry out of it. One list, so a new identity field reaches all of them.
 */
export const PERSON_IDENTITY_FIELDS = [
  'fullName',
  'dateOfBirth',
  'gender',
  'citizenId',
  'ethnicity',
  'religion',
  'hometown',
  'generalEducation',
  'professionalEducation',
  'theoryLevel',
  'occupation',
  'position',
] as const;
export type PersonIdentityField = (typeof PERSON_IDENTITY_FIELDS)[number];

/** The identity fields `p` has (a field it does not declare stays out of the type, and is undefined). */
export function personIdentityOf<P extends Partial<Record<PersonIdentityField, unknown>>>(p: P): Pick<P, PersonIdentityField & keyof P> {
  return Object.fromEntries(PERSON_IDENTITY_FIELDS.map((f) => [f, p[f]])) as Pick<P, PersonIdentityField & keyof P>;
}
