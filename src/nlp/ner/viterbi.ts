import { allowed, mayEnd, mayStart, N_LABELS } from './labels.js';

const N = N_LABELS;
const ALLOWED = Array.from({ length: N * N }, (_, k) => allowed(Math.floor(k / N), k % N));
const STARTS = Array.from({ length: N }, (_, l) => mayStart(l));
const ENDS = Array.from({ length: N }, (_, l) => mayEnd(l));

/** Emission score that rules a label out: a token without features can only be O. */
const OUTSIDE_ONLY = -1e9;

/** Tokens without features (see `featurize`) may only be O. */
export function forceOutside(emissions: Float32Array | Float64Array, offsets: Int32Array): void {
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    if (offsets[i] !== offsets[i + 1]) continue;
    for (let l = 1; l < N; l++) emissions[i * N + l] = OUTSIDE_ONLY;
  }
}

/**
 * First-order Viterbi over emission scores (`n × N`) and transition scores (`N × N`, from → to),
 * restricted to label sequences that are valid BILOU.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: ArrayLike<number>): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * N);
  const back = new Uint8Array(n * N);
  for (let l = 0; l < N; l++) score[l] = STARTS[l] ? emissions[l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < N; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < N; p++) {
        if (!ALLOWED[p * N + l]) continue;
        const s = score[(i - 1) * N + p]! + transitions[p * N + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * N + l] = best + emissions[i * N + l]!;
      back[i * N + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < N; l++) {
    const s = score[(n - 1) * N + l]!;
    if (ENDS[l] && s > best) {
      best = s;
      arg = l;
    }
  }
  labels[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * N + labels[i]!]!;
  return labels;
}
