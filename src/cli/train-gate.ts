/**
 * Fits the message-level gate (src/core/contact-extraction/gate.ts): `npx tsx src/cli/train-gate.ts [--cv]`.
 * Label: the newest part carries a personal signature (gold). Data: the Quagga Enron and ASF TRAIN splits (newest
 * parts; ASF gives list mail with and without signatures) and the generator's mail (src/cli/mail-generator.ts,
 * seed "gate-train", which adds newsletters, notifications, digests, reports and modern signatures the 2001 Enron
 * mail lacks). Never the TEST split. L2-regularised logistic regression on standardised features (weights folded
 * back to raw features so the add-on does no scaling), then the threshold: the lowest one whose cards, on the
 * training messages that would get a card without the gate, come from a message without a signature at most 5% of
 * the time (the target is 10% on real mail; half of it is the margin for mail we have not seen).
 * `--cv` prints 5-fold cross-validated precision/recall of "personal" instead of writing weights.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFromText } from '../core/contact-extraction';
import { GATE_FEATURES, gateScore, type GateModel } from '../core/contact-extraction/gate';
import { textToLines } from '../core/contact-extraction/newest-part';
import { fnv1a, loadAsf, loadQuagga, type LabelledMessage } from './signature-data';
import { generateCorpus } from './mail-generator';

export interface GateExample {
  id: string;
  x: number[];
  y: number;
  /** Whether the pipeline without the gate would offer a card for it. */
  card: boolean;
}

export function gateExample(m: LabelledMessage): GateExample {
  const newestOnly = m.newestEnd < m.labels.length ? textToLines(m.body).slice(0, m.newestEnd).map((l) => l.text).join('\n') : m.body;
  const x = extractFromText(newestOnly, m.sender, { gate: null, evidence: 'any-detail' });
  return { id: m.id, x: x.gateFeatures, y: m.hasSignature && m.personalSignature !== false ? 1 : 0, card: x.contact !== null };
}

function fitLogistic(examples: GateExample[], l2 = 0.01, steps = 800): number[] {
  const d = GATE_FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const e of examples) e.x.forEach((v, i) => (mean[i] += v / examples.length));
  for (const e of examples) e.x.forEach((v, i) => (sd[i] += (v - mean[i]) ** 2 / examples.length));
  const scale = sd.map((s, i) => (i === 0 || s === 0 ? 1 : Math.sqrt(s)));
  const z = (e: GateExample) => e.x.map((v, i) => (i === 0 ? 1 : (v - mean[i]) / scale[i]));
  const rows = examples.map(z);
  const w = new Array<number>(d).fill(0);
  for (let t = 0; t < steps; t++) {
    const g = new Array<number>(d).fill(0);
    rows.forEach((r, n) => {
      const p = 1 / (1 + Math.exp(-r.reduce((s, v, i) => s + v * w[i], 0)));
      for (let i = 0; i < d; i++) g[i] += ((p - examples[n].y) * r[i]) / rows.length;
    });
    for (let i = 0; i < d; i++) w[i] -= 0.5 * (g[i] + (i === 0 ? 0 : l2 * w[i]));
  }
  // Fold the standardisation into raw-feature weights.
  const raw = w.map((v, i) => (i === 0 ? v : v / scale[i]));
  raw[0] = w[0] - w.slice(1).reduce((s, v, k) => s + (v * mean[k + 1]) / scale[k + 1], 0);
  return raw;
}

/** Lowest threshold whose training cards are at most `maxNoSignatureShare` from messages without a signature. */
function chooseThreshold(examples: GateExample[], weights: number[], maxNoSignatureShare = 0.1): number {
  const cards = examples.filter((e) => e.card);
  for (let t = 0.05; t < 0.95; t += 0.05) {
    const kept = cards.filter((e) => gateScore(e.x, { weights, threshold: t }) >= t);
    const bad = kept.filter((e) => e.y === 0).length;
    if (kept.length > 0 && bad / kept.length <= maxNoSignatureShare) return Math.round(t * 100) / 100;
  }
  return 0.5;
}

export function trainingMessages(): LabelledMessage[] {
  return [
    ...loadQuagga(false).filter((m) => m.split === 'train'),
    ...loadAsf().filter((m) => m.split === 'train'),
    ...generateCorpus('gate-train', 20),
  ];
}

export function fitGate(examples: GateExample[]): GateModel {
  const weights = fitLogistic(examples);
  return { weights, threshold: chooseThreshold(examples, weights) };
}

function report(label: string, examples: GateExample[], model: GateModel): void {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const e of examples) {
    const pass = gateScore(e.x, model) >= model.threshold;
    if (pass && e.y) tp++;
    else if (pass) fp++;
    else if (e.y) fn++;
    else tn++;
  }
  process.stdout.write(`${label}: personal P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)}; ` +
    `not-personal P ${(tn / Math.max(1, tn + fn)).toFixed(3)} R ${(tn / Math.max(1, tn + fp)).toFixed(3)} (${examples.length} messages)\n`);
}

function main(): void {
  const examples = trainingMessages().map(gateExample);
  if (process.argv.includes('--cv')) {
    const held: GateExample[] = [];
    const models: GateModel[] = [];
    for (let k = 0; k < 5; k++) {
      const inFold = (e: GateExample) => fnv1a(`gate:${e.id}`) % 5 === k;
      const model = fitGate(examples.filter((e) => !inFold(e)));
      models.push(model);
      for (const e of examples.filter(inFold)) held.push({ ...e, x: e.x, y: e.y, card: gateScore(e.x, model) >= model.threshold ? e.card : false, id: `${k}` });
    }
    // Each held-out example scored with its own fold's model.
    let tp = 0, fp = 0, fn = 0, cardsBad = 0, cards = 0;
    for (const e of examples) {
      const k = fnv1a(`gate:${e.id}`) % 5;
      const pass = gateScore(e.x, models[k]) >= models[k].threshold;
      if (pass && e.y) tp++;
      else if (pass) fp++;
      else if (e.y) fn++;
      if (pass && e.card) (cards++, (cardsBad += e.y ? 0 : 1));
    }
    process.stdout.write(`5-fold CV: personal P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}; cards ${cards}, from no-signature mail ${(cardsBad / Math.max(1, cards)).toFixed(3)}\n`);
    return;
  }
  const model = fitGate(examples);
  report('TRAIN (fit on)', examples, model);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const lines = GATE_FEATURES.map((f, i) => `    ${round(model.weights[i])}, // ${f}`).join('\n');
  const out = path.resolve(__dirname, '../core/contact-extraction/gate-weights.ts');
  fs.writeFileSync(out,
    `// Written by src/cli/train-gate.ts from ${examples.length} TRAIN messages (Quagga Enron + ASF TRAIN, generator seed\n` +
    `// "gate-train") — do not edit by hand; retrain instead. Feature order: GATE_FEATURES in gate.ts.\n` +
    `import type { GateModel } from './gate';\n\nexport const GATE_MODEL: GateModel = {\n  weights: [\n${lines}\n  ],\n  threshold: ${model.threshold},\n};\n`);
  process.stdout.write(`wrote ${out}: threshold ${model.threshold}\n`);
}

if (require.main === module) main();
