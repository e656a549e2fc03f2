import { Migration } from '@mikro-orm/migrations';

export class Migration20261206220920_PlacementIndexedOn extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding every table with an enum only because it cannot read
    // SQLite CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts).
    this.addSql(`alter table \`placement\` add column \`indexed_on\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`placement\` drop column \`indexed_on\`;`);
  }

}
