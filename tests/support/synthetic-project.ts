/**
 * A whole synthetic catalog that passes `npm run validate`, for the build
 * benchmark: the names, aliases and summaries of syntheticCatalog() turned
 * into content/tools/<id>.md entries with every field the schema knows
 * (bodies of 60–250 words, tags from content/tags.yml, symmetric alternatives, successors, status notes and
 * dates), plus content/activity.json records so the activity sorts have data.
 * The same size and seed always give the same files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parse, parseDocument } from 'yaml';
import type { Status } from '../../src/lib/status.ts';
import { serializeActivity } from '../../src/lib/tool/activity-facts.ts';
import type { Activity, ActivityFile } from '../../src/schemas/activity.ts';
import { CATEGORY_IDS } from '../../src/schemas/ids.ts';
import { prng, syntheticCatalog } from './synthetic-catalog.ts';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** One generated entry: its id (file name) and the file's text. */
export interface SyntheticEntry {
  id: string;
  text: string;
}

export interface SyntheticProject {
  /** content/tools/<id>.md files. */
  entries: SyntheticEntry[];
  /** content/activity.json, in the refresh's layout. */
  activity: string;
  /** content/redirects.yml: a few old paths pointing at synthetic tools. */
  redirects: string;
  /** Subcategory id → the names of its first synthetic tools, for guides that name them (see writeSyntheticGuides). */
  guideNames: Record<string, string[]>;
}

/**
 * Rewrites the guides of the category files under `root` so that each names its subcategory's first
 * synthetic tools, as the validator asks of a guide: the real guides name real tools.
 */
export function writeSyntheticGuides(root: string, project: SyntheticProject): void {
  const dir = join(root, 'content', 'categories');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
    const [, yaml, ...rest] = readFileSync(join(dir, name), 'utf8').split(/^---[ \t]*$/m);
    const doc = parseDocument(yaml ?? '');
    const list = doc.get('subcategories');
    for (const item of isSeq(list) ? list.items : []) {
      if (!isMap(item)) continue;
      const names = project.guideNames[String(item.get('id'))] ?? [];
      if (names.length > 0) item.set('guide', `A synthetic guide naming ${names.join(', ')}, the first tools dealt to this subcategory.`);
    }
    writeFileSync(join(dir, name), `---\n${doc.toString()}---${rest.join('---')}`);
  }
}

const LICENSES = [
  'Apache-2.0',
  'Apache-2.0',
  'Apache-2.0',
  'MIT',
  'MIT',
  'BSD-3-Clause',
  'MPL-2.0',
  'GPL-3.0-only',
  'AGPL-3.0-only',
  'proprietary',
];
const LANGUAGES = ['Go', 'Go', 'Go', 'Rust', 'Python', 'Java', 'C', 'C++', 'TypeScript', 'Ruby', 'Shell', 'Erlang', 'Scala'];
const ORGANISATIONS = [
  'Cloud Native Computing Foundation',
  'Apache Software Foundation',
  'HashiCorp',
  'Red Hat',
  'Grafana Labs',
  'Docker, Inc.',
  'independent maintainers',
];

