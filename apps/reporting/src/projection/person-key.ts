import type { TrainingPerson } from '@party/contracts';

/** One key per person across training facts: membership's id, else the citizen ID, else name + birth date. */
export function personKey(p: TrainingPerson, fallback: string): string {
  if (p.personId) return `p:${p.personId}`;
  if (p.citizenId) return `c:${p.citizenId}`;
  if (p.fullName) return `n:${p.fullName.toLocaleLowerCase('vi')}|${p.dateOfBirth ?? ''}`;
  return `x:${fallback}`;
}
