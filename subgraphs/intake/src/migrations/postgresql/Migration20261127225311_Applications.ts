import { Migration } from '@mikro-orm/migrations';

export class Migration20261127225311_Applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "application" ("id" uuid not null, "participant_id" uuid not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'DECIDED', 'WITHDRAWN')) not null default 'DRAFT', "round" text check ("round" in ('MAIN', 'NEWCOMER', 'CONTINUOUS')) not null, "intake_year" int null, "newcomer" boolean not null default false, "submitted_by_role" text check ("submitted_by_role" in ('APPLICANT', 'GUARDIAN', 'TEACHER', 'CASE_WORKER')) not null default 'APPLICANT', "submitted_by_name" varchar(200) null, "desired_start_date" varchar(10) null, "days_per_week" int null, "hours_per_week" double precision null, "activity_wishes" text null, "trade_wishes" text null, "education" text null, "nav_contact" varchar(200) null, "submitted_at" timestamptz null, "withdrawal_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_participant_id_index" on "application" ("participant_id");`);
    this.addSql(`create index "application_status_index" on "application" ("status");`);

    this.addSql(`create table "application_status_change" ("id" uuid not null, "application_id" uuid not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'DECIDED', 'WITHDRAWN')) not null, "at" timestamptz not null, "by" text check ("by" in ('APPLICANT', 'GUARDIAN', 'TEACHER', 'CASE_WORKER')) not null, "position" int not null, constraint "application_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "application_status_change_application_id_index" on "application_status_change" ("application_id");`);

    this.addSql(`create table "application_experience" ("id" uuid not null, "application_id" uuid not null, "kind" text check ("kind" in ('WORK_TRIAL', 'JOB_TASTE', 'WORK_PRACTICE')) not null, "place" varchar(200) not null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "description" text null, "position" int not null, constraint "application_experience_pkey" primary key ("id"));`);
    this.addSql(`create index "application_experience_application_id_index" on "application_experience" ("application_id");`);

    this.addSql(`create table "application_choice" ("id" uuid not null, "application_id" uuid not null, "offer_id" uuid not null, "rank" int not null, constraint "application_choice_pkey" primary key ("id"));`);
    this.addSql(`create index "application_choice_offer_id_index" on "application_choice" ("offer_id");`);
    this.addSql(`alter table "application_choice" add constraint "application_choice_application_id_offer_id_unique" unique ("application_id", "offer_id");`);
    this.addSql(`alter table "application_choice" add constraint "application_choice_application_id_rank_unique" unique ("application_id", "rank");`);

    this.addSql(`create table "vta_assessment" ("id" uuid not null, "participant_id" uuid not null, "application_id" uuid not null, "status" text check ("status" in ('PENDING', 'RECOMMENDED', 'NOT_RECOMMENDED', 'NEEDS_TRIAL')) not null default 'PENDING', "note" text null, "assessed_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, constraint "vta_assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "vta_assessment" add constraint "vta_assessment_participant_id_unique" unique ("participant_id");`);
    this.addSql(`create index "vta_assessment_application_id_index" on "vta_assessment" ("application_id");`);

    this.addSql(`alter table "application" add constraint "application_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);

    this.addSql(`alter table "application_status_change" add constraint "application_status_change_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application_experience" add constraint "application_experience_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application_choice" add constraint "application_choice_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_choice" add constraint "application_choice_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade;`);

    this.addSql(`alter table "vta_assessment" add constraint "vta_assessment_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "vta_assessment" add constraint "vta_assessment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "application_status_change" drop constraint "application_status_change_application_id_foreign";`);

    this.addSql(`alter table "application_experience" drop constraint "application_experience_application_id_foreign";`);

    this.addSql(`alter table "application_choice" drop constraint "application_choice_application_id_foreign";`);

    this.addSql(`alter table "vta_assessment" drop constraint "vta_assessment_application_id_foreign";`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "application_status_change" cascade;`);

    this.addSql(`drop table if exists "application_experience" cascade;`);

    this.addSql(`drop table if exists "application_choice" cascade;`);

    this.addSql(`drop table if exists "vta_assessment" cascade;`);
  }

}
