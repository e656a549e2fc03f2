// The charts' geometry, apart from the SVG so it can be tested without a DOM: a value axis with round steps, where
// each point and bar goes, and which point the arrow keys move to.

/**
 * A value axis from 0 with 4-6 round steps (1, 2, 2.5 or 5 times a power of ten) that reach at least `max`; for
 * counts of people (`integer`) only whole steps.
 */
export function niceAxis(max: number, { integer = false, target = 5 } = {}): { max: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, ticks: [0, 1] };
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10]
      .map((m) => m * power)
      .filter((candidate) => !integer || Number.isInteger(candidate))
      .find((candidate) => candidate >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return { max: top, ticks };
}

/** Every `n`th label is drawn, so at most `room` fit under the axis. */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)));
}

/** Whether category `index`'s label is drawn: every `every`th, and the last, but none too close before the last. */
export const labelled = (index: number, count: number, every: number) =>
  index === count - 1 || (index % every === 0 && count - 1 - index >= every);

/** The x of category `index` of `count` across `width`, at the middle of its slot. */
export const slotCentre = (index: number, count: number, width: number) => ((index + 0.5) * width) / Math.max(1, count);

/** The y of `value` on an axis of height `height` from 0 to `max` (SVG's y grows downwards). */
export const valueY = (value: number, max: number, height: number) => height - (Math.max(0, value) / max) * height;

export interface Position {
  series: number;
  index: number;
}

/**
 * Where the arrow keys take the focus among a chart's points: left/right along the categories, up/down between
 * series, Home/End to the first/last category; null for any other key. Hidden points are skipped by `present`.
 */
export function nextPosition(
  key: string,
  at: Position,
  size: { series: number; categories: number },
  present: (position: Position) => boolean = () => true,
): Position | null {
  const moves: Record<string, (p: Position) => Position> = {
    ArrowRight: (p) => ({ ...p, index: p.index + 1 }),
    ArrowLeft: (p) => ({ ...p, index: p.index - 1 }),
    ArrowDown: (p) => ({ ...p, series: p.series + 1 }),
    ArrowUp: (p) => ({ ...p, series: p.series - 1 }),
  };
  const inside = (p: Position) => p.index >= 0 && p.index < size.categories && p.series >= 0 && p.series < size.series;
  if (key === 'Home' || key === 'End') {
    const step = key === 'Home' ? 1 : -1;
    for (let index = key === 'Home' ? 0 : size.categories - 1; index >= 0 && index < size.categories; index += step) {
      if (present({ series: at.series, index })) return { series: at.series, index };
    }
    return null;
  }
  const move = moves[key];
  if (!move) return null;
  for (let p = move(at); inside(p); p = move(p)) if (present(p)) return p;
  return at;
}

/** The runs of consecutive shown values, as index lists: a hidden or missing value breaks the line. */
export function segments(values: readonly (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((value, index) => {
    if (value == null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(index);
  });
  if (run.length) runs.push(run);
  return runs;
}
