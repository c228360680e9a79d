/**
 * What a landscape refresh changed, read from the old and the new
 * content/cncf.json: tools that became CNCF projects (or were newly tied to
 * one), tools that are no longer tied to one, and maturity changes with the
 * date the landscape gives for the new level. The weekly pull request lists
 * them so a maintainer sees a graduation or an archiving at once.
 */
import type { CncfFile, CncfMaturity, CncfRecord } from '../../schemas/cncf.ts';

export interface CncfChange {
  id: string;
  /** The landscape project's name (the new one, or the old one when the tie is gone). */
  name: string;
  kind: 'joined' | 'changed' | 'left';
  from?: CncfMaturity;
  to?: CncfMaturity;
  /** When the project reached its new level, when the landscape says. */
  since?: string;
}

const dateOf = (record: CncfRecord): string | undefined => (record.maturity === 'sandbox' ? record.accepted : record[record.maturity]);

export function cncfChanges(before: CncfFile, after: CncfFile): CncfChange[] {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.flatMap((id): CncfChange[] => {
    const old = before[id];
    const now = after[id];
    if (now && !old) {
      const since = dateOf(now);
      return [{ id, name: now.name, kind: 'joined', to: now.maturity, ...(since ? { since } : {}) }];
    }
    if (old && !now) return [{ id, name: old.name, kind: 'left', from: old.maturity }];
    if (old && now && old.maturity !== now.maturity) {
      const since = dateOf(now);
      return [{ id, name: now.name, kind: 'changed', from: old.maturity, to: now.maturity, ...(since ? { since } : {}) }];
    }
    return [];
  });
}

/** One line per change, for the terminal and the workflow log. */
export function formatChange(change: CncfChange): string {
  const since = change.since ? ` since ${change.since}` : '';
  if (change.kind === 'joined') return `cncf: ${change.id}: now tied to ${change.name} (${change.to}${since})`;
  if (change.kind === 'left') return `cncf: ${change.id}: no longer tied to a CNCF project (was ${change.name}, ${change.from})`;
  return `cncf: ${change.id}: ${change.name} moved from ${change.from} to ${change.to}${change.since ? ` on ${change.since}` : ''}`;
}

/** A section for the weekly pull request body. */
export function changesMarkdown(changes: readonly CncfChange[]): string {
  const lines = ['## CNCF maturity changes', ''];
  if (changes.length === 0) return [...lines, 'No maturity changed since the last refresh.', ''].join('\n');
  lines.push('| tool | CNCF project | before | after | since |', '| --- | --- | --- | --- | --- |');
  for (const change of changes) {
    lines.push(
      `| \`${change.id}\` | ${change.name.replace(/\|/g, '\\|')} | ${change.from ?? 'not tied'} | ${change.to ?? 'not tied'} | ${change.since ?? ''} |`,
    );
  }
  return [...lines, ''].join('\n');
}
