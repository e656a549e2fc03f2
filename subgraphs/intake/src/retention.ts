// Retention (docs/privacy.md, "Retention"): each module declares what of its data goes once it has passed its time
// (`retention` in its module file); this runs them all, as a dry run that only counts, or applied, each rule in a
// transaction of its own. `npm run retention -w subgraphs/intake [-- --apply]` runs it once (a dry run by default);
// with INTAKE_RETENTION=apply the hub runs it every night by itself.
import type { EntityManager } from '@mikro-orm/core';
import { getEnvNum } from '@veiinn/kit';
import type { RetentionRule } from './hub-module';
import { hubModules } from './modules';

export interface RetentionReport {
  /** The day the run went by (YYYY-MM-DD). */
  today: string;
  dryRun: boolean;
  rules: { module: string; name: string; what: string; days: number; cutoff: string; count: number }[];
}

/** Every module's rules, each with its period from INTAKE_RETENTION_<NAME>_DAYS when set. */
export function retentionRules(env: NodeJS.ProcessEnv = process.env): { module: string; rule: RetentionRule }[] {
  return hubModules.flatMap((module) =>
    (('retention' in module ? module.retention : undefined) ?? []).map((rule) => ({
      module: module.name,
      rule: { ...rule, days: getEnvNum(`INTAKE_RETENTION_${rule.name}_DAYS`, rule.days, { min: 1 }, env) },
    })),
  );
}

/** The start of the day `days` before `today` (YYYY-MM-DD), in UTC: what is older goes. */
export function cutoffOf(today: string, days: number): Date {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - days);
  return cutoff;
}

/** Runs every rule: counts (dry run) or removes what has passed its time, and reports each. */
export async function runRetention(
  em: EntityManager,
  { today, apply, env }: { today: string; apply: boolean; env?: NodeJS.ProcessEnv },
): Promise<RetentionReport> {
  const rules: RetentionReport['rules'] = [];
  for (const { module, rule } of retentionRules(env)) {
    const cutoff = cutoffOf(today, rule.days);
    const count = apply
      ? await em.fork().transactional((tx) => rule.purge(tx, cutoff))
      : await rule.count(em.fork(), cutoff);
    rules.push({
      module,
      name: rule.name,
      what: rule.what,
      days: rule.days,
      cutoff: cutoff.toISOString().slice(0, 10),
      count,
    });
  }
  return { today, dryRun: !apply, rules };
}

/** The report in words, one line a rule. */
export function describeRetention(report: RetentionReport): string {
  const verb = report.dryRun ? 'would go' : 'removed';
  return [
    report.dryRun
      ? `Dry run by the day ${report.today}: nothing was removed (--apply removes it).`
      : `Applied by the day ${report.today}.`,
    ...report.rules.map(
      (rule) =>
        `  ${rule.name} (${rule.module}): ${rule.count} ${verb}: ${rule.what} older than ${rule.days} days (before ${rule.cutoff}).`,
    ),
  ].join('\n');
}

/**
 * With INTAKE_RETENTION=apply (or dry-run), the hub runs the rules by itself: a minute after start, then every 24
 * hours, and logs the report. Off by default: removing data is the municipality's decision, written in
 * docs/privacy.md before it is switched on.
 */
export function scheduleRetention(
  em: EntityManager,
  { mode, today, log }: { mode: 'apply' | 'dry-run'; today: () => string; log: (report: RetentionReport) => void },
): () => void {
  const run = () => void runRetention(em, { today: today(), apply: mode === 'apply' }).then(log, () => undefined);
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, 24 * 3_600_000);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