/** Sentence parts for bodies: plain prose, never raw HTML, sometimes a code span. */
const OPENERS = [
  'It runs as a small daemon next to each workload and reports to a central server.',
  'Operators describe the desired state in a configuration file and the tool converges the cluster towards it.',
  'The project started as an internal tool at a hosting company and was later released under an open licence.',
  'A command-line client, `ctl`, talks to its HTTP API and prints tables or JSON.',
  'It stores its state in a replicated log, so a cluster of three or five servers survives the loss of one node.',
  'Plugins extend it with new backends without rebuilding the core.',
  'Its web interface shows the current state of every node and lets operators drain or cordon them.',
  'Configuration reloads happen without restarting the process, which keeps connections open during changes.',
  'Metrics are exposed in the Prometheus format on a separate port.',
  'The data model is deliberately small: a handful of resource kinds cover most deployments.',
  'Releases follow semantic versioning, and upgrades between minor versions need no migration.',
  'Documentation covers installation on bare metal, in virtual machines and inside Kubernetes.',
  'It integrates with common identity providers through OpenID Connect.',
  'Most users deploy it with a Helm chart or a single static binary.',
  'Benchmarks published by the maintainers focus on latency under load rather than raw throughput.',
  'Its authors describe it as the simplest thing that could work for small teams.',
];
const FITS = [
  'Compared with the older tools in this category, it trades flexibility for a shorter setup.',
  'Several larger platforms embed it as a component instead of writing their own.',
  'It is often used together with a service mesh, which handles the traffic it does not see.',
  'Teams that outgrow it usually move to one of the alternatives listed on this page.',
  'It overlaps with the container runtime on each host but leaves scheduling to the orchestrator.',
  'The ecosystem around it includes exporters, dashboards and editor integrations maintained by the community.',
];

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 60–250 words in two or three paragraphs, naming the tool and, when it stopped, what happened. */
function bodyFor(random: Random, name: string, summary: string, status: Status, successorName: string | undefined): string {
  // The last sentence and the status paragraph add up to 40 words to the target.
  const target = between(random, 70, 205);
  const first = [`${name} is a ${/^(Go|Kubernetes) /.test(summary) ? summary : summary.charAt(0).toLowerCase() + summary.slice(1)}`];
  const second: string[] = [];
  const words = (): number => [...first, ...second].join(' ').split(/\s+/).length;
  while (words() < target) {
    const sentence = random() < 0.7 ? pick(random, OPENERS) : pick(random, FITS);
    (words() < target / 2 ? first : second).push(sentence);
  }
  const paragraphs = [first.join(' '), second.join(' ')].filter((paragraph) => paragraph !== '');
  if (status !== 'active') {
    paragraphs.push(
      successorName
        ? `Development has slowed or stopped; most users have moved to ${successorName}, which covers the same ground.`
        : 'Development has slowed or stopped, and new deployments should look at the alternatives first.',
    );
  }
  return paragraphs.join('\n\n');
}

/** A summary of 20–160 characters, one sentence, as the schema wants. */
function fitSummary(summary: string): string {
  if (summary.length <= 160) return summary;
  const words = summary.slice(0, -1).split(' ');
  while (`${words.join(' ')}.`.length > 160) words.pop();
  return `${words.join(' ').replace(/[,\s]+$/, '')}.`;
}

const STATUS_NOTES: Record<Exclude<Status, 'active'>, string> = {
  maintained: 'Receives fixes and security updates but little new development since {year}.',
  inactive: 'No release or commit since {year} and no word from its maintainers.',
  deprecated: 'Its maintainers declared end of life in {year} and point to a successor.',
  archived: 'The repository was archived in {year} and is read-only.',
  defunct: 'The project site and packages disappeared in {year}.',
};

