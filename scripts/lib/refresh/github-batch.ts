/**
 * One GraphQL query for up to 50 repositories, each under its own alias, and
 * the mapping of GitHub's answer to activity records. Owner and name travel
 * as variables, never spliced into the query text.
 */
import { z } from 'astro/zod';
import type { Activity } from '../../../src/schemas/activity.ts';

export const BATCH_SIZE = 50;

const REPOSITORY_FIELDS = `
fragment Activity on Repository {
  nameWithOwner
  isArchived
  stargazerCount
  forkCount
  createdAt
  licenseInfo { spdxId }
  defaultBranchRef { target { ... on Commit { committedDate } } }
  latestRelease { tagName publishedAt createdAt }
  refs(refPrefix: "refs/tags/", first: 1, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
    nodes {
      name
      target {
        ... on Commit { committedDate }
        ... on Tag { tagger { date } target { ... on Commit { committedDate } } }
      }
    }
  }
}`;

export interface BatchQuery {
  text: string;
  variables: Record<string, string>;
}

/** The query for a batch of owner/name slugs; alias r<i> answers slugs[i]. */
export function batchQuery(slugs: readonly string[]): BatchQuery {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const selections: string[] = [];
  slugs.forEach((slug, index) => {
    const [owner = '', name = ''] = slug.split('/');
    variables[`o${index}`] = owner;
    variables[`n${index}`] = name;
    declarations.push(`$o${index}: String!, $n${index}: String!`);
    selections.push(`  r${index}: repository(owner: $o${index}, name: $n${index}) { ...Activity }`);
  });
  const text = `query Activity(${declarations.join(', ')}) {\n${selections.join('\n')}\n  rateLimit { cost remaining resetAt }\n}\n${REPOSITORY_FIELDS}`;
  return { text, variables };
}

/** The part of GitHub's Repository object the query asks for. */
export interface RepositoryNode {
  nameWithOwner: string;
  isArchived: boolean;
  stargazerCount: number;
  forkCount: number;
  createdAt: string;
  licenseInfo: { spdxId: string | null } | null;
  defaultBranchRef: { target: { committedDate?: string } | null } | null;
  latestRelease: { tagName: string; publishedAt: string | null; createdAt: string } | null;
  refs: {
    nodes: Array<{
      name: string;
      target: { committedDate?: string; tagger?: { date: string | null } | null; target?: { committedDate?: string } | null } | null;
    }>;
  } | null;
}

export interface RateLimit {
  cost: number;
  remaining: number;
  resetAt: string;
}

/**
 * The shapes above as a schema, to check an answer before anything reads
 * it: a server that is not GitHub (or a GitHub having a bad day) can send
 * any JSON at all. Loose objects: extra fields are no harm.
 */
const text = z.string().max(1000);
const maybeDate = text.nullable().optional();
export const repositoryNodeSchema = z.looseObject({
  nameWithOwner: text,
  isArchived: z.boolean(),
  stargazerCount: z.number(),
  forkCount: z.number(),
  createdAt: text,
  licenseInfo: z.looseObject({ spdxId: text.nullable() }).nullable(),
  defaultBranchRef: z.looseObject({ target: z.looseObject({ committedDate: maybeDate }).nullable() }).nullable(),
  latestRelease: z.looseObject({ tagName: text, publishedAt: text.nullable(), createdAt: text }).nullable(),
  refs: z
    .looseObject({
      nodes: z.array(
        z.looseObject({
          name: text,
          target: z
            .looseObject({
              committedDate: maybeDate,
              tagger: z.looseObject({ date: text.nullable() }).nullable().optional(),
              target: z.looseObject({ committedDate: maybeDate }).nullable().optional(),
            })
            .nullable(),
        }),
      ),
    })
    .nullable(),
});

export const rateLimitSchema = z.looseObject({ cost: z.number().finite(), remaining: z.number().finite(), resetAt: z.iso.datetime() });

/** GitHub gives date-times with a Z already; this keeps them in one form whatever the offset. */
const utc = (value: string): string => {
  const date = new Date(value);
  if (Number.isNaN(date.valueOf())) throw new RangeError(`${JSON.stringify(value.slice(0, 40))} is not a date`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

export function toActivity(node: RepositoryNode, fetchedAt: string): Activity {
  const record: Activity = {
    repository: node.nameWithOwner,
    source: 'github-api',
    fetchedAt,
    archived: node.isArchived,
    stars: node.stargazerCount,
    forks: node.forkCount,
    createdAt: utc(node.createdAt),
  };
  const spdx = node.licenseInfo?.spdxId;
  if (spdx) record.license = spdx;
  const committed = node.defaultBranchRef?.target?.committedDate;
  if (committed) record.lastCommit = utc(committed);
  const release = node.latestRelease;
  if (release) {
    record.latestRelease = { tag: release.tagName, date: utc(release.publishedAt ?? release.createdAt), kind: 'release' };
  } else {
    const tag = node.refs?.nodes[0];
    const date = tag?.target?.committedDate ?? tag?.target?.target?.committedDate ?? tag?.target?.tagger?.date ?? undefined;
    if (tag && date) record.latestRelease = { tag: tag.name, date: utc(date), kind: 'tag' };
  }
  return record;
}
