/**
 * Social cards (the og:image of tools, categories and the home page): what a
 * card says, and its layout as the element tree satori renders. Pure; the
 * rendering, fonts and cache are in src/data/social-card-images.ts.
 *
 * The card is light with a dark frame and a dark footer, so its edge shows
 * in a white feed and its body stands out in a dark one.
 */
import { STATUS_COLORS, STATUS_LABELS, type Status } from '../status.ts';
import { SITE_NAME } from '../site/site-name.ts';
import { sha256 } from '../site/fingerprint.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
  /** Where the card's PNG lives below /og/, without the extension: "tools/etcd", "home". */
  slug: string;
  /** What the page is: "Tool", "Category", or the site's tagline. */
  kicker: string;
  title: string;
  summary: string;
  status?: { status: Status; since?: string | undefined; successors: string[] } | undefined;
  /** Category names, shown on tool cards. */
  categories?: string[] | undefined;
  /** A fact for category and home cards: "31 tools, 24 active or maintained". */
  footnote?: string | undefined;
}

/** The facts of a tool a card needs; `successors` are names, categories titles. */
export interface CardTool {
  id: string;
  name: string;
  summary: string;
  status: Status;
  statusSince?: string | undefined;
}

export function toolCard(tool: CardTool, categoryTitles: string[], successorNames: string[]): SocialCard {
  return {
    slug: `tools/${tool.id}`,
    kicker: 'Tool',
    title: tool.name,
    summary: tool.summary,
    status: { status: tool.status, since: tool.statusSince, successors: successorNames },
    categories: categoryTitles,
  };
}

const liveLine = (total: number, live: number): string => `${total} ${total === 1 ? 'tool' : 'tools'} · ${live} active or maintained`;

export function categoryCard(category: { id: string; title: string; summary: string }, total: number, live: number): SocialCard {
  return {
    slug: `categories/${category.id}`,
    kicker: 'Category',
    title: category.title,
    summary: category.summary,
    footnote: liveLine(total, live),
  };
}

export function homeCard(total: number, live: number): SocialCard {
  return {
    slug: 'home',
    kicker: 'The container ecosystem',
    title: 'The container ecosystem, mapped',
    summary: 'Every tool with its real status today, and what replaced the ones that stopped.',
    footnote: liveLine(total, live),
  };
}

/** The alt text of a card, for og:image:alt. */
export function socialCardAlt(card: SocialCard): string {
  const status = card.status ? `, status ${STATUS_LABELS[card.status.status].toLowerCase()}` : '';
  return `${SITE_NAME} card: ${card.title}${status}. ${card.summary}`;
}

/** Colours of the card; the status pairs are the light scheme's status tokens of global.css. */
const INK = '#17202b';
const MUTED = '#4d5a69';
const ACCENT = '#0b57b8';
const FRAME = '#0f141a';
const FRAME_WIDTH = 28;

/** The site's mark (src/components/layout/Logo.astro, public/favicon.svg) as an image satori can place. */
export const MARK_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b57b8"/><g fill="none" stroke="#fff" stroke-width="2.2" stroke-linejoin="round"><path d="M16 5 26 10.5v11L16 27 6 21.5v-11z"/><path d="M6 10.5 16 16l10-5.5M16 16v11"/></g></svg>';

/** The element shape satori reads (what JSX would produce); written by hand so no UI framework is needed. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: Array<CardNode | string> | CardNode | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const node = (type: string, style: Record<string, string | number>, children?: Array<CardNode | string> | string): CardNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Long titles step down in size so two lines always hold them. */
function titleSize(title: string): number {
  if (title.length <= 18) return 84;
  if (title.length <= 30) return 68;
  return 56;
}

export function socialCardTree(card: SocialCard): CardNode {
  const mark: CardNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(MARK_SVG).toString('base64')}`, width: 64, height: 64 },
  };
  const header = node('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
    mark,
    node('div', { fontSize: 34, fontWeight: 700, color: INK }, SITE_NAME),
    node(
      'div',
      { marginLeft: 'auto', fontSize: 26, color: MUTED, textTransform: 'uppercase', letterSpacing: 2 },
      card.categories?.length ? `${card.kicker} · ${card.categories.join(' · ')}` : card.kicker,
    ),
  ]);
  const title = node(
    'div',
    { fontSize: titleSize(card.title), fontWeight: 700, color: INK, lineHeight: 1.1, marginTop: 36, lineClamp: 2 },
    card.title,
  );
  const summary = node('div', { fontSize: 31, color: MUTED, lineHeight: 1.35, marginTop: 20, lineClamp: 3 }, card.summary);

  const facts: CardNode[] = [];
  if (card.status) {
    const colors = STATUS_COLORS[card.status.status];
    const since = card.status.since ? ` since ${card.status.since.slice(0, 4)}` : '';
    facts.push(
      node(
        'div',
        {
          fontSize: 30,
          fontWeight: 700,
          color: colors.fg,
          backgroundColor: colors.bg,
          border: `3px solid ${colors.fg}`,
          borderRadius: 999,
          padding: '6px 24px',
          whiteSpace: 'nowrap',
          flexShrink: 0,
        },
        `${STATUS_LABELS[card.status.status]}${since}`,
      ),
    );
    if (card.status.successors.length > 0) {
      // Inter's subsets have no arrow glyph, so the words say it.
      facts.push(node('div', { fontSize: 28, color: INK, lineClamp: 1 }, `Replaced by ${card.status.successors.join(', ')}`));
    }
  }
  if (card.footnote) facts.push(node('div', { fontSize: 30, color: INK, fontWeight: 700 }, card.footnote));
  const footer = node('div', { display: 'flex', alignItems: 'center', gap: 28, marginTop: 'auto' }, facts);

  const body = node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH - 2 * FRAME_WIDTH,
      height: CARD_HEIGHT - 2 * FRAME_WIDTH,
      backgroundColor: '#ffffff',
      borderRadius: 20,
      padding: '48px 60px',
      borderTop: `10px solid ${ACCENT}`,
      overflow: 'hidden',
      boxSizing: 'border-box',
    },
    [header, title, summary, footer],
  );
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: FRAME,
      padding: FRAME_WIDTH,
      fontFamily: 'Inter, Inter Ext',
    },
    [body],
  );
}

/**
 * A key for a rendered card: its content, the renderer's version and the
 * fonts; the same key means the same PNG, so it is taken from the cache.
 */
export function socialCardKey(card: SocialCard, rendererVersion: string): string {
  return sha256(JSON.stringify([rendererVersion, socialCardTree(card)])).slice(0, 32);
}
