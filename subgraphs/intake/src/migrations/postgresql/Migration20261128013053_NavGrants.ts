import { Migration } from '@mikro-orm/migrations';

export class Migration20261128013053_NavGrants extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "nav_grant" ("id" varchar(64) not null, "source_id" varchar(64) not null, "person_ref" varchar(64) null, "offer_id" varchar(64) null, "measure_code" varchar(64) not null, "description" varchar(300) not null, "granted" boolean not null, "status" varchar(32) not null, "status_on" varchar(10) not null, "start_date" varchar(10) null, "granted_on" varchar(10) null, "withdrawn_on" varchar(10) null, "withdrawal_reason" varchar(100) null, "feed_version" int not null, "updated_at" timestamptz not null, constraint "nav_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "nav_grant_person_ref_offer_id_index" on "nav_grant" ("person_ref", "offer_id");`);

    this.addSql(`create table "nav_grant_change" ("id" uuid not null, "grant_id" varchar(64) not null, "feed_version" int not null, "granted" boolean not null, "status" varchar(32) not null, "status_on" varchar(10) not null, "reason" varchar(100) null, "received_at" timestamptz not null, constraint "nav_grant_change_pkey" primary key ("id"));`);
    this.addSql(`create index "nav_grant_change_grant_id_index" on "nav_grant_change" ("grant_id");`);

    this.addSql(`alter table "nav_grant_change" add constraint "nav_grant_change_grant_id_foreign" foreign key ("grant_id") references "nav_grant" ("id") on update cascade;`);

    this.addSql(`alter table "decision" add column "decided_by" text check ("decided_by" in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null default 'ALLOCATION_OFFICE', add column "nav_grant_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "nav_grant_change" drop constraint "nav_grant_change_grant_id_foreign";`);

    this.addSql(`drop table if exists "nav_grant" cascade;`);

    this.addSql(`drop table if exists "nav_grant_change" cascade;`);

    this.addSql(`alter table "decision" drop column "decided_by", drop column "nav_grant_id";`);
  }

}
