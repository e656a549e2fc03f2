import { Migration } from '@mikro-orm/migrations';
import { backfillSortKeys } from '@veiinn/kit';

const quote = (name: string) => `"${name}"`;

export class Migration20261202060016_NorwegianNames extends Migration {

  override async up(): Promise<void> {
    // Edited after generation (issue 11): the sort keys compare byte by byte (`COLLATE "C"`), whatever the
    // database's locale, so ORDER BY gives the Norwegian order the keys encode; existing rows are backfilled.
    this.addSql(`alter table "activity_group" add column "name_sort" varchar(120) collate "C" not null default '';`);
    await backfillSortKeys(this, quote, 'activity_group', 'name', 'name_sort');
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "activity_group" drop column "name_sort";`);
  }

}
