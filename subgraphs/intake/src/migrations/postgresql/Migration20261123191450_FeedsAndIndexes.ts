import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191450_FeedsAndIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feed_cursor" ("provider_id" varchar(64) not null, "last_sequence" int not null default 0, "head" int not null default 0, "events_applied" int not null default 0, "last_synced_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null, constraint "feed_cursor_pkey" primary key ("provider_id"));`);

    this.addSql(`create table "feed_rejection" ("id" uuid not null, "provider_id" varchar(64) not null, "sequence" int not null, "type" varchar(32) not null, "record_id" varchar(64) not null, "reason" text not null, "rejected_at" timestamptz not null, constraint "feed_rejection_pkey" primary key ("id"));`);
    this.addSql(`create index "feed_rejection_provider_id_sequence_index" on "feed_rejection" ("provider_id", "sequence");`);

    this.addSql(`create table "placement" ("id" varchar(64) not null, "provider_id" varchar(64) not null, "offer_id" varchar(64) not null, "participant_id" varchar(64) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "hours_per_week" double precision null, "days_per_week" int null, "feed_version" int not null, "updated_at" timestamptz not null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_provider_id_index" on "placement" ("provider_id");`);
    this.addSql(`create index "placement_offer_id_index" on "placement" ("offer_id");`);
    this.addSql(`create index "placement_participant_id_index" on "placement" ("participant_id");`);

    this.addSql(`create table "waiting_entry" ("id" varchar(64) not null, "source_id" varchar(64) not null, "participant_id" varchar(64) null, "person_ref" varchar(64) null, "offer_id" varchar(64) null, "description" varchar(300) not null, "since" varchar(10) not null, "left_on" varchar(10) null, "left_reason" varchar(100) null, "feed_version" int not null, "updated_at" timestamptz not null, constraint "waiting_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "waiting_entry_source_id_index" on "waiting_entry" ("source_id");`);
    this.addSql(`create index "waiting_entry_participant_id_index" on "waiting_entry" ("participant_id");`);
    this.addSql(`create index "waiting_entry_person_ref_index" on "waiting_entry" ("person_ref");`);
    this.addSql(`create index "waiting_entry_offer_id_index" on "waiting_entry" ("offer_id");`);

    this.addSql(`alter table "participant" add column "person_ref" varchar(64) null;`);
    this.addSql(`create index "participant_person_ref_index" on "participant" ("person_ref");`);

    this.addSql(`alter table "provider" add column "feed_url" varchar(500) null;`);

    this.addSql(`alter table "offer" add column "feed_version" int null, add column "withdrawn" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "feed_cursor" cascade;`);

    this.addSql(`drop table if exists "feed_rejection" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "waiting_entry" cascade;`);

    this.addSql(`alter table "offer" drop column "feed_version", drop column "withdrawn";`);

    this.addSql(`drop index "participant_person_ref_index";`);
    this.addSql(`alter table "participant" drop column "person_ref";`);

    this.addSql(`alter table "provider" drop column "feed_url";`);
  }

}
