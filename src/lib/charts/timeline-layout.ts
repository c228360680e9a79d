/**
 * Where the timeline's bars and labels go in its SVG (viewBox units): the
 * x scale over the years, and each label beside its bar where it fits, else
 * inside it. The label's width is estimated from its length, since a build
 * cannot measure text in the reader's font; the estimate errs wide.
 */
import { scaleLinear } from 'd3-scale';
import type { TimelineBar } from './timeline.ts';

export const TIMELINE_WIDTH = 1000;
export const ROW_HEIGHT = 26;
export const BAR_HEIGHT = 20;
export const AXIS_HEIGHT = 24;
/** Average advance of a 13 px sans-serif character, rounded up. */
const CHAR_WIDTH = 7.4;
const GAP = 6;

export interface PlacedBar {
  x: number;
  width: number;
  y: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** Where the label sits: right of the bar, left of it, or on it. */
  labelPlace: 'after' | 'before' | 'inside';
}

export function timelineScale(domain: readonly [number, number]) {
  return scaleLinear().domain(domain).range([0, TIMELINE_WIDTH]);
}

export function placeBar(bar: TimelineBar, row: number, labelLength: number, x: (year: number) => number): PlacedBar {
  const x1 = x(bar.start);
  const x2 = Math.max(x1 + 4, x(bar.end));
  const y = AXIS_HEIGHT + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const textWidth = labelLength * CHAR_WIDTH;
  const base = { x: x1, width: x2 - x1, y };
  if (x2 + GAP + textWidth <= TIMELINE_WIDTH) return { ...base, labelX: x2 + GAP, labelAnchor: 'start', labelPlace: 'after' };
  if (x1 - GAP - textWidth >= 0) return { ...base, labelX: x1 - GAP, labelAnchor: 'end', labelPlace: 'before' };
  return { ...base, labelX: x1 + GAP, labelAnchor: 'start', labelPlace: 'inside' };
}

export function timelineHeight(rows: number): number {
  return AXIS_HEIGHT + rows * ROW_HEIGHT + 4;
}
