import { Migration } from '@mikro-orm/migrations';

export class Migration20261203140341_Initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`offer\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`easy_read_nb\` text not null default '', \`easy_read_en\` text not null default '', \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`open_for_applications\` integer not null default true, \`places\` integer not null, \`version\` integer not null default 1, primary key (\`id\`));`);

    this.addSql(`create table \`department\` (\`id\` text not null, \`name\` text not null, \`name_en\` text not null, \`offer_id\` text not null, constraint \`department_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`department_offer_id_index\` on \`department\` (\`offer_id\`);`);

    this.addSql(`create table \`placement\` (\`id\` text not null, \`participant_id\` text not null, \`offer_id\` text not null, \`department_id\` text null, \`measure\` text check (\`measure\` in ('VTA', 'AFT')) not null, \`hours_per_week\` double not null, \`start_date\` text not null, \`end_date\` text null, \`version\` integer not null default 1, constraint \`placement_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, constraint \`placement_department_id_foreign\` foreign key(\`department_id\`) references \`department\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`placement_participant_id_index\` on \`placement\` (\`participant_id\`);`);
    this.addSql(`create index \`placement_offer_id_index\` on \`placement\` (\`offer_id\`);`);
    this.addSql(`create index \`placement_department_id_index\` on \`placement\` (\`department_id\`);`);

    this.addSql(`create table \`goal\` (\`id\` text not null, \`placement_id\` text not null, \`description\` text not null, \`set_on\` text not null, constraint \`goal_placement_id_foreign\` foreign key(\`placement_id\`) references \`placement\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`goal_placement_id_index\` on \`goal\` (\`placement_id\`);`);

    this.addSql(`create table \`goal_evaluation\` (\`id\` text not null, \`goal_id\` text not null, \`date\` text not null, \`reached\` integer not null, constraint \`goal_evaluation_goal_id_foreign\` foreign key(\`goal_id\`) references \`goal\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`goal_evaluation_goal_id_index\` on \`goal_evaluation\` (\`goal_id\`);`);

    this.addSql(`create table \`aft_period\` (\`id\` text not null, \`placement_id\` text not null, \`start_date\` text not null, \`end_date\` text null, \`work_training\` text check (\`work_training\` in ('INTERNAL', 'EXTERNAL')) not null, \`partner_kind\` text check (\`partner_kind\` in ('CAFE', 'SHOP', 'KINDERGARTEN', 'CANTEEN', 'LAUNDRY', 'CAR_CARE', 'STABLE')) null, \`outcome\` text check (\`outcome\` in ('WORK', 'EDUCATION', 'OTHER')) null, constraint \`aft_period_placement_id_foreign\` foreign key(\`placement_id\`) references \`placement\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`aft_period_placement_id_index\` on \`aft_period\` (\`placement_id\`);`);

    this.addSql(`create table \`feed_event\` (\`sequence\` integer not null, \`type\` text not null, \`record_id\` text not null, \`version\` integer not null, \`occurred_at\` datetime not null, \`data\` json null, primary key (\`sequence\`));`);
    this.addSql(`create index \`feed_event_type_record_id_index\` on \`feed_event\` (\`type\`, \`record_id\`);`);

    this.addSql(`create table \`feed_head\` (\`id\` integer not null, \`last_sequence\` integer not null, primary key (\`id\`));`);

    this.addSql(`create table \`placement_request\` (\`idempotency_key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`answer\` json not null, \`created_at\` datetime not null, primary key (\`idempotency_key\`));`);
  }

}
