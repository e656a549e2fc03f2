import { Migration } from '@mikro-orm/migrations';

/**
 * Reverting a transition (revertTransition): the statuses REVERTING and REVERTED, the step kind UNDO_END with its
 * outcome RESTORED, the day and reason of a revert, and each END step's previous last day. Written by hand after
 * generation: SQLite cannot change a CHECK constraint, so `transition`, `transition_status_change` and
 * `transition_step` are rebuilt with the new values. Migrations run in a transaction, where `pragma foreign_keys`
 * cannot be turned off (and renaming a table rewrites the foreign keys that name it), so the rows are copied aside,
 * the tables dropped and created anew under their own names, and the rows put back, with the agenda items and the
 * decisions' links that dropping `transition` deletes or clears. The generator's other rebuilds were only the
 * CHECK-constraint no-ops (see packages/testing/src/schema-drift.ts).
 */
export class Migration20261202055352_RevertTransitions extends Migration {

  override async up(): Promise<void> {
    // Copies of the three tables, of the agenda items, and of which decisions belong to a transition.
    this.addSql(`create table \`transition__copy\` as select * from \`transition\`;`);
    this.addSql(`create table \`transition_status_change__copy\` as select * from \`transition_status_change\`;`);
    this.addSql(`create table \`transition_step__copy\` as select * from \`transition_step\`;`);
    this.addSql(`create table \`flow_meeting_item__copy\` as select * from \`flow_meeting_item\`;`);
    this.addSql(`create table \`decision__copy\` as select \`id\`, \`transition_id\` from \`decision\` where \`transition_id\` is not null;`);
    // Dropping `transition` deletes its agenda items and clears the decisions' links (foreign keys are on in a migration's
    // transaction); both are put back below.
    this.addSql(`drop table \`transition_step\`;`);
    this.addSql(`drop table \`transition_status_change\`;`);
    this.addSql(`drop table \`transition\`;`);
    this.addSql(`create table \`transition\` (\`id\` text not null, \`participant_id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY_TO_WORK', 'BETWEEN_PROVIDERS', 'COMBINE_WITH_ORDINARY_WORK', 'SPLIT_WEEK', 'TO_LESS_DEMANDING', 'CHANGE_EXTENT')) not null, \`status\` text check (\`status\` in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN', 'REVERTING', 'REVERTED')) not null default 'PROPOSED', \`proposed_by\` text check (\`proposed_by\` in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, \`participant_wish\` text not null, \`flow_meeting_id\` text null, \`outcome_note\` text null, \`executed_on\` text null, \`reverted_on\` text null, \`revert_reason\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`transition_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on update cascade, constraint \`transition_flow_meeting_id_foreign\` foreign key(\`flow_meeting_id\`) references \`flow_meeting\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`transition\` (\`id\`, \`participant_id\`, \`kind\`, \`status\`, \`proposed_by\`, \`participant_wish\`, \`flow_meeting_id\`, \`outcome_note\`, \`executed_on\`, \`created_at\`, \`updated_at\`, \`version\`) select \`id\`, \`participant_id\`, \`kind\`, \`status\`, \`proposed_by\`, \`participant_wish\`, \`flow_meeting_id\`, \`outcome_note\`, \`executed_on\`, \`created_at\`, \`updated_at\`, \`version\` from \`transition__copy\`;`);
    this.addSql(`create table \`transition_status_change\` (\`id\` text not null, \`transition_id\` text not null, \`status\` text check (\`status\` in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN', 'REVERTING', 'REVERTED')) not null, \`at\` datetime not null, \`by\` text check (\`by\` in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, \`note\` text null, \`position\` integer not null, constraint \`transition_status_change_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`transition_status_change\` (\`id\`, \`transition_id\`, \`status\`, \`at\`, \`by\`, \`note\`, \`position\`) select \`id\`, \`transition_id\`, \`status\`, \`at\`, \`by\`, \`note\`, \`position\` from \`transition_status_change__copy\`;`);
    this.addSql(`create table \`transition_step\` (\`id\` text not null, \`transition_id\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('END', 'START', 'UNDO_END')) not null, \`placement_id\` text null, \`offer_id\` text not null, \`group_id\` text null, \`days_per_week\` integer null, \`hours_per_week\` double null, \`start_date\` text null, \`end_date\` text null, \`previous_end_date\` text null, \`outcome\` text check (\`outcome\` in ('NOT_ASKED', 'ENDED', 'CREATED', 'REFUSED', 'UNREACHABLE', 'RESTORED')) not null default 'NOT_ASKED', \`refusal_code\` text null, \`refusal_rule\` text null, \`message\` text null, \`attempts\` integer not null default 0, \`requested_at\` datetime null, constraint \`transition_step_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`insert into \`transition_step\` (\`id\`, \`transition_id\`, \`position\`, \`kind\`, \`placement_id\`, \`offer_id\`, \`group_id\`, \`days_per_week\`, \`hours_per_week\`, \`start_date\`, \`end_date\`, \`outcome\`, \`refusal_code\`, \`refusal_rule\`, \`message\`, \`attempts\`, \`requested_at\`) select \`id\`, \`transition_id\`, \`position\`, \`kind\`, \`placement_id\`, \`offer_id\`, \`group_id\`, \`days_per_week\`, \`hours_per_week\`, \`start_date\`, \`end_date\`, \`outcome\`, \`refusal_code\`, \`refusal_rule\`, \`message\`, \`attempts\`, \`requested_at\` from \`transition_step__copy\`;`);
    this.addSql(`insert into \`flow_meeting_item\` select * from \`flow_meeting_item__copy\` where \`id\` not in (select \`id\` from \`flow_meeting_item\`);`);
    this.addSql(`update \`decision\` set \`transition_id\` = (select c.\`transition_id\` from \`decision__copy\` c where c.\`id\` = \`decision\`.\`id\`) where \`id\` in (select \`id\` from \`decision__copy\`);`);
    this.addSql(`drop table \`transition__copy\`;`);
    this.addSql(`drop table \`transition_status_change__copy\`;`);
    this.addSql(`drop table \`transition_step__copy\`;`);
    this.addSql(`drop table \`flow_meeting_item__copy\`;`);
    this.addSql(`drop table \`decision__copy\`;`);
    this.addSql(`create index \`transition_participant_id_index\` on \`transition\` (\`participant_id\`);`);
    this.addSql(`create index \`transition_status_index\` on \`transition\` (\`status\`);`);
    this.addSql(`create index \`transition_flow_meeting_id_index\` on \`transition\` (\`flow_meeting_id\`);`);
    this.addSql(`create index \`transition_status_change_transition_id_index\` on \`transition_status_change\` (\`transition_id\`);`);
    this.addSql(`create index \`transition_step_transition_id_index\` on \`transition_step\` (\`transition_id\`);`);
    this.addSql(`create index \`transition_step_placement_id_index\` on \`transition_step\` (\`placement_id\`);`);
    this.addSql(`create index \`transition_step_offer_id_index\` on \`transition_step\` (\`offer_id\`);`);
  }

}
