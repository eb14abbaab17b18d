/**
 * Writers for the model files the runtime reads (src/ml/linear.ts, src/nlp/ner/model.ts): training
 * code only, so none of it ships in the package.
 */
import type { CausalModel } from '../../src/extract/causal.js';
import { CAUSAL_MAGIC } from '../../src/extract/causal.js';
import { CUE_MAGIC, type CueModel } from '../../src/extract/cue-model.js';
import { CLAIM_MAGIC, type ClaimModel } from '../../src/extract/claims/check.js';
import { linearHeaderBytes, type LinearModel } from '../../src/ml/linear.js';
import { align, ENTITY_MAGIC, SECTIONS, type ModelInfo, type SectionName, type Sections } from '../../src/nlp/ner/model.js';

export function serialiseLinear(magic: string, model: LinearModel): Buffer {
  const head = Buffer.alloc(linearHeaderBytes(model.thresholds.length));
  head.write(magic, 0, 'latin1');
  head.writeDoubleLE(model.bias, 8);
  model.thresholds.forEach((t, i) => head.writeDoubleLE(t, 16 + 8 * i));
  return Buffer.concat([head, Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength)]);
}

/** The causal-sentence classifier: one threshold. */
export function serialiseCausal(model: CausalModel): Buffer {
  return serialiseLinear(CAUSAL_MAGIC, { weights: model.weights, bias: model.bias, thresholds: [model.threshold, model.plainThreshold] });
}

export function serialiseCues(model: CueModel): Buffer {
  return serialiseLinear(CUE_MAGIC, model);
}

export function serialiseClaims(model: ClaimModel): Buffer {
  return serialiseLinear(CLAIM_MAGIC, model);
}

/** The entity tagger: magic, header length, JSON header, then the 8-byte-aligned sections. */
export function serialiseEntityModel(info: ModelInfo, sections: Sections): Buffer {
  const lengths = Object.fromEntries((Object.keys(SECTIONS) as SectionName[]).map((k) => [k, sections[k].length]));
  const header = Buffer.from(JSON.stringify({ info, lengths }), 'utf8');
  const chunks: Buffer[] = [Buffer.from(ENTITY_MAGIC, 'latin1'), Buffer.alloc(4)];
  chunks[1]!.writeUInt32LE(header.length);
  chunks.push(header);
  let size = 12 + header.length;
  const pad = (): void => {
    const extra = align(size) - size;
    if (extra > 0) chunks.push(Buffer.alloc(extra));
    size += extra;
  };
  pad();
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const view = sections[name];
    chunks.push(Buffer.from(view.buffer, view.byteOffset, view.byteLength));
    size += view.byteLength;
    pad();
  }
  return Buffer.concat(chunks);
}
