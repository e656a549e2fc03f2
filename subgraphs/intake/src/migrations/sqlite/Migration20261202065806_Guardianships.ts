import { Migration } from '@mikro-orm/migrations';

/**
 * Guardian on behalf (issue 12): the `guardianship` table (a signed-in guardian's claim to act for a young person,
 * and the allocation office's confirmation), and `application.submitted_by_ref` (the pseudonym of the guardian who
 * created the application). Trimmed by hand after generation: the generator's other rebuilds were only the
 * CHECK-constraint no-ops (see packages/testing/src/schema-drift.ts).
 */
export class Migration20261202065806_Guardianships extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`guardianship\` (\`id\` text not null, \`participant_id\` text not null, \`guardian_ref\` text not null, \`guardian_name\` text not null, \`relation\` text check (\`relation\` in ('PARENT', 'APPOINTED_GUARDIAN', 'OTHER_RELATIVE', 'OTHER')) not null, \`ward_name\` text not null, \`claimed_at\` datetime not null, \`confirmed_at\` datetime null, \`confirmed_by\` text null, constraint \`guardianship_participant_id_foreign\` foreign key(\`participant_id\`) references \`participant\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`guardianship_participant_id_index\` on \`guardianship\` (\`participant_id\`);`);
    this.addSql(`create index \`guardianship_guardian_ref_index\` on \`guardianship\` (\`guardian_ref\`);`);
    this.addSql(`create unique index \`guardianship_participant_id_guardian_ref_unique\` on \`guardianship\` (\`participant_id\`, \`guardian_ref\`);`);

    this.addSql(`alter table \`application\` add column \`submitted_by_ref\` text null;`);
    this.addSql(`create index \`application_submitted_by_ref_index\` on \`application\` (\`submitted_by_ref\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`guardianship\`;`);
    this.addSql(`drop index \`application_submitted_by_ref_index\`;`);
    this.addSql(`alter table \`application\` drop column \`submitted_by_ref\`;`);
  }

}
