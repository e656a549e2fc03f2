// Retention (docs/privacy.md, "Retention"): each module declares what of its data goes once it has passed its time
// (`retention` in its module file); the kit's runner (packages/kit/src/retention.ts) runs them all, as a dry run
// that only counts, or applied, each rule in a transaction of its own. `npm run retention -w subgraphs/intake
// [-- --apply]` runs it once (a dry run by default); with INTAKE_RETENTION=apply the hub runs it every night.
import type { EntityManager } from '@mikro-orm/core';
import { runRetentionRules, withRetentionDays, type OwnedRetentionRule, type RetentionReport } from '@veiinn/kit';
import { hubModules } from './modules';

export { cutoffOf, describeRetention, type RetentionReport } from '@veiinn/kit';

/** Every module's rules, each with its period from INTAKE_RETENTION_<NAME>_DAYS when set. */
export function retentionRules(env: NodeJS.ProcessEnv = process.env): OwnedRetentionRule[] {
  const declared = hubModules.flatMap((module) =>
    (('retention' in module ? module.retention : undefined) ?? []).map((rule) => ({ module: module.name, rule })),
  );
  return withRetentionDays('INTAKE', declared, env);
}

/** Runs every module's rule: counts (dry run) or removes what has passed its time, and reports each. */
export async function runRetention(
  em: EntityManager,
  { today, apply, env }: { today: string; apply: boolean; env?: NodeJS.ProcessEnv },
): Promise<RetentionReport> {
  return runRetentionRules(em, retentionRules(env), { today, apply });
}
