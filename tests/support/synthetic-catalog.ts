/**
 * Deterministic synthetic catalogs for the search benchmark, shaped like the
 * real one: made-up tool names (some sharing prefixes like "kube", some two
 * words, some "Apache …"), 0–3 aliases (abbreviations, former names, org/repo
 * paths, misspellings), 3–6 tags and a 15–30-word one-sentence summary. The
 * same size and seed always give the same catalog and the same queries.
 */
import type { Status } from '../../src/lib/status.ts';
import type { SearchData, SearchRecord } from '../../src/lib/search/projection.ts';

/** A small, fast, seedable PRNG (mulberry32); Math.random cannot be seeded. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'cr',
  'fl',
  'gr',
  'kr',
  'pl',
  'st',
  'tr',
  'sk',
  'sp',
  'qu',
  'th',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ou', 'ee', 'io'];
const CODAS = ['', '', '', 'n', 'r', 's', 'x', 'l', 'k', 't', 'm', 'd'];
const PREFIXES = [
  'kube',
  'docker',
  'cloud',
  'open',
  'micro',
  'net',
  'flux',
  'helm',
  'pod',
  'mesh',
  'log',
  'con',
  'cluster',
  'data',
  'port',
  'swarm',
];
const SECOND_WORDS = [
  'Proxy',
  'Router',
  'Mesh',
  'DNS',
  'Registry',
  'Operator',
  'Agent',
  'Dashboard',
  'Gateway',
  'Controller',
  'Scheduler',
  'CNI',
  'Engine',
  'Server',
  'Compose',
  'Workflow',
  'Linux',
  'Collector',
  'Exporter',
  'Scope',
  'Net',
  'Machine',
  'UI',
  'CLI',
];
const ORGS = ['Apache', 'Grafana', 'HashiCorp', 'Netflix', 'Spotify', 'Docker', 'Cloud Foundry'];
const TAGS = [
  'kubernetes',
  'docker',
  'git-push',
  'buildpacks',
  'web-ui',
  'terminal-ui',
  'serverless',
  'cloud-foundry',
  'key-value-store',
  'coordination',
  'service-registry',
  'dns',
  'configuration',
  'secrets',
  'load-balancer',
  'reverse-proxy',
  'api-gateway',
  'service-mesh',
  'smartstack',
  'overlay-network',
  'cni',
  'network-policy',
  'ebpf',
  'bgp',
  'vpn',
  'scheduler',
  'cluster-management',
  'kubernetes-distribution',
  'gitops',
  'provisioning',
  'package-manager',
  'mesos',
  'metrics',
  'time-series-database',
  'logging',
  'tracing',
  'alerting',
  'dashboards',
  'runtime',
  'build',
  'registry',
  'storage',
  'backup',
  'security',
  'sandboxing',
  'operating-system',
  'local-development',
  'gossip',
  'coreos',
];
const SUBJECTS = [
  'Command-line tool',
  'Daemon',
  'Kubernetes operator',
  'Go library',
  'Web application',
  'Lightweight agent',
  'Service',
  'Self-hosted platform',
  'Distributed system',
  'Plugin',
  'Controller',
  'Proxy',
  'Container runtime',
  'Terminal UI',
  'Scheduler',
  'Registry server',
  'Set of Kubernetes controllers',
  'Single binary',
  'Meta-plugin',
  'Storage engine',
];
const VERBS = [
  'schedules',
  'collects',
  'routes',
  'deploys',
  'stores',
  'watches',
  'replicates',
  'encrypts',
  'exports',
  'renders',
  'balances',
  'discovers',
  'registers',
  'builds',
  'signs',
  'scans',
  'streams',
  'forwards',
  'monitors',
  'provisions',
  'upgrades',
  'backs up',
  'restores',
  'isolates',
  'connects',
  'announces',
  'manages',
  'serves',
  'caches',
  'indexes',
];
const ADJECTIVES = [
  'distributed',
  'persistent',
  'encrypted',
  'local',
  'remote',
  'replicated',
  'lightweight',
  'multi-tenant',
  'immutable',
  'declarative',
  'live',
  'per-host',
  'cluster-wide',
  'highly available',
  'long-running',
  'stateless',
  'stateful',
];
const OBJECTS = [
  'containers',
  'pods',
  'services',
  'metrics',
  'logs',
  'traces',
  'images',
  'volumes',
  'networks',
  'clusters',
  'nodes',
  'certificates',
  'secrets',
  'configuration files',
  'DNS records',
  'routes',
  'workloads',
  'events',
  'alerts',
  'dashboards',
  'applications',
  'functions',
  'registries',
  'snapshots',
  'policies',
  'load balancers',
  'virtual machines',
  'git repositories',
  'Helm charts',
  'key-value pairs',
  'time series',
  'health checks',
  'service endpoints',
  'overlay networks',
  'build caches',
];
const PLACES = [
  'across a cluster',
  'on every node',
  'in object storage',
  'through a REST API',
  'over gRPC',
  'with a web UI',
  'from git pushes',
  'behind a reverse proxy',
  'inside Kubernetes',
  'on bare-metal servers',
  'at the edge',
  'with Prometheus',
  'through etcd',
  'via Consul',
  'over WireGuard tunnels',
  'using eBPF',
  'with BGP',
  'in a single binary',
  'for CI pipelines',
  'on Docker hosts',
  'across data centres',
  'without downtime',
];
const STATUSES: readonly Status[] = [
  'active',
  'active',
  'active',
  'active',
  'maintained',
  'maintained',
  'deprecated',
  'archived',
  'archived',
  'defunct',
];

function pseudoWord(random: Random): string {
  let word = '';
  const syllables = between(random, 2, 3);
  for (let i = 0; i < syllables; i += 1)
    word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 ? pick(random, CODAS) : '');
  return word;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function toolName(random: Random): string {
  const roll = random();
  let first = roll < 0.2 ? pick(random, PREFIXES) + pseudoWord(random).slice(0, between(random, 2, 5)) : pseudoWord(random);
  // Real names are written many ways: "etcd", "Prometheus", "kube-router".
  const casing = random();
  first = casing < 0.25 ? first : capitalise(first);
  if (roll > 0.97) return `${pick(random, ORGS)} ${capitalise(first)}`;
  if (roll > 0.7) return `${first}${random() < 0.3 ? '-' : ' '}${pick(random, SECOND_WORDS)}`;
  return first;
}

function aliasesFor(random: Random, name: string): string[] {
  const count = pick(random, [0, 0, 0, 0, 0, 1, 1, 1, 2, 3]);
  const aliases = new Set<string>();
  const plain = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  for (let i = 0; i < count; i += 1) {
    const kind = random();
    if (kind < 0.3 && plain.length > 4)
      aliases.add(`${plain[0]}${plain.length - 2}${plain.at(-1)}`); // numeronym, like k8s
    else if (kind < 0.55)
      aliases.add(capitalise(pseudoWord(random))); // former name
    else if (kind < 0.8)
      aliases.add(`${pseudoWord(random)}/${name.toLowerCase().replace(/\s+/g, '-')}`); // org/repo
    else if (plain.length > 5) aliases.add(plain.slice(0, 2) + plain.slice(3)); // common misspelling
  }
  aliases.delete(name);
  return [...aliases];
}

function summaryFor(random: Random): string {
  const words: string[] = [pick(random, SUBJECTS), 'that'];
  const target = between(random, 15, 30);
  const count = () => words.join(' ').split(' ').length;
  while (count() < target) {
    if (words.length > 2) words.push(pick(random, ['and', 'then', ', and', 'while it']));
    words.push(pick(random, VERBS));
    if (random() < 0.5) words.push(pick(random, ADJECTIVES));
    words.push(pick(random, OBJECTS));
    if (random() < 0.7) words.push(pick(random, PLACES));
  }
  const text = words
    .join(' ')
    .replaceAll(' ,', ',')
    .split(' ')
    .slice(0, target)
    .join(' ')
    .replace(/[,\s]+$/, '');
  return `${text}.`;
}

/** A catalog of `size` tools; names are unique ignoring case, as in the real catalog. */
export function syntheticCatalog(size: number, seed = 2015): SearchData {
  const random = prng(seed + size);
  const seen = new Set<string>();
  const tools: SearchRecord[] = [];
  while (tools.length < size) {
    const name = toolName(random);
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const tags = new Set<string>();
    const tagCount = between(random, 3, 6);
    while (tags.size < tagCount) tags.add(pick(random, TAGS));
    const aliases = aliasesFor(random, name).filter((alias) => !seen.has(alias.toLowerCase()));
    const record: SearchRecord = {
      id: key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
      name,
      summary: summaryFor(random),
      tags: [...tags],
      category: pick(random, ['paas', 'service-discovery', 'networking', 'orchestration', 'monitoring', 'more']),
      status: pick(random, STATUSES),
    };
    if (aliases.length > 0) record.aliases = aliases;
    tools.push(record);
  }
  tools.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
  return {
    categories: {
      paas: 'PaaS',
      'service-discovery': 'Service discovery',
      networking: 'Networking',
      orchestration: 'Orchestration',
      monitoring: 'Monitoring and management',
      more: 'More',
    },
    tools,
  };
}

