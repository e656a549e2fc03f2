import { Migration } from '@mikro-orm/migrations';

export class Migration20261128022549_TransitionDecisions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "decision" drop constraint "decision_application_id_foreign";`);

    this.addSql(`alter table "decision" add column "transition_id" uuid null;`);
    this.addSql(`alter table "decision" alter column "application_id" drop default;`);
    this.addSql(`alter table "decision" alter column "application_id" type uuid using ("application_id"::text::uuid);`);
    this.addSql(`alter table "decision" alter column "application_id" drop not null;`);
    this.addSql(`alter table "decision" add constraint "decision_transition_id_foreign" foreign key ("transition_id") references "transition" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "decision" add constraint "decision_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "decision" add constraint "decision_transition_id_unique" unique ("transition_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decision" drop constraint "decision_transition_id_foreign";`);
    this.addSql(`alter table "decision" drop constraint "decision_application_id_foreign";`);

    this.addSql(`alter table "decision" drop constraint "decision_transition_id_unique";`);
    this.addSql(`alter table "decision" drop column "transition_id";`);

    this.addSql(`alter table "decision" alter column "application_id" drop default;`);
    this.addSql(`alter table "decision" alter column "application_id" type uuid using ("application_id"::text::uuid);`);
    this.addSql(`alter table "decision" alter column "application_id" set not null;`);
    this.addSql(`alter table "decision" add constraint "decision_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete no action;`);
  }

}
