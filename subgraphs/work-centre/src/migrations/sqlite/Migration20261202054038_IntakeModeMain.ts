import { Migration } from '@mikro-orm/migrations';

/**
 * IntakeMode `MAIN_INTAKE` is now `MAIN` (the word `ApplicationRound` uses), in the work centre's offers and its existing rows.
 * Written by hand after generation: SQLite cannot change a CHECK constraint, so `offer` is rebuilt as in
 * Migration20261128022548_TransitionDecisions (intake), with the old value mapped as the rows go back. The
 * migrations run in one transaction, where `pragma foreign_keys = off` does nothing: the tables that refer to
 * `offer` have their checks deferred to the commit instead, when every offer is back. The generator's
 * other rebuilds were only the CHECK-constraint no-ops (see packages/testing/src/schema-drift.ts).
 */
export class Migration20261202054038_IntakeModeMain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma defer_foreign_keys = on;`);
    this.addSql(`create table \`offer__temp_alter\` as select * from \`offer\`;`);
    this.addSql(`drop table \`offer\`;`);
    this.addSql(`create table \`offer\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`open_for_applications\` integer not null default true, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`insert into \`offer\` (\`id\`, \`kind\`, \`title_nb\`, \`title_en\`, \`description_nb\`, \`description_en\`, \`eligibility_nb\`, \`eligibility_en\`, \`trade\`, \`site\`, \`hours_per_week\`, \`intake_mode\`, \`decided_by\`, \`open_for_applications\`, \`version\`) select \`id\`, \`kind\`, \`title_nb\`, \`title_en\`, \`description_nb\`, \`description_en\`, \`eligibility_nb\`, \`eligibility_en\`, \`trade\`, \`site\`, \`hours_per_week\`, case \`intake_mode\` when 'MAIN_INTAKE' then 'MAIN' else \`intake_mode\` end, \`decided_by\`, \`open_for_applications\`, \`version\` from \`offer__temp_alter\`;`);
    this.addSql(`drop table \`offer__temp_alter\`;`);
  }

}
