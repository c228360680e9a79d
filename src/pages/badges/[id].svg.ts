// /badges/<id>.svg: a shields-style status badge per tool, for project READMEs.
import type { Status } from '../../lib/status.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTools } from '../../data/collections.ts';
import { statusBadgeSvg } from '../../lib/tool/badge.ts';

export const getStaticPaths = (async () =>
  (await getTools()).map((tool) => ({ params: { id: tool.id }, props: { status: tool.status } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ status: Status }> = ({ props }) =>
  new Response(statusBadgeSvg(props.status), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
