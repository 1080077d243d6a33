// Application PDF rendering: one 住民異動届 (every field type, a four-line group, one page) rendered
// in-process, after warm-up, one at a time. Measures layout, font subsetting and PDF writing —
// the work behind GET /drafts/:code/application.pdf — without HTTP around it.
//
//   node bench/pdf.mjs                 # 50 forms after 5 warm-up renders
//   PDF_RUNS=200 node bench/pdf.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { register } from 'tsx/esm/api';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.PDF_RUNS ?? 50);
const WARM_UP = 5;

// The renderer is TypeScript source, as every workspace package is; tsx loads it as the server does.
register();
const pdfFolder = join(root, 'apps/server/src/modules/visits/pdf');
const { renderApplicationPdf } = await import(join(pdfFolder, 'render-application.ts'));
const { movingNotice, sampleApplication } = await import(join(pdfFolder, 'fixtures.ts'));

const input = sampleApplication({ procedures: [movingNotice] });

// The first render of the process reads and parses both 5 MB fonts.
let start = performance.now();
let bytes = await renderApplicationPdf(input);
const coldMs = performance.now() - start;

for (let i = 1; i < WARM_UP; i++) await renderApplicationPdf(input);
const times = [];
for (let i = 0; i < RUNS; i++) {
  start = performance.now();
  bytes = await renderApplicationPdf(input);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const percentile = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  form: movingNotice.definition.title.ja,
  coldFirstRenderMs: round(coldMs),
  meanMs: round(times.reduce((sum, ms) => sum + ms, 0) / times.length),
  p50Ms: round(percentile(50)),
  p99Ms: round(percentile(99)),
  maxMs: round(times.at(-1)),
  pdfBytes: bytes.length,
  rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'pdf.json'), `${JSON.stringify(summary, null, 2)}\n`);

console.log(`\nNode ${summary.node}, ${RUNS} renders of one ${summary.form} after ${WARM_UP} warm-up\n`);
console.log('| first render (cold) ms | mean ms | p50 ms | p99 ms | max ms | PDF bytes | RSS MB |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(
  `| ${summary.coldFirstRenderMs} | ${summary.meanMs} | ${summary.p50Ms} | ${summary.p99Ms} | ${summary.maxMs} | ${summary.pdfBytes} | ${summary.rssMB} |`,
);
