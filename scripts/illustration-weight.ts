/**
 * What the stretch illustrations weigh, from a build (npm run build): the break page's own JS and
 * CSS (everything its HTML loads up front), every illustration chunk (reached only through the
 * registry's dynamic imports), and what opening one stretch adds to the break page.
 * Gzip -9 per file, as bench/bundleSize.ts counts.
 *
 *   npx tsx scripts/illustration-weight.ts [dist/chrome]
 */
import { dynamicTargets, htmlRoots, measure, staticClosure } from '../bench/bundleSize.ts';
import { STRETCHES } from '../src/core/content/stretches.ts';

const dist = process.argv[2] ?? 'dist/chrome';
const BREAK = 'src/ui/break/break.html';

const firstView = staticClosure(dist, htmlRoots(dist, BREAK));
const js = [...firstView].filter((f) => f.endsWith('.js'));
const css = [...firstView].filter((f) => f.endsWith('.css'));

// Chunks the break page can load later: the illustrations (and whatever they share).
const lazy = new Map<string, Set<string>>();
for (const target of dynamicTargets(dist, firstView)) {
  if (firstView.has(target) || !target.endsWith('.js')) continue;
  lazy.set(target, new Set([...staticClosure(dist, [target])].filter((f) => !firstView.has(f))));
}
const allLazy = new Set([...lazy.values()].flatMap((files) => [...files]));
// A stretch's own chunk is named after it (assets/<id>-<hash>.js); the rest are shared chunks.
const stretchChunk = new RegExp(`/(${STRETCHES.map((s) => s.illustration).join('|')})-[\\w-]+\\.js$`);
const perStretch = [...lazy.entries()]
  .filter(([entry]) => stretchChunk.test(entry))
  .map(([entry, files]) => ({ entry, ...measure(dist, files) }));
const kb = (n: number) => `${n} B`;

const rows: [string, { raw: number; gzip: number; files: string[] }][] = [
  ['break page JS, loaded up front', measure(dist, js)],
  ['break page CSS, loaded up front', measure(dist, css)],
  ['all illustration chunks (lazy)', measure(dist, allLazy)],
];
for (const [name, b] of rows) {
  process.stdout.write(
    `${name.padEnd(36)} ${kb(b.gzip).padStart(9)} gzip  ${kb(b.raw).padStart(9)} raw  (${b.files.length} files)\n`,
  );
}
if (perStretch.length > 0) {
  const gz = perStretch.map((p) => p.gzip).sort((a, b) => a - b);
  process.stdout.write(
    `${'one stretch opened (own + shared)'.padEnd(36)} ${kb(gz[0] as number)} to ${kb(gz[gz.length - 1] as number)} gzip (${perStretch.length} stretches)\n`,
  );
}
