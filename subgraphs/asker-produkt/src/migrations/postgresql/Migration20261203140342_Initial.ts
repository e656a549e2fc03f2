import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140342_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "offer" ("id" uuid not null, "kind" text check ("kind" in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, "title_nb" varchar(120) not null, "title_en" varchar(120) not null, "description_nb" text not null, "description_en" text not null, "easy_read_nb" text not null default '', "easy_read_en" text not null default '', "eligibility_nb" text not null, "eligibility_en" text not null, "trade" varchar(80) null, "site" varchar(80) null, "hours_per_week" double precision null, "intake_mode" text check ("intake_mode" in ('MAIN', 'CONTINUOUS')) not null, "decided_by" text check ("decided_by" in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, "open_for_applications" boolean not null default true, "places" int not null, "version" int not null default 1, constraint "offer_pkey" primary key ("id"));`);

    this.addSql(`create table "department" ("id" varchar(64) not null, "name" varchar(120) not null, "name_en" varchar(120) not null, "offer_id" uuid not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`create index "department_offer_id_index" on "department" ("offer_id");`);

    this.addSql(`create table "placement" ("id" uuid not null, "participant_id" uuid not null, "offer_id" uuid not null, "department_id" varchar(64) null, "measure" text check ("measure" in ('VTA', 'AFT')) not null, "hours_per_week" double precision not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "version" int not null default 1, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_participant_id_index" on "placement" ("participant_id");`);
    this.addSql(`create index "placement_offer_id_index" on "placement" ("offer_id");`);
    this.addSql(`create index "placement_department_id_index" on "placement" ("department_id");`);

    this.addSql(`create table "goal" ("id" uuid not null, "placement_id" uuid not null, "description" text not null, "set_on" varchar(10) not null, constraint "goal_pkey" primary key ("id"));`);
    this.addSql(`create index "goal_placement_id_index" on "goal" ("placement_id");`);

    this.addSql(`create table "goal_evaluation" ("id" uuid not null, "goal_id" uuid not null, "date" varchar(10) not null, "reached" boolean not null, constraint "goal_evaluation_pkey" primary key ("id"));`);
    this.addSql(`create index "goal_evaluation_goal_id_index" on "goal_evaluation" ("goal_id");`);

    this.addSql(`create table "aft_period" ("id" uuid not null, "placement_id" uuid not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "work_training" text check ("work_training" in ('INTERNAL', 'EXTERNAL')) not null, "partner_kind" text check ("partner_kind" in ('CAFE', 'SHOP', 'KINDERGARTEN', 'CANTEEN', 'LAUNDRY', 'CAR_CARE', 'STABLE')) null, "outcome" text check ("outcome" in ('WORK', 'EDUCATION', 'OTHER')) null, constraint "aft_period_pkey" primary key ("id"));`);
    this.addSql(`create index "aft_period_placement_id_index" on "aft_period" ("placement_id");`);

    this.addSql(`create table "feed_event" ("sequence" int not null, "type" varchar(32) not null, "record_id" varchar(64) not null, "version" int not null, "occurred_at" timestamptz not null, "data" jsonb null, constraint "feed_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "feed_event_type_record_id_index" on "feed_event" ("type", "record_id");`);

    this.addSql(`create table "feed_head" ("id" int not null, "last_sequence" int not null, constraint "feed_head_pkey" primary key ("id"));`);

    this.addSql(`create table "placement_request" ("idempotency_key" varchar(128) not null, "operation" varchar(80) not null, "request_hash" varchar(64) not null, "answer" jsonb not null, "created_at" timestamptz not null, constraint "placement_request_pkey" primary key ("idempotency_key"));`);

    this.addSql(`alter table "department" add constraint "department_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);

    this.addSql(`alter table "placement" add constraint "placement_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "goal" add constraint "goal_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);

    this.addSql(`alter table "goal_evaluation" add constraint "goal_evaluation_goal_id_foreign" foreign key ("goal_id") references "goal" ("id") on update cascade;`);

    this.addSql(`alter table "aft_period" add constraint "aft_period_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "department" drop constraint "department_offer_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_offer_id_foreign";`);

    this.addSql(`alter table "placement" drop constraint "placement_department_id_foreign";`);

    this.addSql(`alter table "goal" drop constraint "goal_placement_id_foreign";`);

    this.addSql(`alter table "aft_period" drop constraint "aft_period_placement_id_foreign";`);

    this.addSql(`alter table "goal_evaluation" drop constraint "goal_evaluation_goal_id_foreign";`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "placement" cascade;`);

    this.addSql(`drop table if exists "goal" cascade;`);

    this.addSql(`drop table if exists "goal_evaluation" cascade;`);

    this.addSql(`drop table if exists "aft_period" cascade;`);

    this.addSql(`drop table if exists "feed_event" cascade;`);

    this.addSql(`drop table if exists "feed_head" cascade;`);

    this.addSql(`drop table if exists "placement_request" cascade;`);
  }

}
