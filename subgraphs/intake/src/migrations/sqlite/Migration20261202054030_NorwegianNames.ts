import { Migration } from '@mikro-orm/migrations';
import { backfillNorwegianNames } from '../norwegian-names';

export class Migration20261202054030_NorwegianNames extends Migration {

  override async up(): Promise<void> {
    // Edited after generation: MikroORM also proposed rebuilding every table with an enum only because it cannot read
    // SQLite CHECK constraints back (no-ops, see packages/testing/src/schema-drift.ts); the backfill is by hand.
    this.addSql(`alter table \`participant\` add column \`family_name_sort\` text not null default '';`);
    this.addSql(`alter table \`participant\` add column \`given_name_sort\` text not null default '';`);
    this.addSql(`alter table \`provider\` add column \`name_sort\` text not null default '';`);
    this.addSql(`alter table \`offer\` add column \`title_sort\` text not null default '';`);
    await backfillNorwegianNames(this, (name) => `\`${name}\``);
  }

}
