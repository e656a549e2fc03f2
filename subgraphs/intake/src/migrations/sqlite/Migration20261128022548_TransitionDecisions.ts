import { Migration } from '@mikro-orm/migrations';

/**
 * Changed decisions (endret vedtak) after a flow meeting: a decision may belong to a transition instead of an
 * application. Written by hand after generation: SQLite cannot drop a column's NOT NULL, so `decision` is rebuilt
 * (as MikroORM rebuilds tables) with `application_id` nullable and `transition_id` added; the generator's other
 * rebuilds were only the CHECK-constraint no-ops (see packages/testing/src/schema-drift.ts).
 */
export class Migration20261128022548_TransitionDecisions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    // A copy of the rows, the table created anew (not renamed: SQLite would keep the copy's name quoted in its
    // schema text, which the schema-drift test compares), and the rows back.
    this.addSql(`create table \`decision__temp_alter\` as select * from \`decision\`;`);
    this.addSql(`drop table \`decision\`;`);
    this.addSql(`create table \`decision\` (\`id\` text not null, \`application_id\` text null, \`participant_id\` text not null, \`outcome\` text check (\`outcome\` in ('GRANTED', 'REJECTED', 'WAITING')) not null, \`offer_id\` text null, \`group_id\` text null, \`days_per_week\` integer null, \`hours_per_week\` double null, \`start_date\` text null, \`reason\` text null, \`decided_on\` text not null, \`decided_at\` datetime not null, \`placement_status\` text check (\`placement_status\` in ('PLACEMENT_REQUESTED', 'PLACEMENT_CREATED', 'PLACEMENT_REFUSED', 'ARRANGED_DIRECTLY')) null, \`placement_id\` text null, \`refusal_code\` text null, \`refusal_rule\` text null, \`refusal_message\` text null, \`placement_attempts\` integer not null default 0, \`placement_error\` text null, \`placement_requested_at\` datetime null, \`version\` integer not null default 1, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null default 'ALLOCATION_OFFICE', \`nav_grant_id\` text null, \`transition_id\` text null, constraint \`decision_application_id_foreign\` foreign key(\`application_id\`) references \`application\`(\`id\`) on delete set null on update cascade, constraint \`decision_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete set null on update cascade, constraint \`decision_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on update cascade, constraint \`decision_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`decision\` (\`id\`, \`application_id\`, \`participant_id\`, \`outcome\`, \`offer_id\`, \`group_id\`, \`days_per_week\`, \`hours_per_week\`, \`start_date\`, \`reason\`, \`decided_on\`, \`decided_at\`, \`placement_status\`, \`placement_id\`, \`refusal_code\`, \`refusal_rule\`, \`refusal_message\`, \`placement_attempts\`, \`placement_error\`, \`placement_requested_at\`, \`version\`, \`decided_by\`, \`nav_grant_id\`) select \`id\`, \`application_id\`, \`participant_id\`, \`outcome\`, \`offer_id\`, \`group_id\`, \`days_per_week\`, \`hours_per_week\`, \`start_date\`, \`reason\`, \`decided_on\`, \`decided_at\`, \`placement_status\`, \`placement_id\`, \`refusal_code\`, \`refusal_rule\`, \`refusal_message\`, \`placement_attempts\`, \`placement_error\`, \`placement_requested_at\`, \`version\`, \`decided_by\`, \`nav_grant_id\` from \`decision__temp_alter\`;`);
    this.addSql(`drop table \`decision__temp_alter\`;`);
    this.addSql(`create index \`decision_application_id_index\` on \`decision\` (\`application_id\`);`);
    this.addSql(`create unique index \`decision_application_id_unique\` on \`decision\` (\`application_id\`);`);
    this.addSql(`create index \`decision_participant_id_index\` on \`decision\` (\`participant_id\`);`);
    this.addSql(`create index \`decision_offer_id_index\` on \`decision\` (\`offer_id\`);`);
    this.addSql(`create index \`decision_transition_id_index\` on \`decision\` (\`transition_id\`);`);
    this.addSql(`create unique index \`decision_transition_id_unique\` on \`decision\` (\`transition_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
