import { MIN_SHOWN_COUNT, sumRelation, withheldCells, type CountRelation } from '@veiinn/contracts';
import { differencingAttack } from '../src/differencing';

/**
 * The suppression rules (packages/contracts/src/suppression.ts) against the differencing attack of the tests
 * (src/differencing.ts, exact rationals): whatever the table, every count from 1 to 4 is hidden, and no hidden
 * cell can be solved from the cells shown and the relations.
 */
function shownCells(values: Map<string, number>, hidden: Set<string>) {
  return new Map([...values].map(([key, value]) => [key, hidden.has(key) ? null : value] as const));
}

function expectProtected(values: Map<string, number>, relations: CountRelation[], hidden: Set<string>) {
  for (const [key, value] of values) if (value > 0 && value < MIN_SHOWN_COUNT) expect(hidden).toContain(key);
  expect(differencingAttack(shownCells(values, hidden), relations)).toEqual(new Map());
}

/** A small random generator with a seed, so a failing table can be printed and run again. */
function random(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

describe('small-count suppression', () => {
  it('hides a second cell beside a lone small one, so the total cannot give it away', () => {
    const values = new Map([
      ['total', 23],
      ['a', 3],
      ['b', 12],
      ['c', 8],
    ]);
    const relations = [sumRelation('total', ['a', 'b', 'c'])];
    const hidden = withheldCells({ values, relations, rank: (key) => (key === 'total' ? 1 : 0) });
    expect(hidden).toEqual(new Set(['a', 'c']));
    expectProtected(values, relations, hidden);
    // Without the complementary cell, the attack finds the small one: the test's attacker works.
    expect(differencingAttack(shownCells(values, new Set(['a'])), relations)).toEqual(new Map([['a', 3]]));
  });

  it('protects a stock against the flows of the next period', () => {
    // occupied(t) = occupied(t-1) + started(t) - ended(t)
    const values = new Map([
      ['occ1', 3],
      ['occ2', 9],
      ['start2', 6],
      ['end2', 0],
    ]);
    const relations: CountRelation[] = [
      {
        terms: [
          { key: 'occ2', coef: 1 },
          { key: 'occ1', coef: -1 },
          { key: 'start2', coef: -1 },
          { key: 'end2', coef: 1 },
        ],
      },
    ];
    const hidden = withheldCells({ values, relations, rank: (key) => (key.startsWith('occ') ? 1 : 0) });
    expect(hidden.has('occ1')).toBe(true);
    expect(hidden.has('start2') || hidden.has('end2')).toBe(true);
    expectProtected(values, relations, hidden);
  });

  it('protects random tables of offers, providers, kinds and a total over linked periods', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const offers = Array.from({ length: 2 + Math.floor(next() * 6) }, (_, i) => ({
        id: `o${i}`,
        provider: `p${Math.floor(next() * 3)}`,
        kind: `k${Math.floor(next() * 2)}`,
      }));
      const values = new Map<string, number>();
      const relations: CountRelation[] = [];
      const periods = 4;
      const groups = (pick: (o: (typeof offers)[number]) => string) => {
        const byKey = new Map<string, typeof offers>();
        for (const offer of offers) byKey.set(pick(offer), [...(byKey.get(pick(offer)) ?? []), offer]);
        return [...byKey];
      };
      for (let t = 0; t < periods; t++) {
        for (const figure of ['occ', 'start', 'end']) {
          const cell = (group: string) => `${t}|${figure}|${group}`;
          for (const offer of offers) {
            const small = next() < 0.4;
            values.set(cell(offer.id), small ? Math.floor(next() * 5) : 5 + Math.floor(next() * 20));
          }
          const sum = (members: readonly { id: string }[]) =>
            members.reduce((total, offer) => total + values.get(cell(offer.id))!, 0);
          for (const [key, members] of [...groups((o) => o.provider), ...groups((o) => o.kind)]) {
            values.set(cell(key), sum(members));
            relations.push(
              sumRelation(
                cell(key),
                members.map((o) => cell(o.id)),
              ),
            );
          }
          values.set(cell('total'), sum(offers));
          relations.push(
            sumRelation(
              cell('total'),
              groups((o) => o.provider).map(([key]) => cell(key)),
            ),
          );
          relations.push(
            sumRelation(
              cell('total'),
              groups((o) => o.kind).map(([key]) => cell(key)),
            ),
          );
        }
      }
      // The stock-flow relation for every offer, provider, kind and the total between adjacent periods; the
      // flows are set so that it holds (the data's own arithmetic, as the hub's would be).
      for (let t = 1; t < periods; t++) {
        for (const group of [...new Set([...values.keys()].map((key) => key.split('|')[2]))]) {
          const occ = values.get(`${t - 1}|occ|${group}`)! + values.get(`${t}|start|${group}`)!;
          const end = values.get(`${t}|end|${group}`)!;
          values.set(`${t}|occ|${group}`, occ - end);
          relations.push({
            terms: [
              { key: `${t}|occ|${group}`, coef: 1 },
              { key: `${t - 1}|occ|${group}`, coef: -1 },
              { key: `${t}|start|${group}`, coef: -1 },
              { key: `${t}|end|${group}`, coef: 1 },
            ],
          });
        }
      }
      const rank = (key: string) => (key.endsWith('|total') ? 2 : key.includes('|occ|') ? 1 : 0);
      const consistent = relations.every(
        (relation) => relation.terms.reduce((sum, term) => sum + term.coef * values.get(term.key)!, 0) === 0,
      );
      expect(consistent).toBe(true);
      const hidden = withheldCells({ values, relations, rank });
      expectProtected(values, relations, hidden);
    }
  });
});
