import { SchemaMigration } from '@party/database';

/**
 * The course types every installation starts with (data, not code: more are added with
 * `training.courseType.add`). Written out here, not imported, so this migration never changes;
 * `training.spec.ts` checks it still agrees with `SEEDED_COURSE_TYPES` in contracts.
 */
export class Migration20261126214500_seed_course_types extends SchemaMigration {
  override async up(): Promise<void> {
    this.addSql(`insert into "__schema__"."course_type" ("code", "name_vi", "name_en", "category", "certificate_validity_months", "required_for", "created_at") values
      ('nhan-thuc-ve-dang', 'Bồi dưỡng nhận thức về Đảng', 'Awareness of the Party (for candidates)', 'partyAwareness', 60, 'admission', now()),
      ('llct-dang-vien-moi', 'Lý luận chính trị cho đảng viên mới', 'Political theory for new members', 'newMemberTheory', null, 'conversion', now()),
      ('trung-cap-llct', 'Trung cấp lý luận chính trị', 'Intermediate political theory', 'intermediateTheory', null, null, now()),
      ('cao-cap-llct', 'Cao cấp lý luận chính trị', 'Advanced political theory', 'advancedTheory', null, null, now()),
      ('doi-tuong-4', 'Lớp đối tượng 4', 'Object-4 class (defence and security knowledge)', 'object4', null, null, now()),
      ('nghiep-vu-cong-tac-dang', 'Bồi dưỡng nghiệp vụ công tác Đảng', 'Party-work professional training', 'professional', null, null, now())
      on conflict ("code") do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "__schema__"."course_type" where "code" in ('nhan-thuc-ve-dang', 'llct-dang-vien-moi', 'trung-cap-llct', 'cao-cap-llct', 'doi-tuong-4', 'nghiep-vu-cong-tac-dang');`);
  }
}
