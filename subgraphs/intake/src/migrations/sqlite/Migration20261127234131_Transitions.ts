import { Migration } from '@mikro-orm/migrations';

export class Migration20261127234131_Transitions extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding `guardian`, `application`, `application_status_change`,
    // `application_experience`, `provider`, `offer`, `decision` and `vta_assessment` only because it cannot read SQLite
    // CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts). The schema drift test proves the
    // result equals the entities.
    this.addSql(`create table \`flow_meeting\` (\`id\` text not null, \`year\` integer not null, \`week\` integer not null, \`start_date\` text not null, \`end_date\` text not null, \`created_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`flow_meeting_year_week_unique\` on \`flow_meeting\` (\`year\`, \`week\`);`);

    this.addSql(`create table \`career_plan\` (\`id\` text not null, \`participant_id\` text not null, \`short_term_wishes\` text null, \`long_term_wishes\` text null, \`education_wishes\` text null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`career_plan_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`career_plan_participant_id_unique\` on \`career_plan\` (\`participant_id\`);`);

    this.addSql(`create table \`transition\` (\`id\` text not null, \`participant_id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY_TO_WORK', 'BETWEEN_PROVIDERS', 'COMBINE_WITH_ORDINARY_WORK', 'SPLIT_WEEK', 'TO_LESS_DEMANDING', 'CHANGE_EXTENT')) not null, \`status\` text check (\`status\` in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN')) not null default 'PROPOSED', \`proposed_by\` text check (\`proposed_by\` in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, \`participant_wish\` text not null, \`flow_meeting_id\` text null, \`outcome_note\` text null, \`executed_on\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`transition_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on update cascade, constraint \`transition_flow_meeting_id_foreign\` foreign key(\`flow_meeting_id\`) references \`flow_meeting\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`transition_participant_id_index\` on \`transition\` (\`participant_id\`);`);
    this.addSql(`create index \`transition_status_index\` on \`transition\` (\`status\`);`);
    this.addSql(`create index \`transition_flow_meeting_id_index\` on \`transition\` (\`flow_meeting_id\`);`);

    this.addSql(`create table \`flow_meeting_item\` (\`id\` text not null, \`flow_meeting_id\` text not null, \`transition_id\` text not null, \`position\` integer not null, \`outcome\` text check (\`outcome\` in ('AGREED', 'REJECTED', 'POSTPONED')) null, \`note\` text null, constraint \`flow_meeting_item_flow_meeting_id_foreign\` foreign key(\`flow_meeting_id\`) references \`flow_meeting\`(\`id\`) on delete cascade on update cascade, constraint \`flow_meeting_item_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`flow_meeting_item_flow_meeting_id_index\` on \`flow_meeting_item\` (\`flow_meeting_id\`);`);
    this.addSql(`create index \`flow_meeting_item_transition_id_index\` on \`flow_meeting_item\` (\`transition_id\`);`);
    this.addSql(`create unique index \`flow_meeting_item_flow_meeting_id_transition_id_unique\` on \`flow_meeting_item\` (\`flow_meeting_id\`, \`transition_id\`);`);

    this.addSql(`create table \`transition_status_change\` (\`id\` text not null, \`transition_id\` text not null, \`status\` text check (\`status\` in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'REJECTED', 'EXECUTING', 'COMPLETED', 'WITHDRAWN')) not null, \`at\` datetime not null, \`by\` text check (\`by\` in ('PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER')) not null, \`note\` text null, \`position\` integer not null, constraint \`transition_status_change_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`transition_status_change_transition_id_index\` on \`transition_status_change\` (\`transition_id\`);`);

    this.addSql(`create table \`transition_step\` (\`id\` text not null, \`transition_id\` text not null, \`position\` integer not null, \`kind\` text check (\`kind\` in ('END', 'START')) not null, \`placement_id\` text null, \`offer_id\` text not null, \`group_id\` text null, \`days_per_week\` integer null, \`hours_per_week\` double null, \`start_date\` text null, \`end_date\` text null, \`outcome\` text check (\`outcome\` in ('NOT_ASKED', 'ENDED', 'CREATED', 'REFUSED', 'UNREACHABLE')) not null default 'NOT_ASKED', \`refusal_code\` text null, \`refusal_rule\` text null, \`message\` text null, \`attempts\` integer not null default 0, \`requested_at\` datetime null, constraint \`transition_step_transition_id_foreign\` foreign key(\`transition_id\`) references \`transition\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`transition_step_transition_id_index\` on \`transition_step\` (\`transition_id\`);`);
    this.addSql(`create index \`transition_step_placement_id_index\` on \`transition_step\` (\`placement_id\`);`);
    this.addSql(`create index \`transition_step_offer_id_index\` on \`transition_step\` (\`offer_id\`);`);
  }

}
