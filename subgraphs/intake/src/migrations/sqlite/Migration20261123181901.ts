import { Migration } from '@mikro-orm/migrations';

export class Migration20261123181901 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`participant\` (\`id\` text not null, \`given_name\` text not null, \`family_name\` text not null, \`national_identity_number\` text not null, \`birth_date\` text not null, \`email\` text null, \`phone\` text null, \`search_text\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`participant_national_identity_number_unique\` on \`participant\` (\`national_identity_number\`);`);

    this.addSql(`create table \`guardian\` (\`id\` text not null, \`participant_id\` text not null, \`name\` text not null, \`relation\` text check (\`relation\` in ('PARENT', 'APPOINTED_GUARDIAN', 'OTHER_RELATIVE', 'OTHER')) not null, \`phone\` text null, \`email\` text null, \`position\` integer not null, constraint \`guardian_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`guardian_participant_id_index\` on \`guardian\` (\`participant_id\`);`);

    this.addSql(`create table \`provider\` (\`id\` text not null, \`name\` text not null, \`short_name\` text not null, \`kind\` text check (\`kind\` in ('COORDINATOR', 'MUNICIPAL_SERVICE', 'MUNICIPAL_COMPANY', 'STATE_AGENCY', 'PARTNER')) not null, \`municipality\` text not null, \`organisation_number\` text null, \`description_nb\` text not null, \`description_en\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`offer\` (\`id\` text not null, \`provider_id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN_INTAKE', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`places\` integer null, \`open_for_applications\` integer not null default true, \`search_text\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`offer_provider_id_foreign\` foreign key(\`provider_id\`) references \`provider\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`offer_provider_id_index\` on \`offer\` (\`provider_id\`);`);
    this.addSql(`create index \`offer_kind_index\` on \`offer\` (\`kind\`);`);
    this.addSql(`create index \`offer_trade_index\` on \`offer\` (\`trade\`);`);
    this.addSql(`create index \`offer_site_index\` on \`offer\` (\`site\`);`);
  }

}
