/**
 * The social cards of the site, made from the collections: one per tool, per
 * category, and one for the home page that every other page shares.
 */
import { isLive } from '../lib/status.ts';
import { getCategories, getToolIndex, getTools } from './collections.ts';
import { CARD_HEIGHT, CARD_WIDTH, categoryCard, homeCard, socialCardAlt, toolCard, type SocialCard } from '../lib/tool/social-card.ts';
import { withBase } from '../lib/catalog/urls.ts';
import { socialCardsEnabled } from './social-card-images.ts';

const HOME_CARD = 'home';

let cards: Promise<Map<string, SocialCard>> | undefined;

export function getSocialCards(): Promise<Map<string, SocialCard>> {
  cards ??= (async () => {
    const [tools, index, categories] = await Promise.all([getTools(), getToolIndex(), getCategories()]);
    const titles = new Map(categories.map((category) => [category.id, category.title]));
    const live = tools.filter((tool) => isLive(tool.status)).length;
    const list: SocialCard[] = [
      homeCard(tools.length, live),
      ...categories.map((category) => {
        const members = index.byCategory.get(category.id) ?? [];
        return categoryCard(category, members.length, members.filter((tool) => isLive(tool.status)).length);
      }),
      ...tools.map((tool) =>
        toolCard(
          tool,
          tool.categories.flatMap((id) => titles.get(id) ?? []),
          tool.successors.flatMap((id) => index.byId.get(id)?.name ?? []),
        ),
      ),
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
