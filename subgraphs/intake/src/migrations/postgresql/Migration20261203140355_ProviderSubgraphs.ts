import { Migration } from '@mikro-orm/migrations';

/**
 * The provider's subgraph (issue 16): `provider.subgraph`, the audience of the hub's service tokens for the
 * provider's feed and placement protocol, set at registration instead of a list in the hub's code.
 */
export class Migration20261203140355_ProviderSubgraphs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "provider" add column "subgraph" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "provider" drop column "subgraph";`);
  }

}
