// The catalog as the tests see it: read straight from content/, independent of the build.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface TestTool {
  id: string;
  name: string;
  status: string;
  statusNote?: string;
  statusSince?: string;
  license: string;
  categories: string[];
  subcategory: string;
  successors: string[];
  alternatives: string[];
  aliases: string[];
  tags: string[];
  summary: string;
  added: string;
  verified: string;
}

const root = new URL('../../', import.meta.url);

// The real catalog passed `npm run validate` before the tests run, so a plain split between the fences suffices.
function readEntry(path: URL): { data: Record<string, unknown>; body: string } {
  const [, yaml, ...body] = readFileSync(path, 'utf8').split(/^---[ \t]*$/m);
  if (yaml === undefined) throw new Error(`${path.pathname}: no front matter`);
  return { data: parse(yaml) as Record<string, unknown>, body: body.join('---') };
}

const frontMatter = (path: URL): Record<string, unknown> => readEntry(path).data;

/** A date or year as the build writes it: YAML may read `2018` as a number. */
const asText = (value: unknown): string => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '');

export function loadTools(): TestTool[] {
  return readdirSync(new URL('content/tools/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const data = frontMatter(new URL(`content/tools/${name}`, root));
      return {
        successors: [],
        alternatives: [],
        aliases: [],
        tags: [],
        sources: [],
        ...data,
        id: name.replace(/\.md$/, ''),
        added: asText(data['added']),
        verified: asText(data['verified']),
        ...(data['statusSince'] === undefined ? {} : { statusSince: asText(data['statusSince']) }),
      } as unknown as TestTool;
    });
}

/**
 * A category's tools in the order its page lists them: subcategory by subcategory (each A–Z), then the
 * tools whose main category is another one.
 */
export function categoryOrder(categoryId: string): TestTool[] {
  const category = loadCategories().find((candidate) => candidate.id === categoryId);
  if (!category) throw new Error(`no category ${categoryId}`);
  const members = loadTools()
    .filter((tool) => tool.categories.includes(categoryId))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id));
  const own = (tool: TestTool): boolean => tool.categories[0] === categoryId;
  return [
    ...category.subcategories.flatMap((subcategory) => members.filter((tool) => own(tool) && tool.subcategory === subcategory.id)),
    ...members.filter((tool) => !own(tool)),
  ];
}

/** Each tool's Markdown body by id, as the build hands it to the search projection. */
export function loadToolBodies(): Map<string, string> {
  return new Map(
    readdirSync(new URL('content/tools/', root))
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name.replace(/\.md$/, ''), readEntry(new URL(`content/tools/${name}`, root)).body]),
  );
}

export interface TestCategory {
  id: string;
  title: string;
  order: number;
  subcategories: Array<{ id: string; title: string; guide: string }>;
}

export function loadCategories(): TestCategory[] {
  return readdirSync(new URL('content/categories/', root))
    .map((name) => ({
      id: name.replace(/\.md$/, ''),
      ...(frontMatter(new URL(`content/categories/${name}`, root)) as Omit<TestCategory, 'id'>),
    }))
    .sort((a, b) => a.order - b.order);
}

/** The 29 tools of the 2015 seed notes, by catalog id. */
export const SEED_TOOL_IDS = [
  'deis',
  'dokku',
  'flynn',
  'tsuru',
  'octohost',
  'panamax',
  'etcd',
  'consul',
  'zookeeper',
  'crypt',
  'confd',
  'marathon',
  'vulcand',
  'synapse',
  'nerve',
  'flannel',
  'weave-net',
  'pipework',
  'fleet',
  'docker-swarm',
  'apache-mesos',
  'kubernetes',
  'docker-compose',
  'helios',
  'shipyard',
  'prometheus',
  'serf',
  'logspout',
  'flocker',
] as const;
