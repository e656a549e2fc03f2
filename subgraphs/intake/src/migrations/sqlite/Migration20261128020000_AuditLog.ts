import { Migration } from '@mikro-orm/migrations';

export class Migration20261128020000_AuditLog extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding every table with an enum only because it cannot read
    // SQLite CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts); the triggers are by hand.
    this.addSql(`create table \`audit_entry\` (\`id\` text not null, \`participant_id\` text not null, \`reader_sub\` text not null, \`roles\` text not null, \`category\` text check (\`category\` in ('IDENTITY', 'PATH', 'PROVIDER_DETAIL', 'NAV', 'IPLOS', 'APPLICATIONS', 'AUDIT')) not null, \`read_at\` datetime not null, \`operation_name\` text null, \`request_id\` text not null, \`subgraph\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`audit_entry_participant_id_read_at_id_index\` on \`audit_entry\` (\`participant_id\`, \`read_at\`, \`id\`);`);
    // The audit log is append-only: the database itself refuses to change or remove an entry.
    this.addSql(`create trigger \`audit_entry_no_update\` before update on \`audit_entry\` begin select raise(abort, 'audit_entry is append-only: entries cannot be changed'); end;`);
    this.addSql(`create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'audit_entry is append-only: entries cannot be deleted'); end;`);
  }

}
