import { Migration } from '@mikro-orm/migrations';

/**
 * The provider's subgraph (issue 16): `provider.subgraph`, the audience of the hub's service tokens for the
 * provider's feed and placement protocol, set at registration instead of a list in the hub's code. Trimmed by hand
 * after generation: the generator's other rebuilds were only the CHECK-constraint no-ops (see
 * packages/testing/src/schema-drift.ts).
 */
export class Migration20261203140354_ProviderSubgraphs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`provider\` add column \`subgraph\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`provider\` drop column \`subgraph\`;`);
  }

}
