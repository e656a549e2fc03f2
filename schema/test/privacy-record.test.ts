// docs/privacy.md is the record of processing the privacy officer answers from: it must name every audit category
// and, in each subgraph's part, every type that subgraph logs reads of, with that type's category. A subgraph that
// starts to keep a new kind of personal data fails here until the record says so.
import { askerProdukt } from '@veiinn/asker-produkt';
import { AUDIT_CATEGORIES, type AuditMap } from '@veiinn/contracts';
import { arba } from '@veiinn/subgraph-arba';
import { dayServices } from '@veiinn/subgraph-day-services';
import { intakeAudit } from '@veiinn/subgraph-intake';
import { nav } from '@veiinn/subgraph-nav';
import { workCentre } from '@veiinn/subgraph-work-centre';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const record = readFileSync(join(__dirname, '..', '..', 'docs', 'privacy.md'), 'utf8');

/** The part of the record under the `### ` heading that names this subgraph's folder, up to the next heading. */
function partOf(folder: string): string {
  const parts = record.split(/^### /m).slice(1);
  const part = parts.find((candidate) => candidate.split('\n')[0].includes(`subgraphs/${folder}`));
  if (!part) throw new Error(`docs/privacy.md has no part headed with subgraphs/${folder}`);
  return part;
}

const SUBGRAPHS: [folder: string, audit: AuditMap][] = [
  ['intake', intakeAudit],
  ['day-services', dayServices.audit ?? {}],
  ['work-centre', workCentre.audit ?? {}],
  ['arba', arba.audit ?? {}],
  ['asker-produkt', askerProdukt.audit ?? {}],
  ['nav', nav.audit ?? {}],
];

describe('the record of processing (docs/privacy.md)', () => {
  it('explains every audit category in its table', () => {
    const missing = AUDIT_CATEGORIES.filter((category) => !new RegExp(`^\\| \`${category}\` +\\|`, 'm').test(record));
    expect(missing).toEqual([]);
  });

  it.each(SUBGRAPHS)('names every audited type of %s with its category', (folder, audit) => {
    const part = partOf(folder);
    const types = Object.entries(audit);
    expect(types.length).toBeGreaterThan(0);
    const unnamed = types
      .filter(([type, { category }]) => {
        // "`Type` (`CATEGORY`)" or "`Type`, `Other` (all `CATEGORY`)": the category follows the type in its list.
        const at = part.indexOf(`\`${type}\``);
        if (at < 0) return true;
        const next = part.slice(at).match(/\((?:all )?`([A-Z_]+)`/);
        return next?.[1] !== category;
      })
      .map(([type, { category }]) => `${type} (${category})`);
    expect(unnamed).toEqual([]);
  });

  it('says for each subgraph why, on which basis, who sees it and how long it is kept', () => {
    const lacking = SUBGRAPHS.flatMap(([folder]) =>
      ['**Purpose:**', '**Legal basis:**', '**Personal data:**', '**Who may see it:**', '**Kept (proposal):**']
        .filter((label) => !partOf(folder).includes(label))
        .map((label) => `${folder}: ${label}`),
    );
    expect(lacking).toEqual([]);
  });
});
