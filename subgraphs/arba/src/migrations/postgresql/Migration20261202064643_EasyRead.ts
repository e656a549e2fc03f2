import { Migration } from '@mikro-orm/migrations';

/**
 * Every offer gets an easy-read text (lettlest) in nb and en. Existing rows get their description, which is written
 * in plain language already, so no offer shows an empty text; the owner replaces it with a real easy-read text.
 */
export class Migration20261202064643_EasyRead extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "offer" add column "easy_read_nb" text not null default '', add column "easy_read_en" text not null default '';`);
    this.addSql(`update "offer" set "easy_read_nb" = "description_nb", "easy_read_en" = "description_en";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "offer" drop column "easy_read_nb", drop column "easy_read_en";`);
  }

}
