import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191519 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feed_event" ("sequence" int not null, "type" varchar(32) not null, "record_id" varchar(64) not null, "version" int not null, "occurred_at" timestamptz not null, "data" jsonb null, constraint "feed_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "feed_event_type_record_id_index" on "feed_event" ("type", "record_id");`);

    this.addSql(`create table "feed_head" ("id" int not null, "last_sequence" int not null, constraint "feed_head_pkey" primary key ("id"));`);

    this.addSql(`create table "offer" ("id" uuid not null, "kind" text check ("kind" in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, "title_nb" varchar(120) not null, "title_en" varchar(120) not null, "description_nb" text not null, "description_en" text not null, "eligibility_nb" text not null, "eligibility_en" text not null, "trade" varchar(80) null, "site" varchar(80) null, "hours_per_week" double precision null, "intake_mode" text check ("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS')) not null, "decided_by" text check ("decided_by" in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, "open_for_applications" boolean not null default true, "version" int not null default 1, constraint "offer_pkey" primary key ("id"));`);

    this.addSql(`create table "site" ("id" varchar(64) not null, "name" varchar(80) not null, constraint "site_pkey" primary key ("id"));`);

    this.addSql(`create table "work_group" ("id" uuid not null, "offer_id" uuid not null, "name" varchar(120) not null, "site_id" varchar(64) null, "trade" text check ("trade" in ('DESIGN', 'WOOD', 'FOOD', 'SERVICE')) not null, "capacity" int null, "version" int not null default 1, constraint "work_group_pkey" primary key ("id"));`);
    this.addSql(`create index "work_group_offer_id_index" on "work_group" ("offer_id");`);
    this.addSql(`create index "work_group_site_id_index" on "work_group" ("site_id");`);
    this.addSql(`create index "work_group_trade_index" on "work_group" ("trade");`);

    this.addSql(`create table "placement" ("id" uuid not null, "participant_id" uuid not null, "offer_id" uuid not null, "group_id" uuid not null, "hours_per_week" double precision not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "version" int not null default 1, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_offer_id_index" on "placement" ("offer_id");`);
    this.addSql(`create index "placement_group_id_index" on "placement" ("group_id");`);
    this.addSql(`create index "placement_participant_id_offer_id_index" on "placement" ("participant_id", "offer_id");`);

    this.addSql(`create table "training_candidacy" ("id" uuid not null, "placement_id" uuid not null, "trade" text check ("trade" in ('DESIGN', 'WOOD', 'FOOD', 'SERVICE')) not null, "goal" text not null, "training_start" varchar(10) not null, "planned_end" varchar(10) not null, constraint "training_candidacy_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_candidacy" add constraint "training_candidacy_placement_id_unique" unique ("placement_id");`);

    this.addSql(`create table "supervisor" ("id" uuid not null, "name" varchar(200) not null, "group_id" uuid not null, constraint "supervisor_pkey" primary key ("id"));`);
    this.addSql(`create index "supervisor_group_id_index" on "supervisor" ("group_id");`);

    this.addSql(`alter table "work_group" add constraint "work_group_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
    this.addSql(`alter table "work_group" add constraint "work_group_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "placement" add constraint "placement_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_group_id_foreign" foreign key ("group_id") references "work_group" ("id") on update cascade;`);

    this.addSql(`alter table "training_candidacy" add constraint "training_candidacy_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "supervisor" add constraint "supervisor_group_id_foreign" foreign key ("group_id") references "work_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_group" drop constraint "work_group_offer_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_offer_id_foreign";`);

    this.addSql(`alter table "work_group" drop constraint "work_group_site_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_group_id_foreign";`);

    this.addSql(`alter table "supervisor" drop constraint "supervisor_group_id_foreign";`);

    this.addSql(`alter table "training_candidacy" drop constraint "training_candidacy_placement_id_foreign";`);

    this.addSql(`drop table if exists "feed_event" cascade;`);

    this.addSql(`drop table if exists "feed_head" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "site" cascade;`);

    this.addSql(`drop table if exists "work_group" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "training_candidacy" cascade;`);

    this.addSql(`drop table if exists "supervisor" cascade;`);
  }

}
