/**
 * The signature line scorer's fitting, shared by the trainer (train-signature-model.ts) and the TRAIN error
 * analysis (missed-blocks.ts): L2-regularised logistic regression, fit with Adam on full batches, in two stages
 * (the second on out-of-fold first-stage probabilities). Offline only; nothing here ships in the bundle.
 */
import { FEATURE_NAMES, lineFeatures } from '../core/contact-extraction/features';
import { CONTEXT_FEATURES, bestBlock, contextRows, type SignatureModel } from '../core/contact-extraction/classifier';
import { newestPart, textToLines } from '../core/contact-extraction/newest-part';
import { profileOf } from '../core/contact-extraction/sender';
import { fnv1a, type LabelledMessage } from './signature-data';

export interface Example {
  id: string;
  rows: number[][];
  y: number[];
}

export interface FittedWeights {
  w1: number[];
  w2: number[];
}

export function examplesOf(messages: LabelledMessage[]): Example[] {
  return messages.map((m) => {
    const all = textToLines(m.body).slice(0, m.newestEnd);
    const lines = newestPart(all);
    const { rows, at } = lineFeatures(lines, profileOf(m.sender));
    return { id: m.id, rows, y: at.map((i) => (m.labels[lines[i].index] === 'signature' ? 1 : 0)) };
  });
}

/** The file a body comes from: quoted segments ("name#2") share their file's fold. */
export const fileOf = (id: string): string => id.replace(/#\d+$/, '');

/** 5-fold assignment by file, salted so the folds can be redrawn (`CV_SALT`). */
export function foldOf(id: string, salt: string, folds = 5): number {
  return fnv1a(`${salt}:${fileOf(id)}`) % folds;
}

function dot(x: number[], w: number[]): number {
  return x.reduce((s, v, i) => s + v * w[i], 0);
}

/** Both stages: stage 2 is fit on out-of-fold stage-1 probabilities so it learns from honest inputs. */
export function fitModel(examples: Example[]): FittedWeights {
  const folds = 5;
  const stage2: Example[] = [];
  for (let k = 0; k < folds; k++) {
    const inFold = (e: Example) => foldOf(e.id, 'oof', folds) === k;
    const w = fit(examples.filter((e) => !inFold(e)));
    for (const e of examples.filter(inFold)) {
      stage2.push({ id: e.id, rows: contextRows(e.rows.map((r) => dot(r, w)), e.rows), y: e.y });
    }
  }
  return { w1: fit(examples), w2: fit(stage2, 0.001, 1500, CONTEXT_FEATURES.length) };
}

export function asModel(w: FittedWeights, blockBias = 0): SignatureModel {
  return { features: FEATURE_NAMES, weights: w.w1, contextWeights: w.w2, blockBias };
}

export function scoreRows(e: Example, m: FittedWeights): number[] {
  const first = e.rows.map((r) => dot(r, m.w1));
  return contextRows(first, e.rows).map((r) => dot(r, m.w2));
}

/**
 * Adam on the full batch. The rows are copied into one flat array first (the nested arrays and `reduce` made
 * this most of a training run); the sums run in the same order, so the weights are the same to the last bit.
 */
export function fit(examples: Example[], l2 = 0.001, epochs = 1500, dims = FEATURE_NAMES.length): number[] {
  let count = 0;
  for (const e of examples) count += e.rows.length;
  const d = dims;
  const X = new Float64Array(count * d);
  const Y = new Float64Array(count);
  let row = 0;
  for (const e of examples) {
    e.rows.forEach((r, i) => {
      for (let c = 0; c < d; c++) X[row * d + c] = r[c];
      Y[row++] = e.y[i];
    });
  }
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const lr = 0.05;
  let pos = 0;
  for (let n = 0; n < count; n++) if (Y[n] === 1) pos++;
  const posWeight = Math.min(5, (count - pos) / Math.max(1, pos)) ** 0.5; // mild re-weighting of the rare class
  const g = new Float64Array(d);
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (let n = 0; n < count; n++) {
      const base = n * d;
      let z = 0;
      for (let i = 0; i < d; i++) z = z + X[base + i] * w[i];
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - Y[n]) * (Y[n] === 1 ? posWeight : 1);
      for (let i = 0; i < d; i++) g[i] += err * X[base + i];
    }
    for (let i = 0; i < d; i++) {
      const grad = g[i] / count + (i === 0 ? 0 : l2 * w[i]);
      m[i] = 0.9 * m[i] + 0.1 * grad;
      v[i] = 0.999 * v[i] + 0.001 * grad * grad;
      const mh = m[i] / (1 - 0.9 ** t);
      const vh = v[i] / (1 - 0.999 ** t);
      w[i] -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return w;
}

/** Line precision, recall and F1 of the scorer's best block alone (no rules around it). */
export function blockF1(examples: Example[], w: FittedWeights, bias: number): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const z = scoreRows(e, w).map((x) => x + bias);
    const b = bestBlock(z);
    e.y.forEach((y, j) => {
      const pred = b !== null && j >= b.start && j <= b.end ? 1 : 0;
      if (pred && y) tp++;
      else if (pred) fp++;
      else if (y) fn++;
    });
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
