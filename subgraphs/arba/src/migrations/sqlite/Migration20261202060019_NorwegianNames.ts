import { Migration } from '@mikro-orm/migrations';
import { backfillSortKeys } from '@veiinn/kit';

const quote = (name: string) => `\`${name}\``;

export class Migration20261202060019_NorwegianNames extends Migration {

  override async up(): Promise<void> {
    // Edited after generation (issue 11): MikroORM also proposed rebuilding tables with an enum only because it
    // cannot read SQLite CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts); the backfill of
    // existing rows is by hand.
    this.addSql(`alter table \`arena\` add column \`name_sort\` text not null default '';`);
    this.addSql(`alter table \`supervisor\` add column \`name_sort\` text not null default '';`);
    await backfillSortKeys(this, quote, 'arena', 'name', 'name_sort');
    await backfillSortKeys(this, quote, 'supervisor', 'name', 'name_sort');
  }

}
