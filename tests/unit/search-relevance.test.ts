// Relevance over the real catalog: what a reader types → the tool that must come first.
// The catalog grows while this is written, so expectations name tools, never counts.
import { type Status, isLive } from '../../src/lib/status.ts';
import { describe, expect, it } from 'vitest';
import { buildIndex, search } from '../../src/lib/search/engine.ts';
import { toSearchData } from '../../src/lib/search/projection.ts';
import { loadCategories, loadToolBodies, loadTools } from '../support/real-catalog.ts';

const tools = loadTools();
const bodies = loadToolBodies();
const index = buildIndex(
  toSearchData(
    tools.map((tool) => ({ ...tool, status: tool.status as Status, body: bodies.get(tool.id) })),
    loadCategories(),
  ),
);
const first = (query: string): string | undefined => search(index, query).hits[0]?.record.id;

const TABLE: Array<[kind: string, query: string, expected: string]> = [
  ['name', 'Kubernetes', 'kubernetes'],
  ['name', 'prometheus', 'prometheus'],
  ['name', 'dokku', 'dokku'],
  ['name', 'etcd', 'etcd'],
  ['name', 'Consul', 'consul'],
  ['name', 'flannel', 'flannel'],
  ['name', 'Weave Net', 'weave-net'],
  ['name', 'Docker Compose', 'docker-compose'],
  ['name', 'serf', 'serf'],
  ['name', 'Apache Mesos', 'apache-mesos'],
  ['name', 'cAdvisor', 'cadvisor'],
  ['name', 'CRI-O', 'cri-o'],
  ['name', 'Nomad', 'nomad'],
  ['prefix', 'kubern', 'kubernetes'],
  ['prefix', 'prom', 'prometheus'],
  ['prefix', 'dok', 'dokku'],
  ['prefix', 'flan', 'flannel'],
  ['prefix', 'zook', 'zookeeper'],
  ['prefix', 'trae', 'traefik'],
  ['prefix', 'linke', 'linkerd'],
  // A short prefix of a famous name: the most referred-to of the tools whose names start so comes first.
  ['prefix', 'graf', 'grafana'],
  ['prefix', 'hel', 'helm'],
  ['prefix', 'cili', 'cilium'],
  ['prefix', 'ist', 'istio'],
  ['prefix', 'pod', 'podman'],
  ['prefix', 'k3', 'k3s'],
  ['prefix', 'etc', 'etcd'],
  ['prefix', 'tra', 'traefik'],
  ['prefix', 'argo c', 'argo-cd'],
  ['prefix', 'weave n', 'weave-net'],
  ['prefix', 'docker comp', 'docker-compose'],
  ['typo', 'kubernets', 'kubernetes'],
  ['typo', 'promethus', 'prometheus'],
  ['typo', 'kubrnetes', 'kubernetes'],
  ['typo', 'dokuu', 'dokku'],
  ['typo', 'flanel', 'flannel'],
  ['typo', 'zookeper', 'zookeeper'],
  ['typo', 'trefik', 'traefik'],
  ['typo', 'etdc', 'etcd'],
  ['typo', 'consol', 'consul'],
  ['typo', 'grafna', 'grafana'],
  ['alias', 'k8s', 'kubernetes'],
  ['alias', 'Surf', 'serf'],
  ['alias', 'compse', 'docker-compose'],
  ['alias', 'Docker Swarm', 'docker-swarm-mode'],
  ['alias', 'Fig', 'docker-compose'],
  ['alias', 'Heptio Ark', 'velero'],
  ['alias', 'OpenShift Origin', 'okd'],
  ['alias', 'swarmkit', 'docker-swarm-mode'],
  ['alias', 'argocd', 'argo-cd'],
  ['alias', 'Rocket', 'rkt'],
  ['multi-word', 'compose docker', 'docker-compose'],
  ['multi-word', 'net weave', 'weave-net'],
  ['multi-word', 'dashboard kubernetes', 'kubernetes-dashboard'],
  ['multi-word', 'swarm mode', 'docker-swarm-mode'],
  ['multi-word', 'flux gitops', 'flux'],
  ['case', 'KUBERNETES', 'kubernetes'],
  ['case', 'dOkKu', 'dokku'],
  ['case', 'Prométhéus', 'prometheus'],
  ['case', '  ETCD  ', 'etcd'],
  // Equally good prefix matches: the more prominent tool first (stars where known, else catalog references).
  ['prominence', 'kuber', 'kubernetes'],
  ['prominence', 'KUBER', 'kubernetes'],
  ['prominence', 'kubern', 'kubernetes'],
  ['prominence', 'cons', 'consul'],
  ['prominence', 'conta', 'containerd'],
  ['prominence', 'ran', 'rancher'],
  // Tools that joined when the catalog doubled, found by name, old name, abbreviation or typo.
  ['name', 'Amazon ECS', 'amazon-ecs'],
  ['alias', 'ECS', 'amazon-ecs'],
  ['name', 'Fargate', 'aws-fargate'],
  ['name', 'krew', 'krew'],
  ['alias', 'buildx', 'docker-buildx'],
  ['alias', 'Tutum', 'docker-cloud'],
  ['alias', 'CBL-Mariner', 'azure-linux'],
  ['alias', 'Tungsten Fabric', 'opensdn'],
  ['alias', 'vault-k8s', 'vault-agent-injector'],
  ['typo', 'testcontainer', 'testcontainers'],
  ['typo', 'renovat', 'renovate'],
  ['prefix', 'kubebuil', 'kubebuilder'],
];

describe('relevance on the real catalog', () => {
  it('has the tools the table expects', () => {
    const ids = new Set(tools.map((tool) => tool.id));
    expect(TABLE.map(([, , expected]) => expected).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(TABLE)('%s: %j finds %s first', (_kind, query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('ranks archived and defunct tools below live tools of equal match quality', () => {
    // Every tool tagged git-push matches "git push" in the same way: through its tag.
    const hits = search(index, 'git push', { limit: Infinity }).hits;
    const live = hits.filter((hit) => isLive(hit.record.status));
    const gone = hits.filter((hit) => ['archived', 'defunct'].includes(hit.record.status));
    expect(live.length).toBeGreaterThan(0);
    expect(gone.length).toBeGreaterThan(0);
    const sameQuality = (a: { score: number }, b: { score: number }): boolean => Math.floor(a.score / 0.05) === Math.floor(b.score / 0.05);
    let pairs = 0;
    for (const dead of gone) {
      for (const alive of live.filter((hit) => sameQuality(hit, dead))) {
        pairs += 1;
        expect(hits.indexOf(alive), `${alive.record.id} before ${dead.record.id}`).toBeLessThan(hits.indexOf(dead));
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it('still puts an archived tool first when its name is what was typed', () => {
    expect(first('Docker Machine')).toBe('docker-machine');
    expect(tools.find((tool) => tool.id === 'docker-machine')?.status).toBe('archived');
  });

  it.each(['', '   ', '\t\n', '?!'])('finds nothing, and does not fail, for %j', (query) => {
    expect(search(index, query)).toEqual({ hits: [], total: 0 });
  });

  it('says so when nothing matches', () => {
    expect(search(index, 'xqzvwj').total).toBe(0);
  });
});
