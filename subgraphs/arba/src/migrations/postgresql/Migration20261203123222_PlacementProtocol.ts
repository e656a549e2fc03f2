import { Migration } from '@mikro-orm/migrations';

export class Migration20261203123222_PlacementProtocol extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "placement_request" ("idempotency_key" varchar(128) not null, "operation" varchar(80) not null, "request_hash" varchar(64) not null, "answer" jsonb not null, "created_at" timestamptz not null, constraint "placement_request_pkey" primary key ("idempotency_key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "placement_request" cascade;`);
  }

}
