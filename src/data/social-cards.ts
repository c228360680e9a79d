/**
 * The social cards of the site, made from the collections: one per tool, per
 * category, and one for the home page that every other page shares.
 */
import { getCategories, getToolMap, getTools } from './collections.ts';
import { isLive } from '../lib/catalog.ts';
import type { SocialCard } from '../lib/social-card.ts';
import { socialCardAlt } from '../lib/social-card.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/social-card.ts';
import { withBase } from '../lib/urls.ts';
import { socialCardsEnabled } from './social-card-images.ts';

export const HOME_CARD = 'home';
export const toolCardSlug = (id: string): string => `tools/${id}`;
export const categoryCardSlug = (id: string): string => `categories/${id}`;

let cards: Promise<Map<string, SocialCard>> | undefined;

export function getSocialCards(): Promise<Map<string, SocialCard>> {
  cards ??= (async () => {
    const [tools, toolMap, categories] = await Promise.all([getTools(), getToolMap(), getCategories()]);
    const titles = new Map(categories.map((category) => [category.id, category.title]));
    const live = tools.filter((tool) => isLive(tool.status)).length;
    const list: SocialCard[] = [
      {
        slug: HOME_CARD,
        kicker: 'The container ecosystem',
        title: 'The container ecosystem, mapped',
        summary: 'Every tool with its real status today, and what replaced the ones that stopped.',
        footnote: `${tools.length} tools · ${live} active or maintained`,
      },
      ...categories.map((category) => {
        const members = tools.filter((tool) => tool.categories.includes(category.id));
        return {
          slug: categoryCardSlug(category.id),
          kicker: 'Category',
          title: category.title,
          summary: category.summary,
          footnote: `${members.length} tools · ${members.filter((tool) => isLive(tool.status)).length} active or maintained`,
        };
      }),
      ...tools.map((tool) => ({
        slug: toolCardSlug(tool.id),
        kicker: 'Tool',
        title: tool.name,
        summary: tool.summary,
        status: {
          status: tool.status,
          since: tool.statusSince,
          successors: tool.successors.flatMap((id) => toolMap.get(id)?.name ?? []),
        },
        categories: tool.categories.flatMap((id) => titles.get(id) ?? []),
      })),
    ];
    return new Map(list.map((card) => [card.slug, card]));
  })();
  return cards;
}

export interface OgImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The og:image of a page: its own card, else the home card; undefined when cards are off. */
export async function ogImageFor(slug: string | undefined, site: URL | undefined): Promise<OgImage | undefined> {
  if (!socialCardsEnabled()) return undefined;
  const all = await getSocialCards();
  const card = (slug === undefined ? undefined : all.get(slug)) ?? all.get(HOME_CARD)!;
  return { url: new URL(withBase(`og/${card.slug}.png`), site).href, alt: socialCardAlt(card), width: CARD_WIDTH, height: CARD_HEIGHT };
}
