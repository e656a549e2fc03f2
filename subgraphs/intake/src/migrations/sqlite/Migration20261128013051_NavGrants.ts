import { Migration } from '@mikro-orm/migrations';

/** NAV's grants from the NAV adapter's `nav-grant` events, their history, and who decided a decision. */
export class Migration20261128013051_NavGrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table \`nav_grant\` (\`id\` text not null, \`source_id\` text not null, \`person_ref\` text null, \`offer_id\` text null, \`measure_code\` text not null, \`description\` text not null, \`granted\` integer not null, \`status\` text not null, \`status_on\` text not null, \`start_date\` text null, \`granted_on\` text null, \`withdrawn_on\` text null, \`withdrawal_reason\` text null, \`feed_version\` integer not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`nav_grant_person_ref_offer_id_index\` on \`nav_grant\` (\`person_ref\`, \`offer_id\`);`);
    this.addSql(`create table \`nav_grant_change\` (\`id\` text not null, \`grant_id\` text not null, \`feed_version\` integer not null, \`granted\` integer not null, \`status\` text not null, \`status_on\` text not null, \`reason\` text null, \`received_at\` datetime not null, constraint \`nav_grant_change_grant_id_foreign\` foreign key(\`grant_id\`) references \`nav_grant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`nav_grant_change_grant_id_index\` on \`nav_grant_change\` (\`grant_id\`);`);
    this.addSql(`alter table \`decision\` add column \`decided_by\` text check (\`decided_by\` in ('ALLOCATION_OFFICE', 'NAV', 'PROVIDER')) not null default 'ALLOCATION_OFFICE';`);
    this.addSql(`alter table \`decision\` add column \`nav_grant_id\` text null;`);
  }
}
