import { SchemaMigration } from './schema-migration';

/**
 * The session setting that lets one transaction empty a schema's audit log: only the demo reset
 * (`seed:demo -- --reset`, `set local party.audit_reset = 'on'` then `truncate`) uses it. Not a
 * security boundary — whoever owns the tables can drop the trigger — but a line nobody crosses by
 * mistake: no code path of a service updates, deletes or truncates its audit.
 */
export const AUDIT_RESET_SETTING = 'party.audit_reset';

/**
 * The audit log is append-only in the database itself (issue 16): a statement trigger refuses
 * every UPDATE and DELETE on `audit_log`, and a TRUNCATE unless the transaction set
 * `party.audit_reset` (the demo reset). Written once; each service's migration of that name is
 * this class, so every schema — a new service's too — gets the same trigger.
 */
export abstract class AuditAppendOnlyMigration extends SchemaMigration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "__schema__"."audit_log_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' and coalesce(current_setting('${AUDIT_RESET_SETTING}', true), '') = 'on' then
    return null;
  end if;
  raise exception 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa (%) / The audit log is append-only (%)', tg_op, tg_op
    using errcode = 'insufficient_privilege', table = tg_table_name;
end
$$;`);
    this.addSql(`create trigger "audit_log_no_update_delete" before update or delete on "__schema__"."audit_log" for each statement execute function "__schema__"."audit_log_append_only"();`);
    this.addSql(`create trigger "audit_log_no_truncate" before truncate on "__schema__"."audit_log" for each statement execute function "__schema__"."audit_log_append_only"();`);
    // the audit page lists newest first
    this.addSql(`create index "audit_log_at_id_index" on "__schema__"."audit_log" ("at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "__schema__"."audit_log_at_id_index";`);
    this.addSql(`drop trigger if exists "audit_log_no_truncate" on "__schema__"."audit_log";`);
    this.addSql(`drop trigger if exists "audit_log_no_update_delete" on "__schema__"."audit_log";`);
    this.addSql(`drop function if exists "__schema__"."audit_log_append_only"();`);
  }
}
