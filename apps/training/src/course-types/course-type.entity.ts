import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { CourseCategory, CourseRequirement, CourseTypeView } from '@party/contracts';

/** A kind of course, as data: the seeded ones come with the migration, more by command. */
@Entity({ tableName: 'course_type' })
export class CourseType {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameVi!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  category!: CourseCategory;

  @Property({ type: 'integer', nullable: true })
  certificateValidityMonths!: number | null;

  @Property({ type: 'text', nullable: true })
  requiredFor!: CourseRequirement | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export function courseTypeView(t: CourseType): CourseTypeView {
  return {
    code: t.code,
    nameVi: t.nameVi,
    nameEn: t.nameEn,
    category: t.category,
    certificateValidityMonths: t.certificateValidityMonths,
    requiredFor: t.requiredFor,
  };
}
