/**
 * `npm run bench`: speed, cost and accuracy figures. Each area has its own file exporting `run()`; this runs them
 * in order and prints their tables. Figures, not pass/fail: targets are printed beside the measured values.
 * `npm run bench -- directory` runs only the areas named.
 */
interface BenchArea {
  name: string;
  load: () => Promise<{ run: () => Promise<void> | void }>;
}

const AREAS: BenchArea[] = [
  { name: 'delegation', load: () => import('./delegation') },
  { name: 'generator', load: () => import('./generator') },
  { name: 'signatures', load: () => import('./signatures') },
  { name: 'phones', load: () => import('./phones') },
  { name: 'directory', load: () => import('./directory') },
  { name: 'extraction', load: () => import('./extraction') },
  { name: 'probes', load: () => import('./probes') },
  { name: 'contact-inbox', load: () => import('./contact-inbox-feature') },
  { name: 'registry', load: () => import('./registry') },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const area of AREAS) {
    if (only.length > 0 && !only.includes(area.name)) continue;
    process.stdout.write(`\n## ${area.name}\n`);
    const mod = await area.load();
    await mod.run();
  }
}

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
