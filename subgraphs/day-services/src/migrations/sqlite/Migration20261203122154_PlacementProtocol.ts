import { Migration } from '@mikro-orm/migrations';

export class Migration20261203122154_PlacementProtocol extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`placement_request\` (\`idempotency_key\` text not null, \`operation\` text not null, \`request_hash\` text not null, \`answer\` json not null, \`created_at\` datetime not null, primary key (\`idempotency_key\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`placement_request\`;`);
  }

}
