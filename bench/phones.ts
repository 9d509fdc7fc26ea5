/**
 * `npm run bench -- phones`: what the choice of libphonenumber-js metadata (`min`, `mobile`, `max`) changes for
 * signatures, and what it costs in the bundle. Signatures only format numbers; formatting is compared on the same
 * seeded numbers for every country (E.164 input, and national input with the country as default). The size is
 * each set's library code + metadata bundled alone by esbuild, unminified like `dist/Code.js`.
 * Then: on a sample company's directory, where `{{#formatPhone}}` takes its grouping from.
 */
import { build } from 'esbuild';
import * as min from 'libphonenumber-js/min';
import * as max from 'libphonenumber-js/max';
import * as mobile from 'libphonenumber-js/mobile';
import { OfflineWorkspace } from '../sim/workspace';
import { createSampleCompany } from '../sim/directory/generator';
import { formatPhoneNumber } from '../src/core/signatures/phone-format';

const PER_COUNTRY = 300;

function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

type Lib = typeof min;

function formatted(lib: Lib, input: string, country: min.CountryCode): string {
  const p = lib.parsePhoneNumberFromString(input, country);
  return p ? `${p.number}|${p.formatInternational()}|${p.formatNational()}` : '-';
}

async function bundledBytes(set: string): Promise<number> {
  const out = await build({
    stdin: { contents: `export { parsePhoneNumberFromString, isSupportedCountry } from 'libphonenumber-js/${set}';`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: false,
  });
  return out.outputFiles[0].contents.length;
}

export async function run(): Promise<void> {
  const rnd = seeded(12);
  let numbers = 0;
  let maxValid = 0;
  const differ = { mobile: 0, max: 0 };
  for (const country of min.getCountries()) {
    const code = min.getCountryCallingCode(country);
    for (let i = 0; i < PER_COUNTRY; i++) {
      let national = String(rnd(10));
      const length = 6 + rnd(8);
      while (national.length < length) national += rnd(10);
      for (const input of [`+${code}${national.replace(/^0/, '1')}`, national]) {
        numbers++;
        const a = formatted(min, input, country);
        if (a !== formatted(max as unknown as Lib, input, country)) differ.max++;
        if (a !== formatted(mobile as unknown as Lib, input, country)) differ.mobile++;
        if (max.parsePhoneNumberFromString(input, country)?.isValid()) maxValid++;
      }
    }
  }
  const sizes = { min: await bundledBytes('min'), mobile: await bundledBytes('mobile'), max: await bundledBytes('max') };
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`numbers formatted: ${numbers.toLocaleString('en-US')} (${min.getCountries().length} countries; ${maxValid.toLocaleString('en-US')} valid by max metadata)`);
  console.log('| metadata | bundled alone | more than min | numbers formatted differently from min |');
  console.log('|---|---|---|---|');
  for (const set of ['min', 'mobile', 'max'] as const) {
    console.log(`| ${set} | ${kib(sizes[set])} | ${set === 'min' ? '–' : `+${kib(sizes[set] - sizes.min)}`} | ${set === 'min' ? '–' : differ[set]} |`);
  }

  const ws = new OfflineWorkspace({ seed: 'bench-phones' });
  const tenant = createSampleCompany(ws, { seed: 'phones', users: 2_000 });
  const from = { library: 0, directory: 0, asIs: 0, notANumber: 0 };
  for (const u of ws.directory.usersOf(tenant.customerId)) {
    const country = u.addresses?.[0]?.countryCode ?? '';
    for (const ph of u.phones ?? []) {
      const raw = ph.value ?? '';
      const out = formatPhoneNumber(raw, country, 'international');
      const parsed = min.parsePhoneNumberFromString(raw, min.isSupportedCountry(country) ? country : undefined);
      if (!parsed || !parsed.isPossible()) from.notANumber++;
      else if (out === parsed.formatInternational()) from[/^\+\d+ \d+$/.test(out) ? 'asIs' : 'library']++;
      else from.directory++;
    }
  }
  console.log(`\nSample company (2,000 users), {{#formatPhone}}: ${from.library} numbers in libphonenumber's grouping, ${from.directory} in the directory's own (libphonenumber has none for them), ${from.asIs} written as they are (no grouping anywhere), ${from.notANumber} not a possible number (written as the directory has them)`);
}
