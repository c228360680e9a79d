/**
 * npm run bench:search — how fast and how small the site search is, on
 * deterministic synthetic catalogs of 100, 1,000 and 10,000 tools, next to
 * two references run in the same process on the same data: fuse.js with its
 * default options over all four fields, and uFuzzy.
 *
 * Options: --sizes=100,1000 to run fewer sizes; --quick to time the slow
 * default fuse.js reference on a quarter of the queries at 10,000 tools.
 * Figures vary from run to run by a few per cent; the README quotes one run.
 */
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import uFuzzy from '@leeoniya/ufuzzy';
import { buildIndex, buildIndexInSlices, search } from '../src/lib/search/engine.ts';
import { toSearchData, type SearchData } from '../src/lib/search/projection.ts';
import { loadCategories, loadTools } from '../tests/support/catalog.ts';
import { benchQueries, QUERY_KINDS, syntheticCatalog, type BenchQuery, type QueryKind } from './bench/synthetic-catalog.ts';

const args = process.argv.slice(2);
const sizesArg = args.find((arg) => arg.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [100, 1000, 10000];
const QUICK = args.includes('--quick');
/** Results a reader sees at once: the dropdown shows fewer, the hit rate counts the first ten. */
const TOP = 10;
const FOUR_FIELDS = ['name', 'aliases', 'tags', 'summary'];

type Searcher = (query: string) => string[];
interface Engine {
  name: string;
  /** Builds whatever the engine needs; returns a function giving the ids of the top results. */
  build: (data: SearchData) => Searcher;
}

const haystackOf = (data: SearchData): string[] =>
  data.tools.map((tool) => [tool.name, ...(tool.aliases ?? []), ...(tool.tags ?? []), tool.summary].join(' '));

function uFuzzySearcher(data: SearchData, options: uFuzzy.Options, outOfOrder: number): Searcher {
  const uf = new uFuzzy(options);
  const haystack = haystackOf(data);
  return (query) => {
    const [idxs, info, order] = uf.search(haystack, query, outOfOrder);
    if (!idxs) return [];
    const ranked = info && order ? order.map((position) => info.idx[position]!) : idxs;
    return ranked.slice(0, TOP).map((index) => data.tools[index]!.id);
  };
}

const ENGINES: Engine[] = [
  {
    name: 'atlas (fuse.js on pre-filtered candidates)',
    build: (data) => {
      const index = buildIndex(data);
      return (query) => search(index, query, { limit: TOP }).hits.map((hit) => hit.record.id);
    },
  },
  {
    name: 'fuse.js, default options',
    build: (data) => {
      const fuse = new Fuse(data.tools, { keys: FOUR_FIELDS });
      return (query) => fuse.search(query, { limit: TOP }).map((result) => result.item.id);
    },
  },
  { name: 'uFuzzy, default options', build: (data) => uFuzzySearcher(data, {}, 0) },
  {
    name: 'uFuzzy, one typo per word, any order',
    build: (data) => uFuzzySearcher(data, { intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 }, 1),
  },
];

interface Measurement {
  engine: string;
  buildMs: number;
  p50: number;
  p95: number;
  samples: number;
  hits: Record<QueryKind, { top1: number; top10: number; total: number }>;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

function measure(engine: Engine, data: SearchData, queries: BenchQuery[], maxQueries: number): Measurement {
  const start = performance.now();
  const run = engine.build(data);
  const buildMs = performance.now() - start;
  const timed = queries.slice(0, maxQueries);
  // Warm-up, so the JIT has compiled every code path before the clock runs: a whole
  // pass, unless the engine is so slow that 20 queries already take over a second.
  const warmStart = performance.now();
  for (const query of timed.slice(0, 20)) run(query.text);
  if (performance.now() - warmStart < 1000) for (const query of timed) run(query.text);

  const hits = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, { top1: 0, top10: 0, total: 0 }])) as Measurement['hits'];
  const samples: number[] = [];
  const deadline = performance.now() + 3000;
  for (let pass = 0; pass < 5 && (pass === 0 || performance.now() < deadline); pass += 1) {
    for (const query of timed) {
      const t0 = performance.now();
      const ids = run(query.text);
      samples.push(performance.now() - t0);
      if (pass === 0) {
        const tally = hits[query.kind];
        tally.total += 1;
        if (ids[0] === query.target) tally.top1 += 1;
        if (ids.includes(query.target)) tally.top10 += 1;
      }
    }
  }
  samples.sort((a, b) => a - b);
  return { engine: engine.name, buildMs, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length, hits };
}

const bytes = (text: string): { raw: number; gzip: number } => {
  const buffer = Buffer.from(text);
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
};
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number): string => (n < 10 ? `${n.toFixed(2)} ms` : `${n.toFixed(0)} ms`);
const pad = (text: string, width: number): string => text.padEnd(width);

async function longestSlice(data: SearchData): Promise<number> {
  let longest = 0;
  await buildIndexInSlices(data, {
    sliceMs: 8,
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    onSlice: (slice) => (longest = Math.max(longest, slice)),
  });
  return longest;
}

interface SizeReport {
  size: number;
  data: { raw: number; gzip: number };
  prebuilt: { raw: number; gzip: number; createMs: number; parseMs: number };
  parseMs: number;
  sliceMs: number;
  results: Measurement[];
}

