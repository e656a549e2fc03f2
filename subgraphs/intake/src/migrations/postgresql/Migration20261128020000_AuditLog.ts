import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020000_AuditLog extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "participant_id" uuid not null, "reader_sub" varchar(200) not null, "roles" varchar(500) not null, "category" text check ("category" in ('IDENTITY', 'PATH', 'PROVIDER_DETAIL', 'NAV', 'IPLOS', 'APPLICATIONS', 'AUDIT')) not null, "read_at" timestamptz not null, "operation_name" varchar(200) null, "request_id" varchar(100) not null, "subgraph" varchar(64) not null, "recorded_at" timestamptz not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_participant_id_read_at_id_index" on "audit_entry" ("participant_id", "read_at", "id");`);
    // Added by hand: the audit log is append-only, so the database itself refuses to change, remove or empty it.
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only: entries cannot be changed or deleted (%)', tg_op; end; $$;`);
    this.addSql(`create trigger "audit_entry_no_update_or_delete" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
  }

}
