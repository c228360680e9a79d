/**
 * CNCF facts per tool id (content/cncf.json through the `cncf` collection),
 * loaded once per build. A tool without a record is not a CNCF project.
 */
import { getCollection } from 'astro:content';
import type { CncfRecord } from '../schemas/cncf.ts';

let cncf: Promise<Map<string, CncfRecord>> | undefined;

export function getCncfMap(): Promise<Map<string, CncfRecord>> {
  cncf ??= getCollection('cncf').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return cncf;
}
