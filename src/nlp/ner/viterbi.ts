import { allowed, mayEnd, mayStart, N_LABELS } from './labels.js';

const N = N_LABELS;
const STARTS = Array.from({ length: N }, (_, l) => mayStart(l));
const ENDS = Array.from({ length: N }, (_, l) => mayEnd(l));
/** For each label, the labels BILOU allows before it (about half of all pairs). */
const PREDECESSORS: Int32Array[] = Array.from({ length: N }, (_, l) => Int32Array.from([...Array(N).keys()].filter((p) => allowed(p, l))));

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
 * restricted to label sequences that are valid BILOU. A token that can only be O (its other
 * emissions are OUTSIDE_ONLY) takes a one-column step.
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: ArrayLike<number>): Uint8Array {
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * N);
  const back = new Uint8Array(n * N);
  for (let l = 0; l < N; l++) score[l] = STARTS[l] ? emissions[l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * N;
    const onlyOutside = emissions[i * N + 1] === OUTSIDE_ONLY;
    for (let l = 0; l < N; l++) {
      if (onlyOutside && l > 0) {
        score[i * N + l] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[l]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = score[prev + p]! + transitions[p * N + l]!;
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
