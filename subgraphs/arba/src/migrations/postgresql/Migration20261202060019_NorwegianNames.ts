import { Migration } from '@mikro-orm/migrations';
import { backfillSortKeys } from '@veiinn/kit';

const quote = (name: string) => `"${name}"`;

export class Migration20261202060019_NorwegianNames extends Migration {

  override async up(): Promise<void> {
    // Edited after generation (issue 11): the sort keys compare byte by byte (`COLLATE "C"`), whatever the
    // database's locale, so ORDER BY gives the Norwegian order the keys encode; existing rows are backfilled.
    this.addSql(`alter table "arena" add column "name_sort" varchar(120) collate "C" not null default '';`);
    this.addSql(`alter table "supervisor" add column "name_sort" varchar(200) collate "C" not null default '';`);
    await backfillSortKeys(this, quote, 'arena', 'name', 'name_sort');
    await backfillSortKeys(this, quote, 'supervisor', 'name', 'name_sort');
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "arena" drop column "name_sort";`);
    this.addSql(`alter table "supervisor" drop column "name_sort";`);
  }

}
