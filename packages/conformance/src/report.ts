import type { ConformanceReport } from './suite';
import { GROUPS, type CheckStatus } from './result';

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', 'not-checked': '–' };

/** The checklist as a partner reads it: a heading per part, one line per check with its mark and reason. */
export function formatReport(report: ConformanceReport): string {
  const lines = [`Veiinn conformance of "${report.name}" at ${report.url}`];
  for (const [group, heading] of Object.entries(GROUPS)) {
    const results = report.results.filter((r) => r.group === group);
    if (!results.length) continue;
    lines.push('', heading);
    for (const r of results) {
      lines.push(`  ${MARK[r.status]} ${r.title}${r.status === 'not-checked' ? ' (not checked)' : ''}: ${r.reason}`);
    }
  }
  const count = (status: CheckStatus) => report.results.filter((r) => r.status === status).length;
  lines.push(
    '',
    `${count('pass')} passed, ${count('fail')} failed, ${count('not-checked')} not checked.` +
      (report.passed ? '' : ' The subgraph does not conform yet.'),
  );
  return lines.join('\n');
}
