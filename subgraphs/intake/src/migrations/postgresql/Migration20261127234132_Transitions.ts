import { Migration } from '@mikro-orm/migrations';

export class Migration20261127234132_Transitions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "flow_meeting" ("id" uuid not null, "year" int not null, "week" int not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "created_at" timestamptz not null, "version" int not null default 1, constraint "flow_meeting_pkey" primary key ("id"));`);
    this.addSql(`alter table "flow_meeting" add constraint "flow_meeting_year_week_unique" unique ("year", "week");`);

    this.addSql(`create table "career_plan" ("id" uuid not null, "participant_id" uuid not null, "short_term_wishes" text null, "long_term_wishes" text null, "education_wishes" text null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "career_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "career_plan" add constraint "career_plan_participant_id_unique" unique ("participant_id");`);

    this.addSql(`create table "transition" ("id" uuid not null, "participant_id" uuid not null, "kind" text check ("kind" in ('ACTIVITY_TO_WORK', 'BETWEEN_PROVIDERS', 'COMBINE_WITH_ORDINARY_WORK', 'SPLIT_WEEK', 'TO_LESS_DEMANDING', 'CHANGE_EXTENT')) not null, "status" text check ("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN')) not null default 'PROPOSED', "proposed_by" text check ("proposed_by" in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, "participant_wish" text not null, "flow_meeting_id" uuid null, "outcome_note" text null, "executed_on" varchar(10) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "transition_pkey" primary key ("id"));`);
    this.addSql(`create index "transition_participant_id_index" on "transition" ("participant_id");`);
    this.addSql(`create index "transition_status_index" on "transition" ("status");`);
    this.addSql(`create index "transition_flow_meeting_id_index" on "transition" ("flow_meeting_id");`);

    this.addSql(`create table "flow_meeting_item" ("id" uuid not null, "flow_meeting_id" uuid not null, "transition_id" uuid not null, "position" int not null, "outcome" text check ("outcome" in ('AGREED', 'REJECTED', 'POSTPONED')) null, "note" text null, constraint "flow_meeting_item_pkey" primary key ("id"));`);
    this.addSql(`create index "flow_meeting_item_flow_meeting_id_index" on "flow_meeting_item" ("flow_meeting_id");`);
    this.addSql(`create index "flow_meeting_item_transition_id_index" on "flow_meeting_item" ("transition_id");`);
    this.addSql(`alter table "flow_meeting_item" add constraint "flow_meeting_item_flow_meeting_id_transition_id_unique" unique ("flow_meeting_id", "transition_id");`);

    this.addSql(`create table "transition_status_change" ("id" uuid not null, "transition_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN')) not null, "at" timestamptz not null, "by" text check ("by" in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, "note" text null, "position" int not null, constraint "transition_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "transition_status_change_transition_id_index" on "transition_status_change" ("transition_id");`);

    this.addSql(`create table "transition_step" ("id" uuid not null, "transition_id" uuid not null, "position" int not null, "kind" text check ("kind" in ('END', 'START')) not null, "placement_id" varchar(64) null, "offer_id" varchar(64) not null, "group_id" varchar(64) null, "days_per_week" int null, "hours_per_week" double precision null, "start_date" varchar(10) null, "end_date" varchar(10) null, "outcome" text check ("outcome" in ('NOT_ASKED', 'ENDED', 'CREATED', 'REFUSED', 'UNREACHABLE')) not null default 'NOT_ASKED', "refusal_code" varchar(64) null, "refusal_rule" varchar(64) null, "message" text null, "attempts" int not null default 0, "requested_at" timestamptz null, constraint "transition_step_pkey" primary key ("id"));`);
    this.addSql(`create index "transition_step_transition_id_index" on "transition_step" ("transition_id");`);
    this.addSql(`create index "transition_step_placement_id_index" on "transition_step" ("placement_id");`);
    this.addSql(`create index "transition_step_offer_id_index" on "transition_step" ("offer_id");`);

    this.addSql(`alter table "career_plan" add constraint "career_plan_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);

    this.addSql(`alter table "transition" add constraint "transition_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "transition" add constraint "transition_flow_meeting_id_foreign" foreign key ("flow_meeting_id") references "flow_meeting" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "flow_meeting_item" add constraint "flow_meeting_item_flow_meeting_id_foreign" foreign key ("flow_meeting_id") references "flow_meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "flow_meeting_item" add constraint "flow_meeting_item_transition_id_foreign" foreign key ("transition_id") references "transition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transition_status_change" add constraint "transition_status_change_transition_id_foreign" foreign key ("transition_id") references "transition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transition_step" add constraint "transition_step_transition_id_foreign" foreign key ("transition_id") references "transition" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "transition" drop constraint "transition_flow_meeting_id_foreign";`);

    this.addSql(`alter table "flow_meeting_item" drop constraint "flow_meeting_item_flow_meeting_id_foreign";`);

    this.addSql(`alter table "flow_meeting_item" drop constraint "flow_meeting_item_transition_id_foreign";`);

    this.addSql(`alter table "transition_status_change" drop constraint "transition_status_change_transition_id_foreign";`);

    this.addSql(`alter table "transition_step" drop constraint "transition_step_transition_id_foreign";`);

    this.addSql(`drop table if exists "flow_meeting" cascade;`);

    this.addSql(`drop table if exists "career_plan" cascade;`);

    this.addSql(`drop table if exists "transition" cascade;`);

    this.addSql(`drop table if exists "flow_meeting_item" cascade;`);

    this.addSql(`drop table if exists "transition_status_change" cascade;`);

    this.addSql(`drop table if exists "transition_step" cascade;`);
  }

}
