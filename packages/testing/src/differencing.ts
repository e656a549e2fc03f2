/**
 * The differencing attack on published statistics, for tests (issue 18): given the cells an answer shows (null where
 * hidden) and the linear relations anyone may know between them (totals are sums of groups, this period's stock is
 * the last one's plus the flows), solve for every hidden cell that has a single value. Written apart from the
 * server's check (packages/contracts/src/suppression.ts) and differently, in exact rational arithmetic, so that a
 * mistake in one is not repeated in the other.
 */
export interface KnownRelation {
  /** Σ coef × value = 0 over the terms. */
  terms: readonly { key: string; coef: number }[];
}

type Fraction = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const sub = (a: Fraction, b: Fraction) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
const isZero = (a: Fraction) => a.n === 0n;

/** The hidden cells (value null in `cells`) the attack finds a single value for, with that value. */
export function differencingAttack(
  cells: ReadonlyMap<string, number | null>,
  relations: readonly KnownRelation[],
): Map<string, number> {
  const unknowns = [...cells].filter(([, value]) => value === null).map(([key]) => key);
  const column = new Map(unknowns.map((key, index) => [key, index]));
  // Each relation as a dense row over the unknowns, with the known part moved to the right-hand side.
  const rows: { coefs: Fraction[]; rhs: Fraction }[] = [];
  for (const relation of relations) {
    const coefs = unknowns.map(() => fraction(0n));
    let rhs = fraction(0n);
    let touches = false;
    for (const { key, coef } of relation.terms) {
      const index = column.get(key);
      if (index !== undefined) {
        coefs[index] = fraction(coefs[index].n + BigInt(coef) * coefs[index].d, coefs[index].d);
        touches = true;
      } else {
        const value = cells.get(key);
        if (value === undefined || value === null) throw new Error(`A relation names an unknown cell: ${key}`);
        rhs = sub(rhs, fraction(BigInt(coef * value)));
      }
    }
    if (touches) rows.push({ coefs, rhs });
  }
  // Gauss-Jordan over the rationals.
  let pivotRow = 0;
  const pivotOf: number[] = [];
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((row, index) => index >= pivotRow && !isZero(row.coefs[col]));
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found], rows[pivotRow]];
    const pivot = rows[pivotRow];
    const lead = pivot.coefs[col];
    pivot.coefs = pivot.coefs.map((value) => (isZero(value) ? value : div(value, lead)));
    pivot.rhs = div(pivot.rhs, lead);
    // The rows are sparse: only the pivot row's non-zero columns change another row.
    const touched = pivot.coefs.flatMap((value, c) => (isZero(value) ? [] : [c]));
    rows.forEach((row, index) => {
      if (index === pivotRow || isZero(row.coefs[col])) return;
      const factor = row.coefs[col];
      for (const c of touched) row.coefs[c] = sub(row.coefs[c], mul(factor, pivot.coefs[c]));
      row.rhs = sub(row.rhs, mul(factor, pivot.rhs));
    });
    pivotOf[pivotRow] = col;
    pivotRow++;
  }
  const solved = new Map<string, number>();
  for (let r = 0; r < pivotRow; r++) {
    const others = rows[r].coefs.filter((value, c) => c !== pivotOf[r] && !isZero(value));
    if (others.length === 0) solved.set(unknowns[pivotOf[r]], Number(rows[r].rhs.n) / Number(rows[r].rhs.d));
  }
  return solved;
}
