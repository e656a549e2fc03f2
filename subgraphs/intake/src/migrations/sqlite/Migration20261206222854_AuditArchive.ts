import { Migration } from '@mikro-orm/migrations';

export class Migration20261206222854_AuditArchive extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding every table with an enum (it cannot read SQLite CHECK
    // constraints back) and audit_entry for a type that is text in SQLite already; the triggers are by hand.
    this.addSql(`create table \`audit_archive\` (\`id\` text not null, \`before\` datetime not null, \`entries\` integer not null, \`sha256\` text not null, \`file\` text not null, \`state\` text not null, \`archived_at\` datetime not null, \`archived_by\` text not null, primary key (\`id\`));`);
    // The log stays append-only, except for the rows an archive run in state DELETING covers: such a row exists only
    // inside the run's own transaction (see audit/audit-archive.ts).
    this.addSql(`drop trigger \`audit_entry_no_delete\`;`);
    this.addSql(`create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` when not exists (select 1 from \`audit_archive\` a where a.\`state\` = 'DELETING' and old.\`read_at\` < a.\`before\`) begin select raise(abort, 'audit_entry is append-only: entries cannot be deleted'); end;`);
    // The archive's own rows are kept for good; a run may only move from DELETING to DONE.
    this.addSql(`create trigger \`audit_archive_no_delete\` before delete on \`audit_archive\` begin select raise(abort, 'audit_archive is append-only: runs cannot be deleted'); end;`);
    this.addSql(`create trigger \`audit_archive_only_done\` before update on \`audit_archive\` when not (old.\`state\` = 'DELETING' and new.\`state\` = 'DONE' and new.\`id\` = old.\`id\` and new.\`before\` = old.\`before\` and new.\`entries\` = old.\`entries\` and new.\`sha256\` = old.\`sha256\`) begin select raise(abort, 'audit_archive is append-only: a run can only be marked done'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger \`audit_archive_only_done\`;`);
    this.addSql(`drop trigger \`audit_archive_no_delete\`;`);
    this.addSql(`drop trigger \`audit_entry_no_delete\`;`);
    this.addSql(`create trigger \`audit_entry_no_delete\` before delete on \`audit_entry\` begin select raise(abort, 'audit_entry is append-only: entries cannot be deleted'); end;`);
    this.addSql(`drop table if exists \`audit_archive\`;`);
  }

}
