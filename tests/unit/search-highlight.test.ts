import { describe, expect, it } from 'vitest';
import { aliasToShow, highlight, type Segment } from '../../src/lib/search/highlight.ts';

/** The segments written with [brackets] around the marked parts, for readable expectations. */
const show = (segments: Segment[]): string => segments.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

describe('highlight', () => {
  it.each([
    ['Kubernetes', 'kube', '[Kube]rnetes'],
    ['Kubernetes', 'KUBE', '[Kube]rnetes'],
    ['Kubernetes', 'kubernets', '[Kubernetes]'],
    ['Prometheus Alertmanager', 'promethus', '[Prometheus] Alertmanager'],
    ['Docker Compose', 'compose docker', '[Docker] [Compose]'],
    ['Docker Compose', 'docker comp', '[Docker] [Comp]ose'],
    ['Argo CD', 'argocd', '[Argo] [CD]'],
    ['kube-state-metrics', 'kubestate', '[kube]-[state]-metrics'],
    ['VictoriaMetrics', 'metrics', 'Victoria[Metrics]'],
    ['Prométhéus', 'prometheus', '[Prométhéus]'],
    ['Serf', 'Surf', '[Serf]'],
    ['Surf', 'Surf', '[Surf]'],
    ['etcd', 'xyz', 'etcd'],
    ['Scrapes metrics from targets', 'the metrics', 'Scrapes [metrics] from targets'],
  ])('%j for %j → %j', (text, query, expected) => {
    expect(show(highlight(text, query))).toBe(expected);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Kube-OVN: Kubernetes network plugin built on OVN and Open vSwitch 🙂 (é)';
    for (const query of ['kube', 'ovn open', 'network', 'e', '<b>']) {
      expect(
        highlight(text, query)
          .map((segment) => segment.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('returns the text unmarked for an empty query, and nothing for an empty text', () => {
    expect(highlight('etcd', '   ')).toEqual([{ text: 'etcd', mark: false }]);
    expect(highlight('', 'etcd')).toEqual([]);
  });

  it('marks a decomposed accent together with its letter', () => {
    expect(show(highlight('Pro\u0301metheus', 'prom'))).toBe('[Pro\u0301m]etheus');
  });

  it('treats markup in the query as text to match, never as markup', () => {
    expect(show(highlight('<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'))).toBe(
      '<[img] [src]=[x] [onerror]=[alert]([1])>',
    );
  });
});

describe('aliasToShow', () => {
  const kubernetes = { name: 'Kubernetes', aliases: ['k8s', 'kube'] };
  const serf = { name: 'Serf', aliases: ['Surf', 'Serfdom', 'hashicorp/serf'] };
  const kind = { name: 'kind', aliases: ['Kubernetes IN Docker'] };

  it('shows the alias the query starts', () => {
    expect(aliasToShow(kubernetes, 'k8')).toBe('k8s');
    expect(aliasToShow(serf, 'surf')).toBe('Surf');
  });

  it('shows none when the name starts with the query', () => {
    expect(aliasToShow(kubernetes, 'kube')).toBeUndefined();
    expect(aliasToShow(serf, 'serf')).toBeUndefined();
  });

  it('shows an alias that matched anywhere when the name did not match at all', () => {
    expect(aliasToShow(kind, 'docker')).toBe('Kubernetes IN Docker');
    expect(aliasToShow(kubernetes, 'helm')).toBeUndefined();
  });
});