const day = (random: Random, year: number, lastMonth = 12): string =>
  `${year}-${String(between(random, 1, lastMonth)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;

const yamlList = (items: readonly string[]): string =>
  `[${items.map((item) => (/^[\w.+-][\w .+/-]*$/.test(item) && !/^(yes|no|true|false|null|on|off)$/i.test(item) ? item : JSON.stringify(item))).join(', ')}]`;
const yamlString = (text: string): string => JSON.stringify(text);

/** Category id → its subcategory ids, in order, as content/categories/<id>.md under `root` defines them. */
export type SubcategoryMap = Readonly<Record<string, readonly string[]>>;

export function readSubcategories(root: string): SubcategoryMap {
  const dir = join(root, 'content', 'categories');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const [, yaml] = readFileSync(join(dir, name), 'utf8').split(/^---[ \t]*$/m);
        const list = (parse(yaml ?? '') as { subcategories?: Array<{ id: string }> } | null)?.subcategories ?? [];
        return [name.replace(/\.md$/, ''), list.map((sub) => sub.id)];
      }),
  );
}

/**
 * A valid catalog of `size` tools (at least 150, the catalog's minimum) whose tags come from `tagIds`
 * (the ids in content/tags.yml) and whose subcategories come from `subcategories`. Tools are dealt
 * round the subcategories in turn, so every subcategory holds the validator's minimum of tools once
 * the catalog has four tools per subcategory.
 */
export function syntheticProject(size: number, tagIds: readonly string[], subcategories: SubcategoryMap, seed = 2015): SyntheticProject {
  const random = prng(seed * 7 + size);
  const slots = CATEGORY_IDS.flatMap((category) => (subcategories[category] ?? []).map((sub) => ({ category, sub })));
  if (slots.length === 0) throw new Error('syntheticProject: the category files define no subcategories');
  const base = syntheticCatalog(size, seed);
  const known = new Set(tagIds);
  const plainTags = [...tagIds];

  // Ids must be unique (two names can make one id: "Kube Proxy" and "kube-proxy"); names and aliases share one namespace.
  const usedIds = new Set<string>();
  const claimed = new Set<string>();
  const nameKey = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const tools = base.tools.map((tool, index) => {
    let id = tool.id.slice(0, 60).replace(/-$/, '');
    for (let n = 2; usedIds.has(id); n += 1) id = `${tool.id.slice(0, 55)}-${n}`;
    usedIds.add(id);
    claimed.add(nameKey(tool.name));
    const slot = slots[index % slots.length]!;
    return { ...tool, id, category: slot.category, subcategory: slot.sub };
  });
  const aliasesOf = new Map<string, string[]>();
  for (const tool of tools) {
    const kept = (tool.aliases ?? []).filter((alias) => {
      const key = nameKey(alias);
      if (claimed.has(key) || alias.length > 60) return false;
      claimed.add(key);
      return true;
    });
    aliasesOf.set(tool.id, kept);
  }

  // Categories: the primary one from the search catalog, sometimes a second.
  const categoriesOf = new Map(
    tools.map((tool) => {
      const categories = [tool.category];
      if (random() < 0.12) {
        const second = pick(random, CATEGORY_IDS);
        if (second !== tool.category) categories.push(second);
      }
      return [tool.id, categories] as const;
    }),
  );

  // Tags: the search catalog's where tags.yml knows them, and at least two uses for every tag in tags.yml.
  const tagsOf = new Map(
    tools.map((tool) => {
      const tags = new Set((tool.tags ?? []).filter((tag) => known.has(tag)));
      while (tags.size < 2) tags.add(pick(random, plainTags));
      return [tool.id, [...tags].slice(0, 6)] as const;
    }),
  );
  tagIds.forEach((tag, index) => {
    for (const tool of [tools[index % tools.length]!, tools[(index * 7 + 3) % tools.length]!]) {
      const tags = tagsOf.get(tool.id)!;
      if (!tags.includes(tag)) tags.push(tag);
    }
  });

  // Alternatives: symmetric, between tools of the same primary category.
  const byCategory = new Map<string, string[]>();
  for (const tool of tools) byCategory.set(tool.category, [...(byCategory.get(tool.category) ?? []), tool.id]);
  const alternativesOf = new Map(tools.map((tool) => [tool.id, new Set<string>()]));
  for (const tool of tools) {
    if (random() < 0.45) continue;
    const peers = byCategory.get(tool.category)!;
    for (let i = between(random, 1, 3); i > 0; i -= 1) {
      const other = pick(random, peers);
      if (other === tool.id || alternativesOf.get(tool.id)!.size >= 6 || alternativesOf.get(other)!.size >= 6) continue;
      alternativesOf.get(tool.id)!.add(other);
      alternativesOf.get(other)!.add(tool.id);
    }
  }
  const activeIn = new Map<string, string[]>();
  for (const tool of tools) if (tool.status === 'active') activeIn.set(tool.category, [...(activeIn.get(tool.category) ?? []), tool.id]);
  const nameOf = new Map(tools.map((tool) => [tool.id, tool.name]));

  const activity: ActivityFile = {};
  const entries = tools.map((tool): SyntheticEntry => {
    const status = tool.status;
    const firstRelease = between(random, 2008, 2025);
    const successor = status !== 'active' && random() < 0.5 ? pick(random, activeIn.get(tool.category) ?? [undefined]) : undefined;
    const owner = `${tool.id.split('-')[0]!.slice(0, 20)}-project`;
    const repository = `https://github.com/${owner}/${tool.id}`;
    const hasRepository = random() < 0.85;
    // Entries join over two years; most are re-checked only when something changes.
    const added = day(random, between(random, 2025, 2026), 10);
    const verified = random() < 0.15 ? day(random, 2026, 11) : added;
    const lines = [
      '---',
      `name: ${yamlString(tool.name)}`,
      `summary: ${yamlString(fitSummary(sentenceCase(tool.summary)))}`,
      `categories: ${yamlList(categoriesOf.get(tool.id)!)}`,
      `subcategory: ${tool.subcategory}`,
      `website: https://${tool.id}.example.org/`,
      ...(hasRepository ? [`repository: ${repository}`] : []),
      ...(random() < 0.5 ? [`docs: https://${tool.id}.example.org/docs/`] : []),
      `license: ${pick(random, LICENSES)}`,
      `language: ${yamlList([...new Set([pick(random, LANGUAGES), ...(random() < 0.3 ? [pick(random, LANGUAGES)] : [])])])}`,
      `status: ${status}`,
    ];
    if (status !== 'active') {
      const since = between(random, Math.max(firstRelease, 2015), 2026);
      lines.push(`statusNote: ${yamlString(STATUS_NOTES[status].replace('{year}', String(since)))}`, `statusSince: ${since}`);
    }
    if (successor) lines.push(`successors: [${successor}]`);
    const alternatives = [...alternativesOf.get(tool.id)!];
    if (alternatives.length > 0) lines.push(`alternatives: ${yamlList(alternatives)}`);
    const aliases = aliasesOf.get(tool.id)!;
    if (aliases.length > 0) lines.push(`aliases: ${yamlList(aliases)}`);
    lines.push(`tags: ${yamlList(tagsOf.get(tool.id)!)}`);
    if (random() < 0.6) lines.push(`organization: ${yamlString(pick(random, ORGANISATIONS))}`);
    // The evidence the validator asks for: one source backing the status, its start and the first release.
    lines.push(
      `sources: [{label: project site, url: "https://${tool.id}.example.org/about/", supports: [status, statusSince, firstRelease]}]`,
    );
    lines.push(`firstRelease: ${firstRelease}`, `added: ${added}`, `verified: ${verified > added ? verified : added}`, '---', '');
    const body = bodyFor(random, tool.name, fitSummary(tool.summary), status, successor ? nameOf.get(successor) : undefined);

    if (hasRepository && random() < 0.7) {
      const lastYear = status === 'active' ? 2026 : between(random, 2016, 2025);
      const record: Activity = {
        repository: `${owner}/${tool.id}`.slice(0, 140),
        source: 'github-api',
        fetchedAt: '2026-11-30',
        stars: Math.floor(10 ** (random() * 5)),
        forks: Math.floor(10 ** (random() * 3.5)),
        lastCommit: `${day(random, lastYear, lastYear === 2026 ? 10 : 12)}T12:00:00Z`,
        createdAt: `${day(random, firstRelease)}T08:30:00Z`,
      };
      if (status === 'archived') record.archived = true;
      if (random() < 0.8)
        record.latestRelease = {
          tag: `v${between(random, 0, 4)}.${between(random, 0, 30)}.${between(random, 0, 9)}`,
          date: `${day(random, lastYear, lastYear === 2026 ? 10 : 12)}T10:00:00Z`,
          kind: random() < 0.8 ? 'release' : 'tag',
        };
      activity[tool.id] = record;
    }
    return { id: tool.id, text: `${lines.join('\n')}\n${body}\n` };
  });

  const redirects = [
    '# Synthetic catalog: a few old addresses so the build makes redirect pages.',
    ...tools.slice(0, 5).map((tool) => `tools/old-${tool.id}/: ${tool.id}`),
    '',
  ].join('\n');
  const guideNames: Record<string, string[]> = {};
  for (const tool of tools) {
    const names = (guideNames[tool.subcategory] ??= []);
    if (names.length < 3) names.push(tool.name);
  }
  return { entries, activity: serializeActivity(activity), redirects, guideNames };
}