export type QueryKind = 'exact' | 'prefix' | 'typo' | 'two-word';
export const QUERY_KINDS: readonly QueryKind[] = ['exact', 'prefix', 'typo', 'two-word'];

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The id of the tool the query was made from. */
  target: string;
  /**
   * Every tool the reader may be looking for, each as likely as the others:
   * for a prefix, all tools the same prefix could have been drawn from (at
   * 10,000 tools "ku" starts hundreds of names, and which one the reader
   * wants cannot be told from two letters); for the other kinds, the target.
   */
  targets: readonly string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SMALL_WORDS = new Set([
  'that',
  'then',
  'while',
  'with',
  'from',
  'into',
  'and',
  'over',
  'using',
  'through',
  'without',
  'across',
  'inside',
  'behind',
]);

/** One random typo: a letter dropped, added, replaced, or two neighbours swapped. */
function withTypo(random: Random, word: string): string {
  for (;;) {
    const at = between(random, 0, word.length - 1);
    const letter = pick(random, [...LETTERS]);
    const kind = between(random, 0, 3);
    let result = word;
    if (kind === 0) result = word.slice(0, at) + word.slice(at + 1);
    else if (kind === 1) result = word.slice(0, at) + letter + word.slice(at);
    else if (kind === 2) result = word.slice(0, at) + letter + word.slice(at + 1);
    else if (at < word.length - 1) result = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    if (result.toLowerCase() !== word.toLowerCase()) return result;
  }
}