async function benchSize(size: number): Promise<SizeReport> {
  const data = syntheticCatalog(size);
  const json = JSON.stringify(data);
  const queries = benchQueries(data);

  let t0 = performance.now();
  const parsed = JSON.parse(json) as SearchData;
  const parseMs = performance.now() - t0;
  const sliceMs = await longestSlice(parsed);

  // The question the design leaves to measurement: would a prebuilt fuse.js index pay for its bytes?
  t0 = performance.now();
  const fuseIndex = Fuse.createIndex(FOUR_FIELDS, data.tools);
  const createMs = performance.now() - t0;
  const indexJson = JSON.stringify(fuseIndex.toJSON());
  t0 = performance.now();
  Fuse.parseIndex(JSON.parse(indexJson) as ReturnType<typeof fuseIndex.toJSON>);
  const parseIndexMs = performance.now() - t0;

  const results = ENGINES.map((engine) => {
    const slow = engine.name.startsWith('fuse.js, default') && size >= 10000 && QUICK;
    return measure(engine, data, queries, slow ? 50 : queries.length);
  });
  return { size, data: bytes(json), prebuilt: { ...bytes(indexJson), createMs, parseMs: parseIndexMs }, parseMs, sliceMs, results };
}

function printSize(report: SizeReport): void {
  const { size, data, prebuilt, results } = report;
  console.log(`\n## ${size.toLocaleString('en')} tools\n`);
  console.log(`search data (fetched on first intent): ${kb(data.raw)}, ${kb(data.gzip)} gzip (${(data.gzip / size).toFixed(1)} B gzip per tool)`);
  console.log(`loading: JSON.parse ${ms(report.parseMs)}; index build ${ms(results[0]!.buildMs)} in one go, longest slice ${ms(report.sliceMs)} when built in 8 ms slices`);
  console.log(
    `prebuilt Fuse.createIndex (not shipped): +${kb(prebuilt.raw)}, +${kb(prebuilt.gzip)} gzip ` +
      `(${((data.gzip + prebuilt.gzip) / data.gzip).toFixed(1)}× the bytes); createIndex ${ms(prebuilt.createMs)} vs parseIndex ${ms(prebuilt.parseMs)}`,
  );
  console.log('');
  const header = `${pad('engine', 42)} ${pad('build', 9)} ${pad('p50', 9)} ${pad('p95', 9)} ${QUERY_KINDS.map((kind) => pad(kind, 13)).join(' ')}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const result of results) {
    const rates = QUERY_KINDS.map((kind) => {
      const { top1, top10, total } = result.hits[kind];
      return pad(`${Math.round((100 * top10) / total)}% (${Math.round((100 * top1) / total)}%)`, 13);
    });
    console.log(`${pad(result.engine, 42)} ${pad(ms(result.buildMs), 9)} ${pad(ms(result.p50), 9)} ${pad(ms(result.p95), 9)} ${rates.join(' ')}`);
  }
  const ours = results[0]!;
  const ratios = results.slice(1).map((other) => `${(ours.p95 / other.p95).toFixed(3)}× ${other.engine}`);
  console.log(`\nour p95 relative to: ${ratios.join('; ')}`);
  console.log(`hit rate: the tool sought is among the first ${TOP} results (in brackets: is the first); ${ours.samples} timed searches per engine at most`);
}

function printTargets(reports: SizeReport[]): void {
  console.log('\n## Targets\n');
  const check = (ok: boolean, text: string): void => console.log(`${ok ? 'met   ' : 'MISSED'} ${text}`);
  for (const report of reports) {
    const [ours, fuseDefault, ...uFuzzies] = report.results as [Measurement, Measurement, ...Measurement[]];
    const fastestUFuzzy = Math.min(...uFuzzies.map((result) => result.p95));
    const limit = report.size === 1000 ? 2 : report.size === 10000 ? 16 : undefined;
    if (limit !== undefined) check(ours.p95 <= limit, `${report.size} tools: p95 ${ms(ours.p95)} ≤ ${limit} ms`);
    check(ours.p95 <= fastestUFuzzy, `${report.size} tools: p95 ${ms(ours.p95)} ≤ fastest uFuzzy p95 ${ms(fastestUFuzzy)}`);
    const worse = QUERY_KINDS.filter(
      (kind) => ours.hits[kind].top10 < fuseDefault.hits[kind].top10 || ours.hits[kind].top1 < fuseDefault.hits[kind].top1,
    );
    check(worse.length === 0, `${report.size} tools: hit rates ≥ default fuse.js on every query kind${worse.length ? ` (lower: ${worse.join(', ')})` : ''}`);
    check(Math.max(report.sliceMs, report.parseMs) <= 50, `${report.size} tools: no loading task over 50 ms (parse ${ms(report.parseMs)}, longest slice ${ms(report.sliceMs)})`);
    if (report.size === 10000) check(report.data.gzip <= 200 * 1024, `${report.size} tools: search data ${kb(report.data.gzip)} gzip ≤ 200 KB`);
  }
}

function printRealCatalog(): void {
  const data = toSearchData(loadTools() as Parameters<typeof toSearchData>[0], loadCategories());
  const size = bytes(JSON.stringify(data));
  console.log(
    `\nthe real catalog today: ${data.tools.length} tools, ${kb(size.raw)}, ${kb(size.gzip)} gzip ` +
      `(${(size.gzip / data.tools.length).toFixed(1)} B gzip per tool; real summaries vary more than synthetic ones)`,
  );
}

console.log(`# Search benchmark (Node ${process.version}, ${SIZES.join(' / ')} tools, ${benchQueries(syntheticCatalog(100)).length} queries per size)`);
const reports: SizeReport[] = [];
for (const size of SIZES) {
  const report = await benchSize(size);
  printSize(report);
  reports.push(report);
}
printTargets(reports);
printRealCatalog();
