import { SchemaMigration } from '@party/database';

export class Migration20261201234729_inspection_facts extends SchemaMigration {

  // the two tables were empty: nothing wrote them before the inspection facts fed them
  override async up(): Promise<void> {
    this.addSql(`alter table "__schema__"."discipline_record" add column "decision_id" uuid not null, add column "case_id" uuid null, add column "level" text not null, add column "effective_on" date not null, add column "applied" boolean not null default true, add column "not_applied_reason" text null, add column "annulled_on" date null, add column "annulment_decision_number" text null, add column "recorded_at" timestamptz not null;`);
    this.addSql(`alter table "__schema__"."discipline_record" add constraint "discipline_record_decision_id_unique" unique ("decision_id");`);

    this.addSql(`alter table "__schema__"."inspection_hold" add column "source_id" uuid not null, add column "detail" text null, add column "recorded_at" timestamptz not null;`);
    this.addSql(`alter table "__schema__"."inspection_hold" add constraint "inspection_hold_kind_source_id_unique" unique ("kind", "source_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "__schema__"."discipline_record" drop constraint "discipline_record_decision_id_unique";`);
    this.addSql(`alter table "__schema__"."discipline_record" drop column "decision_id", drop column "case_id", drop column "level", drop column "effective_on", drop column "applied", drop column "not_applied_reason", drop column "annulled_on", drop column "annulment_decision_number", drop column "recorded_at";`);

    this.addSql(`alter table "__schema__"."inspection_hold" drop constraint "inspection_hold_kind_source_id_unique";`);
    this.addSql(`alter table "__schema__"."inspection_hold" drop column "source_id", drop column "detail", drop column "recorded_at";`);
  }

}
