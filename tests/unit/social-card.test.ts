// Social cards: what a card says, its cache key, and a real render to a 1200×630 PNG that the cache then serves.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, socialCardAlt, socialCardKey, socialCardTree, type SocialCard } from '../../src/lib/tool/social-card.ts';
import { socialCardPng, socialCardsEnabled } from '../../src/data/social-card-images.ts';
import { pngSize } from '../support/png.ts';

const card: SocialCard = {
  slug: 'tools/docker-swarm',
  kicker: 'Tool',
  title: 'Classic Swarm',
  summary: 'Standalone clustering tool that presented a pool of Docker hosts as one Docker API endpoint.',
  status: { status: 'archived', since: '2020-06', successors: ['Docker Swarm mode'] },
  categories: ['Orchestration'],
};
const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object' && 'props' in node) return texts((node as { props: { children?: unknown } }).props.children);
  return [];
};

describe('social card content', () => {
  it('names the tool, its summary, status, successor, category and the site', () => {
    const words = texts(socialCardTree(card)).join(' | ');
    expect(words).toContain('Container Atlas');
    expect(words).toContain('Classic Swarm');
    expect(words).toContain(card.summary);
    expect(words).toContain('Archived since 2020');
    expect(words).toContain('Replaced by Docker Swarm mode');
    expect(words).toContain('Tool · Orchestration');
  });

  it('has alt text for og:image:alt', () => {
    expect(socialCardAlt(card)).toBe(`Container Atlas card: Classic Swarm, status archived. ${card.summary}`);
  });

  it('keys the cache by content and renderer: the same inputs give the same key, any change a new one', () => {
    expect(socialCardKey(card, 'v1')).toBe(socialCardKey({ ...card }, 'v1'));
    expect(socialCardKey({ ...card, summary: `${card.summary} Now more.` }, 'v1')).not.toBe(socialCardKey(card, 'v1'));
    expect(socialCardKey(card, 'v2')).not.toBe(socialCardKey(card, 'v1'));
  });

  it('can be switched off with OG_IMAGES=off', () => {
    expect(socialCardsEnabled({})).toBe(true);
    expect(socialCardsEnabled({ OG_IMAGES: 'off' })).toBe(false);
    expect(socialCardsEnabled({ OG_IMAGES: 'OFF ' })).toBe(false);
    expect(socialCardsEnabled({ OG_IMAGES: 'on' })).toBe(true);
  });
});

describe('social card rendering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-og-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a 1200×630 PNG once, then serves it from the cache', async () => {
    const first = await socialCardPng(card, dir);
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(1);
    const second = await socialCardPng(card, dir);
    expect(second.cached).toBe(true);
    expect(Buffer.compare(Buffer.from(second.png), Buffer.from(first.png))).toBe(0);
  }, 30_000);
});
