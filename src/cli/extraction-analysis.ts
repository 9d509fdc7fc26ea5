/**
 * End-to-end field misses on the Quagga Enron TRAIN split only (never TEST): for each message whose predicted
 * contact disagrees with the gold fields, prints the gold and predicted signature lines and the field errors,
 * tagged by cause (no block, wrong block, partial block, parse). For error analysis while developing extraction.
 * `--segments` adds every quoted/forwarded TRAIN body as its own message (about three times the labelled
 * signatures; their senders come from the quoted header, often without an address). Ends with per-field counts.
 * `--gold-blocks` feeds the parser the GOLD signature lines instead (newest and quoted TRAIN bodies): the
 * parser's own confusion, gold vs got, without block-detection errors.
 * `npx tsx src/cli/extraction-analysis.ts [--segments|--gold-blocks] [field]`
 */
import { extractFromText, type Extraction } from '../core/contact-extraction';
import { parseSignature } from '../core/contact-extraction/fields';
import { profileOf } from '../core/contact-extraction/sender';
import { countFields, prf, SCORED_FIELDS } from './field-scoring';
import { loadQuagga, type FieldSpan, type LabelledMessage } from './signature-data';

/** The parser alone on the gold block, with the gold sign-off name, as bench/extraction.ts parserOnly does. */
function parseGoldBlock(m: LabelledMessage): Pick<Extraction, 'contact' | 'signatureLines' | 'lines'> {
  const lines = m.body.split(/\r\n|\r|\n/);
  const firstSig = m.labels.indexOf('signature');
  const closingName = lines.slice(0, firstSig).filter((l, i) => m.labels[i] === 'closing' && l.trim() !== '').pop();
  const signatureLines = lines.map((_l, i) => i).filter((i) => m.labels[i] === 'signature');
  const contact = parseSignature(signatureLines.map((i) => lines[i]), profileOf(m.sender), closingName);
  return { contact, signatureLines, lines: lines.map((text, index) => ({ text, index })) as Extraction['lines'] };
}

const FIELDS = SCORED_FIELDS;

function main(): void {
  const args = process.argv.slice(2);
  const goldBlocks = args.includes('--gold-blocks');
  const segments = goldBlocks || args.includes('--segments');
  const only = args.find((a) => !a.startsWith('--')) as FieldSpan['field'] | undefined;
  const causes: Record<string, number> = {};
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  for (const m of loadQuagga(segments).filter((q) => q.split === 'train' && (!goldBlocks || q.fields))) {
    const x = goldBlocks ? parseGoldBlock(m) : extractFromText(m.body, m.sender);
    const errs: string[] = [];
    const fieldCounts = only ? Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) : counts;
    countFields(m, x.contact, fieldCounts, (kind, field, value, gold, pred) => {
      errs.push(kind === 'FP' ? `  FP ${field}: ${JSON.stringify(value)} gold ${JSON.stringify(gold)}` : `  FN ${field}: ${JSON.stringify(value)} pred ${JSON.stringify(pred)}`);
    });
    if (only) {
      for (const k of ['tp', 'fp', 'fn'] as const) counts[only][k] += fieldCounts[only][k];
      errs.splice(0, errs.length, ...errs.filter((e) => e.startsWith(`  FP ${only}:`) || e.startsWith(`  FN ${only}:`)));
    }
    if (errs.length === 0) continue;
    const goldLines = m.labels.map((l, i) => (l === 'signature' && i < m.newestEnd ? i : -1)).filter((i) => i >= 0);
    const predLines = new Set(x.signatureLines);
    const overlap = goldLines.filter((i) => predLines.has(i)).length;
    const cause = !m.hasSignature ? 'no gold signature' : predLines.size === 0 ? 'no block' : overlap === 0 ? 'wrong block'
      : overlap < goldLines.length || predLines.size > goldLines.length ? 'partial block' : 'parse';
    causes[cause] = (causes[cause] ?? 0) + 1;
    process.stdout.write(`\n=== ${m.id} [${cause}] From: ${m.sender.displayName} <${m.sender.email}>\n${errs.join('\n')}\n`);
    const shown = new Set([...goldLines, ...predLines]);
    x.lines.forEach((l, i) => {
      if (!shown.has(i) || l.text.trim() === '') return;
      const tag = `${goldLines.includes(i) ? 'G' : ' '}${predLines.has(i) ? 'P' : ' '}`;
      process.stdout.write(`  ${tag} ${String(i + 1).padStart(3)} ${l.text.slice(0, 100)}\n`);
    });
  }
  process.stdout.write(`\nmessages with misses by cause: ${JSON.stringify(causes)}\n`);
  for (const field of FIELDS) {
    const { p, r, f1 } = prf(counts[field]);
    process.stdout.write(`${field.padEnd(8)} gold ${String(counts[field].tp + counts[field].fn).padStart(3)}  P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}\n`);
  }
}

main();
