import { Migration } from '@mikro-orm/migrations';

export class Migration20261206222855_AuditArchive extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_archive" ("id" uuid not null, "before" timestamptz not null, "entries" int not null, "sha256" varchar(64) not null, "file" varchar(500) not null, "state" varchar(16) not null, "archived_at" timestamptz not null, "archived_by" varchar(200) not null, constraint "audit_archive_pkey" primary key ("id"));`);
    // A subject may be a participant's uuid or a subgraph's own (`nav-record:<id>`). Row triggers do not fire here.
    this.addSql(`alter table "audit_entry" alter column "participant_id" type varchar(64) using ("participant_id"::text);`);
    // Added by hand: the log stays append-only, except for the rows an archive run in state DELETING covers; such a
    // row exists only inside the run's own transaction (see audit/audit-archive.ts).
    this.addSql(`create or replace function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin if tg_op = 'DELETE' then if exists (select 1 from "audit_archive" a where a."state" = 'DELETING' and old."read_at" < a."before") then return old; end if; end if; raise exception 'audit_entry is append-only: entries cannot be changed or deleted (%)', tg_op; end; $$;`);
    this.addSql(`create function "audit_archive_append_only"() returns trigger language plpgsql as $$ begin if tg_op = 'UPDATE' then if old."state" = 'DELETING' and new."state" = 'DONE' and new."id" = old."id" and new."before" = old."before" and new."entries" = old."entries" and new."sha256" = old."sha256" then return new; end if; end if; raise exception 'audit_archive is append-only: a run can only be marked done (%)', tg_op; end; $$;`);
    this.addSql(`create trigger "audit_archive_append_only" before update or delete on "audit_archive" for each row execute function "audit_archive_append_only"();`);
    this.addSql(`create trigger "audit_archive_no_truncate" before truncate on "audit_archive" for each statement execute function "audit_archive_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_archive_no_truncate" on "audit_archive";`);
    this.addSql(`drop trigger if exists "audit_archive_append_only" on "audit_archive";`);
    this.addSql(`drop function if exists "audit_archive_append_only"();`);
    this.addSql(`create or replace function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: entries cannot be changed or deleted (%)', tg_op; end; $$;`);
    this.addSql(`alter table "audit_entry" alter column "participant_id" type uuid using ("participant_id"::uuid);`);
    this.addSql(`drop table if exists "audit_archive" cascade;`);
  }

}
