import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { MembershipStatus } from '@party/contracts';

/**
 * A person the Organization Board keeps: a mass (quần chúng) on the way, a candidate, a
 * probationary or an official member. `id` is the `personId` other services use. The
 * statistics dimensions hold codes of the code lists in `@party/contracts`.
 */
@Entity({ tableName: 'person' })
@Index({ properties: ['orgId', 'status'] })
// names in byte order whatever the database's collation: a search page reads a prefix of the folded
// name in index order (`member-search.ts`), which a linguistic collation (en_US) cannot serve
@Index({ name: 'person_search_name_index', expression: (table, columns, name) => `create index "${name}" on ${table} (${columns.searchName} collate "C")` })
// the member search's `like 'w%' or like '% w%'` per typed word, served by trigrams at a province's
// or the nation's size (`pg_trgm`, created by the migration; compared by name only)
@Index({ name: 'person_search_name_trgm_index', expression: (table, columns, name) => `create index "${name}" on ${table} using gin (${columns.searchName} public.gin_trgm_ops)` })
export class Person {
  [OptionalProps]?: 'id' | 'status' | 'professionalEducation' | 'theoryLevel' | 'occupation' | 'position' | 'admissionDecisionDate' | 'admissionDecisionNumber' | 'ceremonyDate' | 'officialDate' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  fullName!: string;

  /**
   * The name without diacritics, lower-case (`searchableName`). A search filters it per typed word
   * (`like 'w%' or like '% w%'`) and reads the matches relevance class by relevance class
   * (`member-search.ts`): the byte-ordered btree index above the class serves the prefix classes
   * and the list sorted by name; the trigram index, the `like` filter of the other classes at a
   * province's or the nation's size (BENCHMARKS.md, "At scale").
   */
  @Property({ type: 'text' })
  searchName!: string;

  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Property({ type: 'text' })
  gender!: string;

  /** CCCD, 12 digits. */
  @Unique()
  @Property({ type: 'text' })
  citizenId!: string;

  @Property({ type: 'text' })
  ethnicity!: string;

  @Property({ type: 'text' })
  religion!: string;

  @Property({ type: 'text' })
  hometown!: string;

  @Property({ type: 'text' })
  generalEducation!: string;

  @Property({ type: 'text', nullable: true })
  professionalEducation: string | null = null;

  @Property({ type: 'text', nullable: true })
  theoryLevel: string | null = null;

  @Property({ type: 'text', nullable: true })
  occupation: string | null = null;

  @Property({ type: 'text', nullable: true })
  position: string | null = null;

  /** The chi bộ / grassroots organization where the person is active. */
  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'text' })
  status: MembershipStatus = 'masses';

  /** Party age counts from it. */
  @Property({ type: 'date', nullable: true })
  admissionDecisionDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  admissionDecisionNumber: string | null = null;

  /** Probation counts from it. */
  @Property({ type: 'date', nullable: true })
  ceremonyDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  officialDate: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();

  /** The day the member stopped being active: struck off (either list), left, died. */
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null = null;

  @Property({ type: 'text', nullable: true })
  endReason?: string | null = null;

  @Property({ type: 'text', nullable: true })
  endDecisionNumber?: string | null = null;

  @Property({ type: 'date', nullable: true })
  deathNoticeSentOn?: string | null = null;

  /** Miễn sinh hoạt: from (inclusive) – to (inclusive, null = open). */
  @Property({ type: 'date', nullable: true })
  exemptFrom?: string | null = null;

  @Property({ type: 'date', nullable: true })
  exemptTo?: string | null = null;
}
