// Retention (docs/privacy.md, "Retention"): rules that remove what has passed its time, the same runner for the hub
// (each module's rules) and every provider subgraph (`retention` in defineProviderSubgraph): a dry run that only
// counts, or applied, each rule in a transaction of its own; on schedule with <PREFIX>_RETENTION=dry-run|apply.
import type { EntityManager } from '@mikro-orm/core';
import { getEnvEnum, getEnvNum } from '@veiinn/service';

type EnvVars = Record<string, string | undefined>;

/**
 * A retention rule: which rows have passed their time, by a cutoff (the day the period ends before), counted for a
 * dry run and removed when applied, in one transaction each.
 */
export interface RetentionRule {
  /** The rule's name, also its setting: <PREFIX>_RETENTION_<NAME>_DAYS overrides `days`. */
  name: string;
  /** What goes, in plain words, for the report. */
  what: string;
  /** How long the rows are kept, in days (the municipality's decision; conservative by default). */
  days: number;
  /** How many rows are older than `cutoff`. */
  count(em: EntityManager, cutoff: Date): Promise<number>;
  /** Removes them (inside the runner's transaction); returns how many. */
  purge(em: EntityManager, cutoff: Date): Promise<number>;
}

/** A rule with the part of the system that declared it (a hub module, a subgraph), for the report. */
export interface OwnedRetentionRule {
  module: string;
  rule: RetentionRule;
}

export interface RetentionReport {
  /** The day the run went by (YYYY-MM-DD). */
  today: string;
  dryRun: boolean;
  rules: { module: string; name: string; what: string; days: number; cutoff: string; count: number }[];
}

export type RetentionMode = 'off' | 'dry-run' | 'apply';

/** The rules with each period from <PREFIX>_RETENTION_<NAME>_DAYS when set. */
export function withRetentionDays(
  prefix: string,
  rules: readonly OwnedRetentionRule[],
  env: EnvVars = process.env,
): OwnedRetentionRule[] {
  return rules.map(({ module, rule }) => ({
    module,
    rule: { ...rule, days: getEnvNum(`${prefix}_RETENTION_${rule.name}_DAYS`, rule.days, { min: 1 }, env) },
  }));
}

/** <PREFIX>_RETENTION: off (the default: removing data is the municipality's decision), dry-run or apply. */
export const readRetentionMode = (prefix: string, env: EnvVars = process.env): RetentionMode =>
  getEnvEnum(`${prefix}_RETENTION`, ['off', 'dry-run', 'apply'] as const, 'off', env);

/** The start of the day `days` before `today` (YYYY-MM-DD), in UTC: what is older goes. */
export function cutoffOf(today: string, days: number): Date {
  const cutoff = new Date(`${today}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - days);
  return cutoff;
}

/** Runs every rule: counts (dry run) or removes what has passed its time, and reports each. */
export async function runRetentionRules(
  em: EntityManager,
  rules: readonly OwnedRetentionRule[],
  { today, apply }: { today: string; apply: boolean },
): Promise<RetentionReport> {
  const report: RetentionReport['rules'] = [];
  for (const { module, rule } of rules) {
    const cutoff = cutoffOf(today, rule.days);
    const count = apply
      ? await em.fork().transactional((tx) => rule.purge(tx, cutoff))
      : await rule.count(em.fork(), cutoff);
    report.push({
      module,
      name: rule.name,
      what: rule.what,
      days: rule.days,
      cutoff: cutoff.toISOString().slice(0, 10),
      count,
    });
  }
  return { today, dryRun: !apply, rules: report };
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
 * Runs `run` by itself: a minute after start, then every 24 hours, and logs the report. Returns how to stop it.
 * Off by default in every process: removing data is the municipality's decision, written in docs/privacy.md before
 * it is switched on.
 */
export function scheduleRetention(run: () => Promise<RetentionReport>, log: (report: RetentionReport) => void) {
  const once = () => void run().then(log, () => undefined);
  const first = setTimeout(once, 60_000);
  const daily = setInterval(once, 24 * 3_600_000);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
