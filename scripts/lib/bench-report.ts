/**
 * How are the benchmark's samples turned into figures? Medians, the ratios of
 * one page, the targets (reported with ✓/✗, never asserted) and the printed table.
 */

/** The median; NaN (null in the JSON) when nothing was measured, e.g. card_ms on a page without mentions. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * A page's figures from the medians of its samples (`prefix` + scan_ms, floor_ms, markjs_ms):
 * the medians, `ratio_floor` = scan / floor and, where mark.js ran, `ratio_markjs` = mark.js / scan.
 */
export function pageFigures(prefix: string, m: (key: string) => number, markjs: boolean): Record<string, number> {
  const scan = m(`${prefix}scan_ms`);
  const floor = m(`${prefix}floor_ms`);
  const marked = m(`${prefix}markjs_ms`);
  return {
    [`${prefix}scan_ms`]: round(scan),
    [`${prefix}floor_ms`]: round(floor),
    ...(markjs ? { [`${prefix}markjs_ms`]: round(marked) } : {}),
    [`${prefix}ratio_floor`]: round(scan / floor, 2),
    ...(markjs ? { [`${prefix}ratio_markjs`]: round(marked / scan, 1) } : {}),
  };
}

export const TARGETS: Record<string, { max?: number; min?: number }> = {
  ratio_floor: { max: 2.0 },
  real_ratio_floor: { max: 1.5 },
  empty_ratio_floor: { max: 1.5 },
  ratio_markjs: { min: 50 },
  real_ratio_markjs: { min: 50 },
  longest_task_ms: { max: 50 },
  storm_cpu_pct: { max: 5 },
  content_script_gz_bytes: { max: 25_600 },
  card_ms: { max: 16 },
};

function verdict(key: string, value: number): string {
  const target = TARGETS[key];
  if (!target) return '';
  const ok = target.max !== undefined ? value <= target.max : value >= (target.min ?? 0);
  return `${target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`}  ${ok ? '✓' : '✗'}`;
}

/** One line per figure: name, value (n/a when not measured) and its target with ✓/✗. */
export function printFigures(results: Record<string, number>): void {
  const rows = Object.entries(results).map(([k, v]) => [k, Number.isNaN(v) ? 'n/a' : String(v)] as const);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value.padStart(10)}   ${value === 'n/a' ? '' : verdict(key, Number(value))}`);
}
