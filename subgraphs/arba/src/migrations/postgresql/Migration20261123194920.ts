import { Migration } from '@mikro-orm/migrations';

export class Migration20261123194920 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "arena" ("id" varchar(64) not null, "name" varchar(120) not null, "kind" text check ("kind" in ('INTERNAL', 'EXTERNAL')) not null, "only_for" text check ("only_for" in ('VTA', 'AFT')) null, constraint "arena_pkey" primary key ("id"));`);

    this.addSql(`create table "offer" ("id" uuid not null, "kind" text check ("kind" in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, "title_nb" varchar(120) not null, "title_en" varchar(120) not null, "description_nb" text not null, "description_en" text not null, "eligibility_nb" text not null, "eligibility_en" text not null, "trade" varchar(80) null, "site" varchar(80) null, "hours_per_week" double precision null, "intake_mode" text check ("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS')) not null, "decided_by" text check ("decided_by" in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, "open_for_applications" boolean not null default true, "places" int null, "version" int not null default 1, constraint "offer_pkey" primary key ("id"));`);

    this.addSql(`create table "participation" ("id" uuid not null, "participant_id" uuid not null, "offer_id" uuid not null, "arena_id" varchar(64) not null, "measure" text check ("measure" in ('VTA', 'AFT')) not null, "municipality" text check ("municipality" in ('Bærum', 'Asker')) not null default 'Bærum', "hours_per_week" double precision not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "outcome" text check ("outcome" in ('WORK', 'EDUCATION', 'OTHER')) null, "aft_granted_until" varchar(10) null, "version" int not null default 1, constraint "participation_pkey" primary key ("id"));`);
    this.addSql(`create index "participation_participant_id_index" on "participation" ("participant_id");`);
    this.addSql(`create index "participation_offer_id_index" on "participation" ("offer_id");`);
    this.addSql(`create index "participation_arena_id_index" on "participation" ("arena_id");`);

    this.addSql(`create table "aft_period" ("id" uuid not null, "participation_id" uuid not null, "kind" text check ("kind" in ('INITIAL', 'EXTENSION')) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, constraint "aft_period_pkey" primary key ("id"));`);
    this.addSql(`create index "aft_period_participation_id_index" on "aft_period" ("participation_id");`);

    this.addSql(`create table "place_reservation" ("id" uuid not null, "offer_id" uuid not null, "municipality" text check ("municipality" in ('Bærum', 'Asker')) not null, "places" int not null, constraint "place_reservation_pkey" primary key ("id"));`);
    this.addSql(`create index "place_reservation_offer_id_index" on "place_reservation" ("offer_id");`);
    this.addSql(`alter table "place_reservation" add constraint "place_reservation_offer_id_municipality_unique" unique ("offer_id", "municipality");`);

    this.addSql(`create table "supervisor" ("id" uuid not null, "name" varchar(200) not null, "arena_id" varchar(64) not null, "measure" text check ("measure" in ('VTA', 'AFT')) not null, constraint "supervisor_pkey" primary key ("id"));`);
    this.addSql(`create index "supervisor_arena_id_index" on "supervisor" ("arena_id");`);

    this.addSql(`create table "feed_event" ("sequence" int not null, "type" varchar(32) not null, "record_id" varchar(64) not null, "version" int not null, "occurred_at" timestamptz not null, "data" jsonb null, constraint "feed_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "feed_event_type_record_id_index" on "feed_event" ("type", "record_id");`);

    this.addSql(`create table "feed_head" ("id" int not null, "last_sequence" int not null, constraint "feed_head_pkey" primary key ("id"));`);

    this.addSql(`create table "vta_goal" ("id" uuid not null, "participation_id" uuid not null, "description" text not null, "set_on" varchar(10) not null, constraint "vta_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "vta_goal_participation_id_index" on "vta_goal" ("participation_id");`);

    this.addSql(`create table "vta_goal_evaluation" ("id" uuid not null, "goal_id" uuid not null, "date" varchar(10) not null, "result" text check ("result" in ('REACHED', 'PARTLY', 'NOT_REACHED')) not null, "note" text null, constraint "vta_goal_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "vta_goal_evaluation_goal_id_index" on "vta_goal_evaluation" ("goal_id");`);

    this.addSql(`alter table "participation" add constraint "participation_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_arena_id_foreign" foreign key ("arena_id") references "arena" ("id") on update cascade;`);

    this.addSql(`alter table "aft_period" add constraint "aft_period_participation_id_foreign" foreign key ("participation_id") references "participation" ("id") on update cascade;`);

    this.addSql(`alter table "place_reservation" add constraint "place_reservation_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);

    this.addSql(`alter table "supervisor" add constraint "supervisor_arena_id_foreign" foreign key ("arena_id") references "arena" ("id") on update cascade;`);

    this.addSql(`alter table "vta_goal" add constraint "vta_goal_participation_id_foreign" foreign key ("participation_id") references "participation" ("id") on update cascade;`);

    this.addSql(`alter table "vta_goal_evaluation" add constraint "vta_goal_evaluation_goal_id_foreign" foreign key ("goal_id") references "vta_goal" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "participation" drop constraint "participation_arena_id_foreign";`);

    this.addSql(`alter table "supervisor" drop constraint "supervisor_arena_id_foreign";`);

    this.addSql(`alter table "participation" drop constraint "participation_offer_id_foreign";`);

    this.addSql(`alter table "place_reservation" drop constraint "place_reservation_offer_id_foreign";`);

    this.addSql(`alter table "aft_period" drop constraint "aft_period_participation_id_foreign";`);

    this.addSql(`alter table "vta_goal" drop constraint "vta_goal_participation_id_foreign";`);

    this.addSql(`alter table "vta_goal_evaluation" drop constraint "vta_goal_evaluation_goal_id_foreign";`);

    this.addSql(`drop table if exists "arena" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "participation" cascade;`);

    this.addSql(`drop table if exists "aft_period" cascade;`);

    this.addSql(`drop table if exists "place_reservation" cascade;`);

    this.addSql(`drop table if exists "supervisor" cascade;`);

    this.addSql(`drop table if exists "feed_event" cascade;`);

    this.addSql(`drop table if exists "feed_head" cascade;`);

    this.addSql(`drop table if exists "vta_goal" cascade;`);

    this.addSql(`drop table if exists "vta_goal_evaluation" cascade;`);
  }

}
