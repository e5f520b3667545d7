import { Index, Property } from '@mikro-orm/core';
import type { PersonRef, TrainingPerson } from '@party/contracts';

/**
 * A person as training stores them: membership's `personId` when known, else the citizen ID.
 * `personKey` (`p:<personId>` or `c:<citizenId>`) is what uniqueness is enforced on.
 */
export abstract class PersonColumns {
  @Property({ type: 'text' })
  @Index()
  personKey!: string;

  @Property({ type: 'text', nullable: true })
  @Index()
  personId!: string | null;

  @Property({ type: 'text', nullable: true })
  @Index()
  citizenId!: string | null;

  @Property({ type: 'text', nullable: true })
  fullName!: string | null;

  @Property({ type: 'date', nullable: true })
  dateOfBirth!: string | null;
}

export function personKeyOf(p: { personId?: string | null; citizenId?: string | null }): string {
  return p.personId ? `p:${p.personId}` : `c:${p.citizenId}`;
}

/** Every key a person may be recorded under (a person given with both ids matches either). */
export function personKeysOf(p: { personId?: string | null; citizenId?: string | null }): string[] {
  return [p.personId ? `p:${p.personId}` : null, p.citizenId ? `c:${p.citizenId}` : null].filter((k): k is string => !!k);
}

export function personColumns(p: PersonRef): Pick<PersonColumns, 'personKey' | 'personId' | 'citizenId' | 'fullName' | 'dateOfBirth'> {
  return {
    personKey: personKeyOf(p),
    personId: p.personId ?? null,
    citizenId: p.citizenId ?? null,
    fullName: p.fullName ?? null,
    dateOfBirth: p.dateOfBirth ?? null,
  };
}

export function personOf(row: Pick<PersonColumns, 'personId' | 'citizenId' | 'fullName' | 'dateOfBirth'>): TrainingPerson {
  return { personId: row.personId, citizenId: row.citizenId, fullName: row.fullName, dateOfBirth: row.dateOfBirth };
}

export function describePerson(p: { personId?: string | null; citizenId?: string | null; fullName?: string | null }): string {
  const id = p.personId ? `mã ${p.personId}` : `CCCD ${p.citizenId}`;
  return p.fullName ? `${p.fullName} (${id})` : id;
}
