import { Migration } from '@mikro-orm/migrations';

/**
 * IntakeMode `MAIN_INTAKE` is now `MAIN` (the word `ApplicationRound` uses), in the hub's catalogue and its existing rows.
 * Written by hand after generation: SQLite cannot change a CHECK constraint, so `offer` is rebuilt as in
 * Migration20261128022548_TransitionDecisions (intake), with the old value mapped as the rows go back. The
 * migrations run in one transaction, where `pragma foreign_keys = off` does nothing: the tables that refer to
 * `offer` have their checks deferred to the commit instead, when every offer is back. The decisions'
 * `offer_id` (on delete set null) are kept aside and put back, since the drop would clear them. The generator's
 * other rebuilds were only the CHECK-constraint no-ops (see packages/testing/src/schema-drift.ts). It runs after
 * Migration20261202054030_NorwegianNames, so the rebuilt table keeps `title_sort`.
 */
export class Migration20261202054033_IntakeModeMain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma defer_foreign_keys = on;`);
    this.addSql(`create table \`offer__temp_alter\` as select * from \`offer\`;`);
    this.addSql(`create table \`decision_offer__temp_alter\` as select \`id\`, \`offer_id\` from \`decision\` where \`offer_id\` is not null;`);
    this.addSql(`drop table \`offer\`;`);
    this.addSql(`create table \`offer\` (\`id\` text not null, \`provider_id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`places\` integer null, \`open_for_applications\` integer not null default true, \`feed_version\` integer null, \`withdrawn\` integer not null default false, \`search_text\` text not null, \`title_sort\` text not null default '', \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`offer_provider_id_foreign\` foreign key(\`provider_id\`) references \`provider\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`offer\` (\`id\`, \`provider_id\`, \`kind\`, \`title_nb\`, \`title_en\`, \`description_nb\`, \`description_en\`, \`eligibility_nb\`, \`eligibility_en\`, \`trade\`, \`site\`, \`hours_per_week\`, \`intake_mode\`, \`decided_by\`, \`places\`, \`open_for_applications\`, \`feed_version\`, \`withdrawn\`, \`search_text\`, \`title_sort\`, \`created_at\`, \`updated_at\`, \`version\`) select \`id\`, \`provider_id\`, \`kind\`, \`title_nb\`, \`title_en\`, \`description_nb\`, \`description_en\`, \`eligibility_nb\`, \`eligibility_en\`, \`trade\`, \`site\`, \`hours_per_week\`, case \`intake_mode\` when 'MAIN_INTAKE' then 'MAIN' else \`intake_mode\` end, \`decided_by\`, \`places\`, \`open_for_applications\`, \`feed_version\`, \`withdrawn\`, \`search_text\`, \`title_sort\`, \`created_at\`, \`updated_at\`, \`version\` from \`offer__temp_alter\`;`);
    this.addSql(`drop table \`offer__temp_alter\`;`);
    this.addSql(`update \`decision\` set \`offer_id\` = (select \`t\`.\`offer_id\` from \`decision_offer__temp_alter\` \`t\` where \`t\`.\`id\` = \`decision\`.\`id\`) where \`id\` in (select \`id\` from \`decision_offer__temp_alter\`);`);
    this.addSql(`drop table \`decision_offer__temp_alter\`;`);
    this.addSql(`create index \`offer_provider_id_index\` on \`offer\` (\`provider_id\`);`);
    this.addSql(`create index \`offer_kind_index\` on \`offer\` (\`kind\`);`);
    this.addSql(`create index \`offer_trade_index\` on \`offer\` (\`trade\`);`);
    this.addSql(`create index \`offer_site_index\` on \`offer\` (\`site\`);`);
  }

}
