import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "feed_event" ("sequence" int not null, "type" varchar(32) not null, "record_id" varchar(64) not null, "version" int not null, "occurred_at" timestamptz not null, "data" jsonb null, constraint "feed_event_pkey" primary key ("sequence"));`);
    this.addSql(`create index "feed_event_type_record_id_index" on "feed_event" ("type", "record_id");`);

    this.addSql(`create table "feed_head" ("id" int not null, "last_sequence" int not null, constraint "feed_head_pkey" primary key ("id"));`);

    this.addSql(`create table "measure_instance" ("id" uuid not null, "number" varchar(20) not null, "measure_code" text check ("measure_code" in ('VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'ARBEIDSFORBEREDENDE_TRENING', 'VTAO', 'TILRETTELAGT_ARBEID_ORDINAER')) not null, "provider_organisation" varchar(64) not null, "organisation_number" varchar(9) null, "name" varchar(200) not null, "status" text check ("status" in ('GJENNOMFORES', 'AVSLUTTET', 'AVBRUTT', 'AVLYST')) not null default 'GJENNOMFORES', "start_type" text check ("start_type" in ('LOPENDE', 'FELLES', 'ENKELTPLASS')) not null default 'LOPENDE', "start_date" varchar(10) not null, "end_date" varchar(10) null, "places" int not null, "open_for_signup" boolean not null default true, "place_of_attendance" varchar(200) null, "estimated_wait_weeks" int null, "offer_id" uuid null, constraint "measure_instance_pkey" primary key ("id"));`);
    this.addSql(`alter table "measure_instance" add constraint "measure_instance_number_unique" unique ("number");`);
    this.addSql(`create index "measure_instance_provider_organisation_index" on "measure_instance" ("provider_organisation");`);
    this.addSql(`create index "measure_instance_offer_id_index" on "measure_instance" ("offer_id");`);

    this.addSql(`create table "participant_record" ("id" uuid not null, "measure_instance_id" uuid not null, "person_ref" varchar(64) null, "start_date" varchar(10) null, "end_date" varchar(10) null, "status" text check ("status" in ('KLADD', 'UTKAST_TIL_PAMELDING', 'AVBRUTT_UTKAST', 'SOKT_INN', 'VURDERES', 'VENTELISTE', 'VENTER_PA_OPPSTART', 'DELTAR', 'HAR_SLUTTET', 'FULLFORT', 'AVBRUTT', 'IKKE_AKTUELL', 'FEILREGISTRERT')) not null, "status_reason" text check ("status_reason" in ('SYK', 'FATT_JOBB', 'TRENGER_ANNEN_STOTTE', 'FIKK_IKKE_PLASS', 'IKKE_MOTT', 'ANNET', 'AVLYST_KONTRAKT', 'UTDANNING', 'SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT', 'KRAV_IKKE_OPPFYLT', 'KURS_FULLT')) null, "status_reason_text" text null, "status_at" timestamptz not null, "registered_at" timestamptz not null, "changed_at" timestamptz not null, "source" text check ("source" in ('ARENA', 'KOMET')) not null, "deleted_at" timestamptz null, "waiting_since" varchar(10) null, "waiting_left_on" varchar(10) null, "waiting_left_reason" varchar(96) null, "version" int not null default 1, constraint "participant_record_pkey" primary key ("id"));`);
    this.addSql(`create index "participant_record_person_ref_index" on "participant_record" ("person_ref");`);
    this.addSql(`create index "participant_record_measure_instance_id_status_index" on "participant_record" ("measure_instance_id", "status");`);

    this.addSql(`create table "extent_period" ("id" uuid not null, "record_id" uuid not null, "percent" double precision not null, "days_per_week" double precision null, "valid_from" varchar(10) not null, constraint "extent_period_pkey" primary key ("id"));`);
    this.addSql(`create index "extent_period_record_id_index" on "extent_period" ("record_id");`);

    this.addSql(`create table "state_vta_allocation" ("id" uuid not null, "municipality" varchar(60) not null, "year" int not null, "places" int not null, constraint "state_vta_allocation_pkey" primary key ("id"));`);
    this.addSql(`alter table "state_vta_allocation" add constraint "state_vta_allocation_municipality_year_unique" unique ("municipality", "year");`);

    this.addSql(`alter table "participant_record" add constraint "participant_record_measure_instance_id_foreign" foreign key ("measure_instance_id") references "measure_instance" ("id") on update cascade;`);

    this.addSql(`alter table "extent_period" add constraint "extent_period_record_id_foreign" foreign key ("record_id") references "participant_record" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "participant_record" drop constraint "participant_record_measure_instance_id_foreign";`);

    this.addSql(`alter table "extent_period" drop constraint "extent_period_record_id_foreign";`);

    this.addSql(`drop table if exists "feed_event" cascade;`);

    this.addSql(`drop table if exists "feed_head" cascade;`);

    this.addSql(`drop table if exists "measure_instance" cascade;`);

    this.addSql(`drop table if exists "participant_record" cascade;`);

    this.addSql(`drop table if exists "extent_period" cascade;`);

    this.addSql(`drop table if exists "state_vta_allocation" cascade;`);
  }

}
