import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065806_Guardianships extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "guardianship" ("id" uuid not null, "participant_id" uuid not null, "guardian_ref" varchar(64) not null, "guardian_name" varchar(200) not null, "relation" text check ("relation" in ('PARENT', 'APPOINTED_GUARDIAN', 'OTHER_RELATIVE', 'OTHER')) not null, "ward_name" varchar(201) not null, "claimed_at" timestamptz not null, "confirmed_at" timestamptz null, "confirmed_by" varchar(200) null, constraint "guardianship_pkey" primary key ("id"));`);
    this.addSql(`create index "guardianship_participant_id_index" on "guardianship" ("participant_id");`);
    this.addSql(`create index "guardianship_guardian_ref_index" on "guardianship" ("guardian_ref");`);
    this.addSql(`alter table "guardianship" add constraint "guardianship_participant_id_guardian_ref_unique" unique ("participant_id", "guardian_ref");`);

    this.addSql(`alter table "guardianship" add constraint "guardianship_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application" add column "submitted_by_ref" varchar(64) null;`);
    this.addSql(`create index "application_submitted_by_ref_index" on "application" ("submitted_by_ref");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guardianship" cascade;`);

    this.addSql(`drop index "application_submitted_by_ref_index";`);
    this.addSql(`alter table "application" drop column "submitted_by_ref";`);
  }

}
