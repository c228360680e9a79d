// /og/<slug>.png: the social card of the home page, each category and each tool (none with OG_IMAGES=off).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSocialCards } from '../../data/social-cards.ts';
import { socialCardPng, socialCardsEnabled } from '../../data/social-card-images.ts';
import type { SocialCard } from '../../lib/tool/social-card.ts';

export const getStaticPaths = (async () => {
  if (!socialCardsEnabled()) return [];
  return [...(await getSocialCards()).values()].map((card) => ({ params: { slug: card.slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const { png } = await socialCardPng(props.card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
