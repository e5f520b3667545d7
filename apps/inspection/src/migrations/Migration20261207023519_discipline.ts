import { SchemaMigration } from '@party/database';

/**
 * Inspection cases about members, disciplines, denunciations and complaints, and the copy of
 * membership's people (filled by the new durable consumer `inspection-people` from the stream's start).
 */
export class Migration20261207023519_discipline extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."complaint" ("id" uuid not null, "kind" text not null, "discipline_id" uuid null, "person_id" uuid null, "org_id" text null, "received_on" date not null, "complainant" text null, "summary" text not null, "resolving_level" text not null, "deadline" date not null, "working_days" int not null, "regulation" text not null, "resolved_on" date null, "outcome" text null, "ruling" text null, "new_level" text null, "decision_number" text null, "conclusion" text null, "created_at" timestamptz not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_discipline_id_index" on "__schema__"."complaint" ("discipline_id");`);
    this.addSql(`create index "complaint_person_id_index" on "__schema__"."complaint" ("person_id");`);
    this.addSql(`create index "complaint_resolved_on_deadline_index" on "__schema__"."complaint" ("resolved_on", "deadline");`);

    this.addSql(`create table "__schema__"."discipline" ("id" uuid not null, "subject" text not null, "person_id" uuid null, "org_id" text null, "case_id" uuid null, "violation" text not null, "proposed_level" text null, "level" text not null, "deciding_body" text not null, "competence_regulation" text not null, "decided_on" date not null, "decision_number" text not null, "effective_on" date not null, "period_months" int null, "status" text not null default 'in_force', "annulled_on" date null, "annulment_decision_number" text null, "replaces" uuid null, "replaced_by" uuid null, "created_at" timestamptz not null, constraint "discipline_pkey" primary key ("id"));`);
    this.addSql(`create index "discipline_person_id_index" on "__schema__"."discipline" ("person_id");`);
    this.addSql(`create index "discipline_org_id_index" on "__schema__"."discipline" ("org_id");`);
    this.addSql(`create index "discipline_decided_on_index" on "__schema__"."discipline" ("decided_on");`);

    this.addSql(`create table "__schema__"."inspected_person" ("person_id" uuid not null, "full_name" text null, "date_of_birth" date null, "org_id" text null, "status" text not null default 'masses', "admission_decision_date" date null, "official_date" date null, "ended_on" date null, "updated_at" timestamptz not null, constraint "inspected_person_pkey" primary key ("person_id"));`);

    this.addSql(`create table "__schema__"."inspection_case" ("id" uuid not null, "person_id" uuid not null, "org_id" text null, "opened_on" date not null, "decision_number" text not null, "grounds" text not null, "closed_on" date null, "outcome" text null, "conclusion" text null, "created_at" timestamptz not null, constraint "inspection_case_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_case_org_id_index" on "__schema__"."inspection_case" ("org_id");`);
    this.addSql(`create index "inspection_case_person_id_opened_on_index" on "__schema__"."inspection_case" ("person_id", "opened_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."complaint" cascade;`);

    this.addSql(`drop table if exists "__schema__"."discipline" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inspected_person" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inspection_case" cascade;`);
  }

}
