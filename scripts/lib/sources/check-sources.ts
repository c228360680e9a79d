/**
 * Whether every source URL of the catalog still answers: each distinct URL is requested once (HEAD,
 * then GET where a server refuses HEAD), a few at a time, each with its own deadline, and the result
 * is a list of the URLs that did not answer and the entries that cite them.
 */
import { parse } from 'yaml';
import { listContent, readContentText, TOOLS_DIR, idOf } from '../content-files.ts';
import { splitFrontMatter } from '../front-matter.ts';
import { fetchBounded, NetworkError } from '../net/bounded-fetch.ts';

export interface CitedSource {
  url: string;
  /** The entries that cite it, with the label each gives it. */
  citedBy: Array<{ id: string; label: string }>;
}

export interface SourceCheck {
  url: string;
  citedBy: CitedSource['citedBy'];
  /** `ok`: answered below 400; `broken`: 4xx/5xx or no answer; `unchecked`: the host asked us to slow down (429). */
  outcome: 'ok' | 'broken' | 'unchecked';
  detail: string;
}

/** Every source URL of the entries under `root`, each once, in the order first cited. */
export function collectSources(root: string): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const file of listContent(root, TOOLS_DIR).entries) {
    const read = readContentText(root, file);
    if (!read.ok || read.text === undefined) continue;
    const split = splitFrontMatter(read.text);
    if (!split.ok) continue;
    let data: unknown;
    try {
      data = parse(split.yaml);
    } catch {
      continue; // The validator reports a broken entry; this check only reads the ones it can.
    }
    const sources = (data as { sources?: unknown } | null)?.sources;
    if (!Array.isArray(sources)) continue;
    for (const source of sources as unknown[]) {
      const { url, label } = (source ?? {}) as { url?: unknown; label?: unknown };
      if (typeof url !== 'string') continue;
      const cited = byUrl.get(url) ?? { url, citedBy: [] };
      cited.citedBy.push({ id: idOf(file), label: typeof label === 'string' ? label : '' });
      byUrl.set(url, cited);
    }
  }
  return [...byUrl.values()];
}

export interface CheckOptions {
  timeoutMs: number;
  concurrency: number;
}

/** Asks one URL whether it is there; a body too large to read still means the page answered. */
export async function checkUrl(url: string, timeoutMs: number): Promise<Pick<SourceCheck, 'outcome' | 'detail'>> {
  const ask = async (method: 'HEAD' | 'GET'): Promise<number> => {
    try {
      return (
        await fetchBounded(url, { method, timeoutMs, maxBytes: 256 * 1024, headers: { 'user-agent': 'container-atlas-source-check' } })
      ).status;
    } catch (error) {
      if (error instanceof NetworkError && error.kind === 'too-large') return 200;
      throw error;
    }
  };
  try {
    let status = await ask('HEAD');
    // Some servers answer HEAD with 403, 404 or 405 where GET works.
    if (status === 403 || status === 404 || status === 405) status = await ask('GET');
    if (status === 429) return { outcome: 'unchecked', detail: 'HTTP 429: the host asked to slow down' };
    return status < 400 ? { outcome: 'ok', detail: `HTTP ${status}` } : { outcome: 'broken', detail: `HTTP ${status}` };
  } catch (error) {
    return { outcome: 'broken', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Checks every source, `concurrency` at a time, in the order given. */
export async function checkSources(sources: readonly CitedSource[], options: CheckOptions): Promise<SourceCheck[]> {
  const results: SourceCheck[] = new Array<SourceCheck>(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < sources.length; index = next++) {
      const source = sources[index]!;
      results[index] = { url: source.url, citedBy: source.citedBy, ...(await checkUrl(source.url, options.timeoutMs)) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, sources.length)) }, worker));
  return results;
}

/** The report for the weekly pull request: counts, then every URL that did not answer with who cites it. */
export function sourcesReport(results: readonly SourceCheck[]): string {
  const broken = results.filter((result) => result.outcome === 'broken');
  const unchecked = results.filter((result) => result.outcome === 'unchecked');
  const lines = [
    '## Sources',
    '',
    `${results.length} source URLs checked: ${results.length - broken.length - unchecked.length} answered, ${broken.length} did not, ${unchecked.length} not checked.`,
    '',
  ];
  for (const result of broken) {
    const who = result.citedBy.map((cite) => `\`${cite.id}\` (${cite.label})`).join(', ');
    lines.push(`- ${result.url}: ${result.detail}; cited by ${who}`);
  }
  return `${lines.join('\n')}\n`;
}
