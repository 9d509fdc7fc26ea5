/**
 * Gold signature blocks the pipeline claims no line of, on the Quagga Enron TRAIN split only (newest and quoted
 * bodies), grouped by class so that feature and rule decisions are made on classes, not on single messages.
 * By default every body is scored with weights fit on the other four folds (out of fold, as a new message would
 * be); `--shipped` uses the shipped weights instead (in-sample, fast). `--show` prints each miss's lines.
 * `npx tsx src/cli/missed-blocks.ts [--shipped] [--show] [class]`
 */
import { extractFromText, type Extraction } from '../core/contact-extraction';
import { EMAIL, SIGN_OFF, URL } from '../core/contact-extraction/lexicon';
import { isPhoneLike } from '../core/contact-extraction/features';
import type { SignatureModel } from '../core/contact-extraction/classifier';
import { loadQuagga, type LabelledMessage } from './signature-data';
import { prf } from './field-scoring';
import { asModel, examplesOf, fitModel, foldOf } from './signature-training';

/** Why no gold line was claimed: the scorer found nothing, found another block, or the gate refused its block. */
type Cause = 'no block' | 'other block' | 'gate refused';

/** The classes a missed block belongs to (several may hold); each is a test on the message, not on one example. */
const CLASSES: Record<string, (c: MissContext) => boolean> = {
  'far from end': (c) => c.linesBelow > 5,
  'quote not cut': (c) => c.newestEnd < c.lastNewest,
  'inside forwarded/quoted segment': (c) => c.m.id.includes('#'),
  'no blank line after closing': (c) => c.closingAbove && !c.gapAbove,
  'no phone/email/url': (c) => !c.gold.some((t) => isPhoneLike(t) || EMAIL.test(t) || URL.test(t)),
  'one line': (c) => c.gold.length === 1,
  'all-caps line': (c) => c.gold.some((t) => /\p{Lu}{2,}(\s+\p{Lu}{2,})+/u.test(t) && t === t.toUpperCase()),
  'non-ASCII letters': (c) => c.gold.some((t) => /[^\x00-\x7f]/.test(t)),
  'first lines of the body': (c) => c.linesAbove <= 1,
  'long block (8+ lines)': (c) => c.gold.length >= 8,
};

interface MissContext {
  m: LabelledMessage;
  gold: string[];
  linesBelow: number;
  linesAbove: number;
  newestEnd: number;
  lastNewest: number;
  closingAbove: boolean;
  gapAbove: boolean;
}

function contextOf(m: LabelledMessage, x: Extraction, goldLines: number[]): MissContext {
  const text = (i: number) => x.lines[i]?.text.trim() ?? '';
  const nonEmptyNewest = x.newest.filter((i) => text(i) !== '');
  // The first gold block: a quoted body may hold a second, older signature further down.
  const first = goldLines[0];
  let last = first;
  for (const i of goldLines) if (i - last <= 2) last = i;
  let above = first - 1;
  while (above >= 0 && text(above) === '') above--;
  return {
    m,
    gold: goldLines.filter((i) => i <= last).map(text).filter(Boolean),
    linesBelow: nonEmptyNewest.filter((i) => i > last).length,
    linesAbove: nonEmptyNewest.filter((i) => i < first).length,
    newestEnd: m.newestEnd,
    lastNewest: x.newest.length > 0 ? x.newest[x.newest.length - 1] + 1 : 0,
    closingAbove: above >= 0 && (m.labels[above] === 'closing' || SIGN_OFF.test(text(above))),
    gapAbove: above < first - 1,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const shipped = args.includes('--shipped');
  const show = args.includes('--show');
  const only = args.find((a) => !a.startsWith('--'));
  const train = loadQuagga(true).filter((m) => m.split === 'train');
  const modelOf = new Map<string, SignatureModel | undefined>();
  if (shipped) train.forEach((m) => modelOf.set(m.id, undefined));
  else {
    const examples = examplesOf(train);
    for (let k = 0; k < 5; k++) {
      const model = asModel(fitModel(examples.filter((e) => foldOf(e.id, 'cv') !== k)));
      train.filter((m) => foldOf(m.id, 'cv') === k).forEach((m) => modelOf.set(m.id, model));
    }
  }
  const byClass: Record<string, number> = Object.fromEntries(Object.keys(CLASSES).map((c) => [c, 0]));
  const byCause: Record<Cause, number> = { 'no block': 0, 'other block': 0, 'gate refused': 0 };
  let blocks = 0;
  let missed = 0;
  let unclassed = 0;
  // Line counts of the whole pipeline (scorer and the rules around it), as the bench counts them.
  const lines = { tp: 0, fp: 0, fn: 0 };
  for (const m of train) {
    const goldLines = m.labels.map((l, i) => (l === 'signature' && i < m.newestEnd ? i : -1)).filter((i) => i >= 0);
    const x = extractFromText(m.body, m.sender, { model: modelOf.get(m.id) });
    const claimed = new Set(x.signatureLines);
    x.lines.forEach((l, i) => {
      if (l.text.trim() === '') return;
      const gold = goldLines.includes(i);
      if (gold && claimed.has(i)) lines.tp++;
      else if (claimed.has(i)) lines.fp++;
      else if (gold) lines.fn++;
    });
    if (goldLines.length === 0) continue;
    blocks++;
    if (goldLines.some((i) => claimed.has(i))) continue;
    missed++;
    const detected = new Set(x.detectedLines);
    const cause: Cause = goldLines.some((i) => detected.has(i)) ? 'gate refused' : detected.size === 0 ? 'no block' : 'other block';
    byCause[cause]++;
    const c = contextOf(m, x, goldLines);
    const classes = Object.keys(CLASSES).filter((name) => CLASSES[name](c));
    classes.forEach((name) => byClass[name]++);
    if (classes.length === 0) unclassed++;
    if (!show || (only && !classes.includes(only))) continue;
    process.stdout.write(`\n=== ${m.id} [${cause}] {${classes.join(', ')}} From: ${m.sender.displayName} <${m.sender.email}>\n`);
    const shown = new Set([...goldLines, ...x.detectedLines, ...x.closingLines]);
    x.lines.forEach((l, i) => {
      if (!shown.has(i) || l.text.trim() === '') return;
      const tag = `${goldLines.includes(i) ? 'G' : ' '}${detected.has(i) ? 'P' : x.closingLines.includes(i) ? 'c' : ' '}`;
      process.stdout.write(`  ${tag} ${String(i + 1).padStart(3)} ${l.text.slice(0, 100)}\n`);
    });
  }
  process.stdout.write(`\nTRAIN gold blocks (newest + quoted bodies): ${blocks}; with no claimed line: ${missed} (${shipped ? 'shipped weights' : 'out of fold'})\n`);
  process.stdout.write(`by cause: ${JSON.stringify(byCause)}\n`);
  const { p, r, f1 } = prf(lines);
  process.stdout.write(`pipeline line P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${lines.tp + lines.fn} gold lines)\n`);
  for (const [name, n] of Object.entries(byClass)) process.stdout.write(`  ${name.padEnd(34)} ${n}\n`);
  process.stdout.write(`  ${'(no class)'.padEnd(34)} ${unclassed}\n`);
}

main();
