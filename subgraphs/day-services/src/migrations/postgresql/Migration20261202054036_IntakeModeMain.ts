import { Migration } from '@mikro-orm/migrations';

/** IntakeMode `MAIN_INTAKE` is now `MAIN` (the word `ApplicationRound` uses), in the day services' offers and its existing rows. */
export class Migration20261202054036_IntakeModeMain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "offer" drop constraint if exists "offer_intake_mode_check";`);
    this.addSql(`update "offer" set "intake_mode" = 'MAIN' where "intake_mode" = 'MAIN_INTAKE';`);
    this.addSql(`alter table "offer" add constraint "offer_intake_mode_check" check("intake_mode" in ('MAIN', 'CONTINUOUS'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "offer" drop constraint if exists "offer_intake_mode_check";`);
    this.addSql(`update "offer" set "intake_mode" = 'MAIN_INTAKE' where "intake_mode" = 'MAIN';`);
    this.addSql(`alter table "offer" add constraint "offer_intake_mode_check" check("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS'));`);
  }

}