/** The fixed mix of 200 queries: 50 each of exact names, 2–4-letter prefixes, one-typo names and two-word queries. */
export function benchQueries(data: SearchData, seed = 42, perKind = 50): BenchQuery[] {
  const random = prng(seed);
  const tools = data.tools;
  const queries: BenchQuery[] = [];
  const some = (filter: (tool: SearchRecord) => boolean): SearchRecord => {
    for (;;) {
      const tool = pick(random, tools);
      if (filter(tool)) return tool;
    }
  };
  for (let i = 0; i < perKind; i += 1) {
    const tool = some(() => true);
    queries.push({ kind: 'exact', text: random() < 0.5 ? tool.name : tool.name.toLowerCase(), target: tool.id, targets: [tool.id] });
  }
  const prefixSource = (candidate: SearchRecord): boolean => candidate.name.length >= 4;
  for (let i = 0; i < perKind; i += 1) {
    const tool = some(prefixSource);
    const text = tool.name.slice(0, between(random, 2, 4)).toLowerCase();
    const targets = tools
      .filter((candidate) => prefixSource(candidate) && candidate.name.slice(0, text.length).toLowerCase() === text)
      .map(({ id }) => id);
    queries.push({ kind: 'prefix', text, target: tool.id, targets });
  }
  for (let i = 0; i < perKind; i += 1) {
    const tool = some((candidate) => candidate.name.replace(/[^A-Za-z]/g, '').length >= 5);
    queries.push({ kind: 'typo', text: withTypo(random, tool.name.toLowerCase()), target: tool.id, targets: [tool.id] });
  }
  for (let i = 0; i < perKind; i += 1) {
    const tool = some(() => true);
    const nameWord = tool.name.split(/[\s-]+/)[0]!.toLowerCase();
    const summaryWords = tool.summary
      .toLowerCase()
      .replace(/[^a-z\s-]/g, '')
      .split(/\s+/)
      .filter((word) => word.length >= 4 && !SMALL_WORDS.has(word));
    const other = pick(random, summaryWords);
    queries.push({
      kind: 'two-word',
      text: random() < 0.5 ? `${nameWord} ${other}` : `${other} ${nameWord}`,
      target: tool.id,
      targets: [tool.id],
    });
  }
  return queries;
}
