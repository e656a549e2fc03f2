import { Migration } from '@mikro-orm/migrations';

export class Migration20261206220921_PlacementIndexedOn extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "placement" add column "indexed_on" varchar(10) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "placement" drop column "indexed_on";`);
  }

}
