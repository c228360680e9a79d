/** How a tool page names what each of its sources supports. */
import type { SourcedFact } from '../../schemas/tool.ts';

export const SOURCED_FACT_LABELS: Record<SourcedFact, string> = {
  status: 'status',
  statusSince: 'status date',
  firstRelease: 'first release',
  license: 'licence',
  repository: 'repository',
  successors: 'successors',
  organization: 'organisation',
  body: 'description',
};

/** "status, status date and licence". */
export function supportsText(facts: readonly SourcedFact[]): string {
  const words = [...new Set(facts)].map((fact) => SOURCED_FACT_LABELS[fact]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The host a reader will land on, shown beside the link ("github.com"). */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
