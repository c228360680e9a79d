/**
 * How a tool's CNCF facts read on a page and in a filter: the facet value
 * (a tool without a record is "not CNCF"), a short label, and the dated
 * steps of its way through CNCF in the order they happened.
 */
import type { CncfMaturity, CncfRecord } from '../../schemas/cncf.ts';

export const CNCF_FACETS = ['graduated', 'incubating', 'sandbox', 'archived', 'not-cncf'] as const;
export type CncfFacet = (typeof CNCF_FACETS)[number];

export const CNCF_FACET_LABELS: Record<CncfFacet, string> = {
  graduated: 'CNCF graduated',
  incubating: 'CNCF incubating',
  sandbox: 'CNCF sandbox',
  archived: 'CNCF archived',
  'not-cncf': 'Not a CNCF project',
};

export function cncfFacet(record: CncfRecord | undefined): CncfFacet {
  return record ? record.maturity : 'not-cncf';
}

export interface CncfStep {
  step: 'accepted' | CncfMaturity;
  /** "Accepted", "Incubating", … as a table row heading. */
  label: string;
  date: string;
}

const STEP_LABELS: Record<CncfStep['step'], string> = {
  accepted: 'Accepted',
  sandbox: 'Sandbox',
  incubating: 'Incubating',
  graduated: 'Graduated',
  archived: 'Archived',
};

/** The dates the landscape gives, oldest first (a project accepted straight into incubation has two steps on one day). */
export function cncfSteps(record: CncfRecord): CncfStep[] {
  const steps = (['accepted', 'incubating', 'graduated', 'archived'] as const).flatMap((step): CncfStep[] => {
    const date = record[step];
    return date ? [{ step, label: STEP_LABELS[step], date }] : [];
  });
  return steps.sort((a, b) => a.date.localeCompare(b.date));
}
