import { Migration } from '@mikro-orm/migrations';
import { backfillNorwegianNames } from '../norwegian-names';

export class Migration20261202054031_NorwegianNames extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: the sort keys compare byte by byte (`COLLATE "C"`), whatever the database's locale,
    // so ORDER BY gives the Norwegian order the keys encode; and existing rows are backfilled.
    this.addSql(`alter table "participant" add column "family_name_sort" varchar(100) collate "C" not null default '', add column "given_name_sort" varchar(100) collate "C" not null default '';`);
    this.addSql(`alter table "provider" add column "name_sort" varchar(200) collate "C" not null default '';`);
    this.addSql(`alter table "offer" add column "title_sort" varchar(120) collate "C" not null default '';`);
    await backfillNorwegianNames(this, (name) => `"${name}"`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "offer" drop column "title_sort";`);
    this.addSql(`alter table "participant" drop column "family_name_sort", drop column "given_name_sort";`);
    this.addSql(`alter table "provider" drop column "name_sort";`);
  }

}
