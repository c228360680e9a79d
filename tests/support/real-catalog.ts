// The catalog as the tests see it: read straight from content/, independent of the build.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../scripts/lib/front-matter.ts';

export interface TestTool {
  id: string;
  name: string;
  status: string;
  statusNote?: string;
  license: string;
  categories: string[];
  successors: string[];
  alternatives: string[];
  aliases: string[];
  tags: string[];
  summary: string;
  added: string;
  verified: string;
}

const root = new URL('../../', import.meta.url);

function frontMatter(path: URL): Record<string, unknown> {
  const split = splitFrontMatter(readFileSync(path, 'utf8'));
  if (!split.ok) throw new Error(`${path.pathname}: ${split.message}`);
  return parse(split.yaml) as Record<string, unknown>;
}

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
        ...data,
        id: name.replace(/\.md$/, ''),
        added: String(data['added']),
        verified: String(data['verified']),
      } as unknown as TestTool;
    });
}

export function loadCategories(): Array<{ id: string; title: string; order: number }> {
  return readdirSync(new URL('content/categories/', root))
    .map((name) => ({ id: name.replace(/\.md$/, ''), ...(frontMatter(new URL(`content/categories/${name}`, root)) as { title: string; order: number }) }))
    .sort((a, b) => a.order - b.order);
}

/** The 29 tools of the 2015 seed notes, by catalog id. */
export const SEED_TOOL_IDS = [
  'deis', 'dokku', 'flynn', 'tsuru', 'octohost', 'panamax',
  'etcd', 'consul', 'zookeeper', 'crypt', 'confd', 'marathon', 'vulcand', 'synapse', 'nerve',
  'flannel', 'weave-net', 'pipework',
  'fleet', 'docker-swarm', 'apache-mesos', 'kubernetes', 'docker-compose', 'helios',
  'shipyard', 'prometheus',
  'serf', 'logspout', 'flocker',
] as const;
