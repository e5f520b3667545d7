import { SchemaMigration } from '@party/database';

export class Migration20261207014500_user_last_login extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`alter table "__schema__"."app_user" add column "last_login_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "__schema__"."app_user" drop column "last_login_at";`);
  }

}
