/**
 * The catalog as pages use it: entries from the content collections with
 * references flattened to ids, loaded once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexCatalog, sortByName, type CatalogIndex } from '../lib/catalog/catalog.ts';
import { readTags, type Tag } from '../lib/catalog/tags.ts';
import type { ToolData } from '../schemas/tool.ts';
import type { CncfRecord } from '../schemas/cncf.ts';
import { getCncfMap } from './cncf-records.ts';

export type Tool = Omit<ToolData, 'categories' | 'successors' | 'alternatives'> & {
  id: string;
  categories: string[];
  successors: string[];
  alternatives: string[];
  /** Its CNCF facts (content/cncf.json) when it is a CNCF project. */
  cncf: CncfRecord | undefined;
  entry: CollectionEntry<'tools'>;
};

export type Category = CollectionEntry<'categories'>['data'] & {
  id: string;
  entry: CollectionEntry<'categories'>;
};

let tools: Promise<Tool[]> | undefined;
let categories: Promise<Category[]> | undefined;

export function getTools(): Promise<Tool[]> {
  tools ??= Promise.all([getCollection('tools'), getCncfMap()]).then(([entries, cncf]) =>
    sortByName(
      entries.map((entry) => ({
        ...entry.data,
        id: entry.id,
        categories: entry.data.categories.map((ref) => ref.id),
        successors: entry.data.successors.map((ref) => ref.id),
        alternatives: entry.data.alternatives.map((ref) => ref.id),
        cncf: cncf.get(entry.id),
        entry,
      })),
    ),
  );
  return tools;
}

export function getCategories(): Promise<Category[]> {
  categories ??= getCollection('categories').then((entries) =>
    entries.map((entry) => ({ ...entry.data, id: entry.id, entry })).sort((a, b) => a.order - b.order),
  );
  return categories;
}

let toolIndex: Promise<CatalogIndex<Tool>> | undefined;

/** The catalog's lookups (by id, relations, categories, tags), built once per build: every page reads from it. */
export function getToolIndex(): Promise<CatalogIndex<Tool>> {
  toolIndex ??= getTools().then(indexCatalog);
  return toolIndex;
}

let tags: Tag[] | undefined;

/** The tag vocabulary, read once per build: it was parsed again on every page that asked (3 s of a 10,000-tool build). */
export function getTags(): Tag[] {
  tags ??= readTags();
  return tags;
}
