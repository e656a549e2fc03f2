import { Migration } from '@mikro-orm/migrations';

export class Migration20261127231453_Decisions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "decision" ("id" uuid not null, "application_id" uuid not null, "participant_id" uuid not null, "outcome" text check ("outcome" in ('GRANTED', 'REJECTED', 'WAITING')) not null, "offer_id" uuid null, "group_id" varchar(64) null, "days_per_week" int null, "hours_per_week" double precision null, "start_date" varchar(10) null, "reason" text null, "decided_on" varchar(10) not null, "decided_at" timestamptz not null, "placement_status" text check ("placement_status" in ('PLACEMENT_REQUESTED', 'PLACEMENT_CREATED', 'PLACEMENT_REFUSED', 'ARRANGED_DIRECTLY')) null, "placement_id" varchar(64) null, "refusal_code" varchar(64) null, "refusal_rule" varchar(64) null, "refusal_message" text null, "placement_attempts" int not null default 0, "placement_error" text null, "placement_requested_at" timestamptz null, "version" int not null default 1, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`alter table "decision" add constraint "decision_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "decision_participant_id_index" on "decision" ("participant_id");`);
    this.addSql(`create index "decision_offer_id_index" on "decision" ("offer_id");`);

    this.addSql(`alter table "decision" add constraint "decision_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "waiting_entry" add column "decision_id" uuid null;`);
    this.addSql(`create index "waiting_entry_decision_id_index" on "waiting_entry" ("decision_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop index "waiting_entry_decision_id_index";`);
    this.addSql(`alter table "waiting_entry" drop column "decision_id";`);
  }

}
