import { SchemaMigration } from '@party/database';

export class Migration20261202004706_subtree_org_indexes extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create index "member_fact_to_org_id_occurred_on_index" on "__schema__"."member_fact" ("to_org_id", "occurred_on");`);
    this.addSql(`create index "member_fact_from_org_id_occurred_on_index" on "__schema__"."member_fact" ("from_org_id", "occurred_on");`);

    this.addSql(`create index "training_enrollment_org_id_index" on "__schema__"."training_enrollment" ("org_id");`);

    this.addSql(`create index "training_registration_org_id_registered_on_index" on "__schema__"."training_registration" ("org_id", "registered_on");`);

    this.addSql(`create index "training_secretary_attendance_org_id_held_on_index" on "__schema__"."training_secretary_attendance" ("org_id", "held_on");`);

    this.addSql(`create index "training_sending_org_id_sent_on_index" on "__schema__"."training_sending" ("org_id", "sent_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "__schema__"."member_fact_to_org_id_occurred_on_index";`);
    this.addSql(`drop index "__schema__"."member_fact_from_org_id_occurred_on_index";`);

    this.addSql(`drop index "__schema__"."training_enrollment_org_id_index";`);

    this.addSql(`drop index "__schema__"."training_registration_org_id_registered_on_index";`);

    this.addSql(`drop index "__schema__"."training_secretary_attendance_org_id_held_on_index";`);

    this.addSql(`drop index "__schema__"."training_sending_org_id_sent_on_index";`);
  }

}
