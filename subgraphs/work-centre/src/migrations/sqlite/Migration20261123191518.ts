import { Migration } from '@mikro-orm/migrations';

export class Migration20261123191518 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`feed_event\` (\`sequence\` integer not null, \`type\` text not null, \`record_id\` text not null, \`version\` integer not null, \`occurred_at\` datetime not null, \`data\` json null, primary key (\`sequence\`));`);
    this.addSql(`create index \`feed_event_type_record_id_index\` on \`feed_event\` (\`type\`, \`record_id\`);`);

    this.addSql(`create table \`feed_head\` (\`id\` integer not null, \`last_sequence\` integer not null, primary key (\`id\`));`);

    this.addSql(`create table \`offer\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('ACTIVITY', 'ADAPTED_WORK', 'VTA', 'VTAO', 'AFT', 'TRAINING_CANDIDATE', 'APPRENTICESHIP', 'YOUTH_PROGRAMME')) not null, \`title_nb\` text not null, \`title_en\` text not null, \`description_nb\` text not null, \`description_en\` text not null, \`eligibility_nb\` text not null, \`eligibility_en\` text not null, \`trade\` text null, \`site\` text null, \`hours_per_week\` double null, \`intake_mode\` text check (\`intake_mode\` in ('MAIN_INTAKE', 'CONTINUOUS')) not null, \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null, \`open_for_applications\` integer not null default true, \`version\` integer not null default 1, primary key (\`id\`));`);

    this.addSql(`create table \`site\` (\`id\` text not null, \`name\` text not null, primary key (\`id\`));`);

    this.addSql(`create table \`work_group\` (\`id\` text not null, \`offer_id\` text not null, \`name\` text not null, \`site_id\` text null, \`trade\` text check (\`trade\` in ('DESIGN', 'WOOD', 'FOOD', 'SERVICE')) not null, \`capacity\` integer null, \`version\` integer not null default 1, constraint \`work_group_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, constraint \`work_group_site_id_foreign\` foreign key(\`site_id\`) references \`site\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`work_group_offer_id_index\` on \`work_group\` (\`offer_id\`);`);
    this.addSql(`create index \`work_group_site_id_index\` on \`work_group\` (\`site_id\`);`);
    this.addSql(`create index \`work_group_trade_index\` on \`work_group\` (\`trade\`);`);

    this.addSql(`create table \`placement\` (\`id\` text not null, \`participant_id\` text not null, \`offer_id\` text not null, \`group_id\` text not null, \`hours_per_week\` double not null, \`start_date\` text not null, \`end_date\` text null, \`version\` integer not null default 1, constraint \`placement_offer_id_foreign\` foreign key(\`offer_id\`) references \`offer\`(\`id\`) on update cascade, constraint \`placement_group_id_foreign\` foreign key(\`group_id\`) references \`work_group\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`placement_offer_id_index\` on \`placement\` (\`offer_id\`);`);
    this.addSql(`create index \`placement_group_id_index\` on \`placement\` (\`group_id\`);`);
    this.addSql(`create index \`placement_participant_id_offer_id_index\` on \`placement\` (\`participant_id\`, \`offer_id\`);`);

    this.addSql(`create table \`training_candidacy\` (\`id\` text not null, \`placement_id\` text not null, \`trade\` text check (\`trade\` in ('DESIGN', 'WOOD', 'FOOD', 'SERVICE')) not null, \`goal\` text not null, \`training_start\` text not null, \`planned_end\` text not null, constraint \`training_candidacy_placement_id_foreign\` foreign key(\`placement_id\`) references \`placement\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`training_candidacy_placement_id_unique\` on \`training_candidacy\` (\`placement_id\`);`);

    this.addSql(`create table \`supervisor\` (\`id\` text not null, \`name\` text not null, \`group_id\` text not null, constraint \`supervisor_group_id_foreign\` foreign key(\`group_id\`) references \`work_group\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`supervisor_group_id_index\` on \`supervisor\` (\`group_id\`);`);
  }

}
