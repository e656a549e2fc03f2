import { Migration } from '@mikro-orm/migrations';

export class Migration20261204182853_CorrectionRequests extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding every table with an enum only because it cannot read
    // SQLite CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts).
    this.addSql(`create table \`correction_request\` (\`id\` text not null, \`participant_id\` text not null, \`field\` text check (\`field\` in ('GIVEN_NAME', 'FAMILY_NAME', 'BIRTH_DATE', 'EMAIL', 'PHONE', 'GUARDIANS', 'APPLICATION', 'DECISION', 'PLACEMENT', 'NAV_RECORD', 'CAREER_PLAN', 'OTHER')) not null, \`current_value\` text null, \`correct_value\` text not null, \`reason\` text not null, \`requested_by\` text check (\`requested_by\` in ('PARTICIPANT', 'GUARDIAN', 'CASE_WORKER')) not null, \`status\` text check (\`status\` in ('OPEN', 'ACCEPTED', 'REFUSED')) not null default 'OPEN', \`answer\` text null, \`decided_at\` datetime null, \`previous_value\` text null, \`created_at\` datetime not null, \`version\` integer not null default 1, constraint \`correction_request_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`correction_request_participant_id_index\` on \`correction_request\` (\`participant_id\`);`);
    this.addSql(`create index \`correction_request_status_created_at_index\` on \`correction_request\` (\`status\`, \`created_at\`);`);
    this.addSql(`create index \`correction_request_participant_id_created_at_index\` on \`correction_request\` (\`participant_id\`, \`created_at\`);`);
  }

}
