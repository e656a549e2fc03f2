import { Migration } from '@mikro-orm/migrations';

export class Migration20261123194920 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`arena\` (\`id\` text not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('INTERNAL', 'EXTERNAL')) not null, \`only_for\` text check (\`only_for\` in ('VTA', 'AFT')) null, primary key (\`id\`));`);

    this.addSql(`create table \`offer\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN_INTAKE', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`open_for_applications\` integer not null default true, \`places\` integer null, \`version\` integer not null default 1, primary key (\`id\`));`);

    this.addSql(`create table \`participation\` (\`id\` text not null, \`participant_id\` text not null, \`offer_id\` text not null, \`arena_id\` text not null, \`measure\` text check (\`measure\` in ('VTA', 'AFT')) not null, \`municipality\` text check (\`municipality\` in ('Bærum', 'Asker')) not null default 'Bærum', \`hours_per_week\` double not null, \`start_date\` text not null, \`end_date\` text null, \`outcome\` text check (\`outcome\` in ('WORK', 'EDUCATION', 'OTHER')) null, \`aft_granted_until\` text null, \`version\` integer not null default 1, constraint \`participation_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, constraint \`participation_arena_id_foreign\` foreign key(\`arena_id\`) references \`arena\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`participation_participant_id_index\` on \`participation\` (\`participant_id\`);`);
    this.addSql(`create index \`participation_offer_id_index\` on \`participation\` (\`offer_id\`);`);
    this.addSql(`create index \`participation_arena_id_index\` on \`participation\` (\`arena_id\`);`);

    this.addSql(`create table \`aft_period\` (\`id\` text not null, \`participation_id\` text not null, \`kind\` text check (\`kind\` in ('INITIAL', 'EXTENSION')) not null, \`start_date\` text not null, \`end_date\` text not null, constraint \`aft_period_participation_id_foreign\` foreign key(\`participation_id\`) references \`participation\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`aft_period_participation_id_index\` on \`aft_period\` (\`participation_id\`);`);

    this.addSql(`create table \`place_reservation\` (\`id\` text not null, \`offer_id\` text not null, \`municipality\` text check (\`municipality\` in ('Bærum', 'Asker')) not null, \`places\` integer not null, constraint \`place_reservation_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`place_reservation_offer_id_index\` on \`place_reservation\` (\`offer_id\`);`);
    this.addSql(`create unique index \`place_reservation_offer_id_municipality_unique\` on \`place_reservation\` (\`offer_id\`, \`municipality\`);`);

    this.addSql(`create table \`supervisor\` (\`id\` text not null, \`name\` text not null, \`arena_id\` text not null, \`measure\` text check (\`measure\` in ('VTA', 'AFT')) not null, constraint \`supervisor_arena_id_foreign\` foreign key(\`arena_id\`) references \`arena\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supervisor_arena_id_index\` on \`supervisor\` (\`arena_id\`);`);

    this.addSql(`create table \`feed_event\` (\`sequence\` integer not null, \`type\` text not null, \`record_id\` text not null, \`version\` integer not null, \`occurred_at\` datetime not null, \`data\` json null, primary key (\`sequence\`));`);
    this.addSql(`create index \`feed_event_type_record_id_index\` on \`feed_event\` (\`type\`, \`record_id\`);`);

    this.addSql(`create table \`feed_head\` (\`id\` integer not null, \`last_sequence\` integer not null, primary key (\`id\`));`);

    this.addSql(`create table \`vta_goal\` (\`id\` text not null, \`participation_id\` text not null, \`description\` text not null, \`set_on\` text not null, constraint \`vta_goal_participation_id_foreign\` foreign key(\`participation_id\`) references \`participation\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`vta_goal_participation_id_index\` on \`vta_goal\` (\`participation_id\`);`);

    this.addSql(`create table \`vta_goal_evaluation\` (\`id\` text not null, \`goal_id\` text not null, \`date\` text not null, \`result\` text check (\`result\` in ('REACHED', 'PARTLY', 'NOT_REACHED')) not null, \`note\` text null, constraint \`vta_goal_evaluation_goal_id_foreign\` foreign key(\`goal_id\`) references \`vta_goal\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`vta_goal_evaluation_goal_id_index\` on \`vta_goal_evaluation\` (\`goal_id\`);`);
  }

}
