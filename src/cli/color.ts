import type { IO } from './io.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for the terminal format. Order: --color/--no-color, then NO_COLOR (any
 * non-empty value: no-color.org), FORCE_COLOR (0–3), then whether stdout is a terminal and
 * TERM=dumb. chalk 5 reads none of NO_COLOR's spec, so it is decided here.
 */
export function colorLevel(flag: boolean | undefined, io: IO): ColorLevel {
  if (flag === false) return 0;
  const env = io.env;
  const forced = forceLevel(env.FORCE_COLOR);
  if (flag === true) return Math.max(1, forced ?? detected(env)) as ColorLevel;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (forced !== null) return forced;
  if (!io.stdout.isTTY || env.TERM === 'dumb') return 0;
  return detected(env);
}

function forceLevel(value: string | undefined): ColorLevel | null {
  if (value === undefined) return null;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? (Math.min(3, Math.max(0, n)) as ColorLevel) : 1;
}

function detected(env: IO['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
