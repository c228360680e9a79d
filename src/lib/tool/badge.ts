/**
 * Status badges (/badges/<id>.svg): a shields-style "Container Atlas | archived"
 * label, drawn by shields.io's own renderer (badge-maker), which escapes the
 * text and adds no script and no external reference.
 */
import { STATUS_COLORS, type Status } from '../status.ts';
import { SITE_NAME } from '../site/site-name.ts';
import { makeBadge } from 'badge-maker';

export const BADGE_LABEL = SITE_NAME;

/**
 * The badge colour of each status: the light scheme's status text colours,
 * dark enough that white text on them passes 4.5:1.
 */
export const BADGE_COLORS = Object.fromEntries(Object.entries(STATUS_COLORS).map(([status, { fg }]) => [status, fg])) as Record<
  Status,
  string
>;

/** The badge of a status, as an SVG document. */
export function statusBadgeSvg(status: Status): string {
  const color = BADGE_COLORS[status];
  if (!color) throw new Error(`no badge colour for status "${String(status)}"`);
  return makeBadge({ label: BADGE_LABEL, message: status, color, labelColor: '#3b4450', style: 'flat' });
}

/** The Markdown a project pastes into its README: the badge, linked to the tool's page. */
export function badgeMarkdown(badgeUrl: string, pageUrl: string, status: Status): string {
  return `[![${BADGE_LABEL}: ${status}](${badgeUrl})](${pageUrl})`;
}

/** The badge's size in CSS pixels, read from the SVG, so the page reserves exactly its space. */
export function badgeSize(status: Status): { width: number; height: number } {
  const svg = statusBadgeSvg(status);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  return { width: Number.isFinite(width) ? width : 150, height: Number.isFinite(height) ? height : 20 };
}
