import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`feed_event\` (\`sequence\` integer not null, \`type\` text not null, \`record_id\` text not null, \`version\` integer not null, \`occurred_at\` datetime not null, \`data\` json null, primary key (\`sequence\`));`);
    this.addSql(`create index \`feed_event_type_record_id_index\` on \`feed_event\` (\`type\`, \`record_id\`);`);

    this.addSql(`create table \`feed_head\` (\`id\` integer not null, \`last_sequence\` integer not null, primary key (\`id\`));`);

    this.addSql(`create table \`measure_instance\` (\`id\` text not null, \`number\` text not null, \`measure_code\` text check (\`measure_code\` in ('VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'ARBEIDSFORBEREDENDE_TRENING', 'VTAO', 'TILRETTELAGT_ARBEID_ORDINAER')) not null, \`provider_organisation\` text not null, \`organisation_number\` text null, \`name\` text not null, \`status\` text check (\`status\` in ('GJENNOMFORES', 'AVSLUTTET', 'AVBRUTT', 'AVLYST')) not null default 'GJENNOMFORES', \`start_type\` text check (\`start_type\` in ('LOPENDE', 'FELLES', 'ENKELTPLASS')) not null default 'LOPENDE', \`start_date\` text not null, \`end_date\` text null, \`places\` integer not null, \`open_for_signup\` integer not null default true, \`place_of_attendance\` text null, \`estimated_wait_weeks\` integer null, \`offer_id\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`measure_instance_number_unique\` on \`measure_instance\` (\`number\`);`);
    this.addSql(`create index \`measure_instance_provider_organisation_index\` on \`measure_instance\` (\`provider_organisation\`);`);
    this.addSql(`create index \`measure_instance_offer_id_index\` on \`measure_instance\` (\`offer_id\`);`);

    this.addSql(`create table \`participant_record\` (\`id\` text not null, \`measure_instance_id\` text not null, \`person_ref\` text null, \`start_date\` text null, \`end_date\` text null, \`status\` text check (\`status\` in ('KLADD', 'UTKAST_TIL_PAMELDING', 'AVBRUTT_UTKAST', 'SOKT_INN', 'VURDERES', 'VENTELISTE', 'VENTER_PA_OPPSTART', 'DELTAR', 'HAR_SLUTTET', 'FULLFORT', 'AVBRUTT', 'IKKE_AKTUELL', 'FEILREGISTRERT')) not null, \`status_reason\` text check (\`status_reason\` in ('SYK', 'FATT_JOBB', 'TRENGER_ANNEN_STOTTE', 'FIKK_IKKE_PLASS', 'IKKE_MOTT', 'ANNET', 'AVLYST_KONTRAKT', 'UTDANNING', 'SAMARBEIDET_MED_ARRANGOREN_ER_AVBRUTT', 'KRAV_IKKE_OPPFYLT', 'KURS_FULLT')) null, \`status_reason_text\` text null, \`status_at\` datetime not null, \`registered_at\` datetime not null, \`changed_at\` datetime not null, \`source\` text check (\`source\` in ('ARENA', 'KOMET')) not null, \`deleted_at\` datetime null, \`waiting_since\` text null, \`waiting_left_on\` text null, \`waiting_left_reason\` text null, \`version\` integer not null default 1, constraint \`participant_record_measure_instance_id_foreign\` foreign key(\`measure_instance_id\`) references \`measure_instance\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`participant_record_measure_instance_id_index\` on \`participant_record\` (\`measure_instance_id\`);`);
    this.addSql(`create index \`participant_record_person_ref_index\` on \`participant_record\` (\`person_ref\`);`);
    this.addSql(`create index \`participant_record_measure_instance_id_status_index\` on \`participant_record\` (\`measure_instance_id\`, \`status\`);`);

    this.addSql(`create table \`extent_period\` (\`id\` text not null, \`record_id\` text not null, \`percent\` double not null, \`days_per_week\` double null, \`valid_from\` text not null, constraint \`extent_period_record_id_foreign\` foreign key(\`record_id\`) references \`participant_record\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`extent_period_record_id_index\` on \`extent_period\` (\`record_id\`);`);

    this.addSql(`create table \`state_vta_allocation\` (\`id\` text not null, \`municipality\` text not null, \`year\` integer not null, \`places\` integer not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`state_vta_allocation_municipality_year_unique\` on \`state_vta_allocation\` (\`municipality\`, \`year\`);`);
  }

}
