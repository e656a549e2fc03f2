import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181901 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participant" ("id" uuid not null, "given_name" varchar(100) not null, "family_name" varchar(100) not null, "national_identity_number" varchar(11) not null, "birth_date" varchar(10) not null, "email" varchar(254) null, "phone" varchar(20) null, "search_text" varchar(220) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "participant_pkey" primary key ("id"));`);
    this.addSql(`alter table "participant" add constraint "participant_national_identity_number_unique" unique ("national_identity_number");`);

    this.addSql(`create table "guardian" ("id" uuid not null, "participant_id" uuid not null, "name" varchar(200) not null, "relation" text check ("relation" in ('PARENT', 'APPOINTED_GUARDIAN', 'OTHER_RELATIVE', 'OTHER')) not null, "phone" varchar(20) null, "email" varchar(254) null, "position" int not null, constraint "guardian_pkey" primary key ("id"));`);
    this.addSql(`create index "guardian_participant_id_index" on "guardian" ("participant_id");`);

    this.addSql(`create table "provider" ("id" varchar(64) not null, "name" varchar(200) not null, "short_name" varchar(40) not null, "kind" text check ("kind" in ('COORDINATOR', 'MUNICIPAL_SERVICE', 'MUNICIPAL_COMPANY', 'STATE_AGENCY', 'PARTNER')) not null, "municipality" varchar(80) not null, "organisation_number" varchar(9) null, "description_nb" text not null, "description_en" text not null, constraint "provider_pkey" primary key ("id"));`);

    this.addSql(`create table "offer" ("id" uuid not null, "provider_id" varchar(64) not null, "kind" text check ("kind" in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, "title_nb" varchar(120) not null, "title_en" varchar(120) not null, "description_nb" text not null, "description_en" text not null, "eligibility_nb" text not null, "eligibility_en" text not null, "trade" varchar(80) null, "site" varchar(80) null, "hours_per_week" double precision null, "intake_mode" text check ("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS')) not null, "decided_by" text check ("decided_by" in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, "places" int null, "open_for_applications" boolean not null default true, "search_text" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "offer_pkey" primary key ("id"));`);
    this.addSql(`create index "offer_provider_id_index" on "offer" ("provider_id");`);
    this.addSql(`create index "offer_kind_index" on "offer" ("kind");`);
    this.addSql(`create index "offer_trade_index" on "offer" ("trade");`);
    this.addSql(`create index "offer_site_index" on "offer" ("site");`);

    this.addSql(`alter table "guardian" add constraint "guardian_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "offer" add constraint "offer_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guardian" drop constraint "guardian_participant_id_foreign";`);

    this.addSql(`alter table "offer" drop constraint "offer_provider_id_foreign";`);

    this.addSql(`drop table if exists "participant" cascade;`);

    this.addSql(`drop table if exists "guardian" cascade;`);

    this.addSql(`drop table if exists "provider" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);
  }

}
