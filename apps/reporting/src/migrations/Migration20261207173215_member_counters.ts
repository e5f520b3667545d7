import { SchemaMigration } from '@party/database';

export class Migration20261207173215_member_counters extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."member_flow_count" ("year" int not null, "type" text not null, "detail" text not null, "from_set" boolean not null, "to_set" boolean not null, "n" int not null, constraint "member_flow_count_pkey" primary key ("year", "type", "detail", "from_set", "to_set"));`);

    this.addSql(`create table "__schema__"."member_stock" ("org_id" text not null, "net" int not null, constraint "member_stock_pkey" primary key ("org_id"));`);

    this.addSql(`create table "__schema__"."member_stock_change" ("year" int not null, "org_id" text not null, "net" int not null, constraint "member_stock_change_pkey" primary key ("year", "org_id"));`);

    this.addSql(`alter table "__schema__"."member_fact" add column "in_bloc" boolean not null default false;`);

    // a read model that already holds facts gets its counters from them (the recount of member-counters.ts, as of this migration)
    this.addSql(`update "__schema__"."member_fact" f set in_bloc = true
      where exists (select 1 from "__schema__"."org_version" v where v.org_id = f.org_id and v.valid_from <= f.occurred_on and (v.valid_to is null or v.valid_to >= f.occurred_on));`);
    this.addSql(`insert into "__schema__"."member_stock_change" (year, org_id, net)
      select year, org_id, sum(n)::int from (
        select extract(year from valid_from)::int as year, org_id, 1 as n from "__schema__"."member_interval"
        union all
        select extract(year from valid_to)::int, org_id, -1 from "__schema__"."member_interval" where valid_to is not null
      ) x group by year, org_id having sum(n) <> 0;`);
    this.addSql(`insert into "__schema__"."member_stock" (org_id, net)
      select org_id, count(*)::int from "__schema__"."member_interval" where valid_to is null group by org_id;`);
    this.addSql(`insert into "__schema__"."member_flow_count" (year, type, detail, from_set, to_set, n)
      select extract(year from occurred_on)::int, type, coalesce(detail, ''), from_org_id is not null, to_org_id is not null, count(*)::int
        from "__schema__"."member_fact" where in_bloc group by 1, 2, 3, 4, 5;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."member_flow_count" cascade;`);

    this.addSql(`drop table if exists "__schema__"."member_stock" cascade;`);

    this.addSql(`drop table if exists "__schema__"."member_stock_change" cascade;`);

    this.addSql(`alter table "__schema__"."member_fact" drop column "in_bloc";`);
  }

}
