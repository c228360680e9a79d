// /badges/<id>.svg: a shields-style status badge per tool, for project READMEs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTools } from '../../data/collections.ts';
import { statusBadgeSvg } from '../../lib/badge.ts';
import type { Status } from '../../schemas/ids.ts';

export const getStaticPaths = (async () =>
  (await getTools()).map((tool) => ({ params: { id: tool.id }, props: { status: tool.status } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ status: Status }> = ({ props }) =>
  new Response(statusBadgeSvg(props.status), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
