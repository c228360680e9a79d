/**
 * Licence checks and families. Entries name their licence with an SPDX
 * expression, or `proprietary` / `unknown` when none applies.
 */
import parseSpdx from 'spdx-expression-parse';
import currentIds from 'spdx-license-ids' with { type: 'json' };
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };

export const NON_SPDX_LICENSES = ['proprietary', 'unknown'] as const;

const current = new Set<string>(currentIds);
const deprecated = new Set<string>(deprecatedIds);

type SpdxNode = { license: string; plus?: boolean; exception?: string } | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

/** The licence ids an SPDX expression names, left to right. */
function idsOf(node: SpdxNode): string[] {
  return 'license' in node ? [node.license] : [...idsOf(node.left), ...idsOf(node.right)];
}

export type LicenseCheck = { ok: true; ids: string[] } | { ok: false; message: string; hint: string };

/** Checks a licence field against the SPDX list, explaining what is wrong. */
export function checkLicense(value: string): LicenseCheck {
  if ((NON_SPDX_LICENSES as readonly string[]).includes(value)) return { ok: true, ids: [] };
  let tree: SpdxNode;
  try {
    // The parser knows the SPDX list: an unknown id fails here too.
    tree = parseSpdx(value) as SpdxNode;
  } catch {
    return {
      ok: false,
      message: `"${value}" is not an SPDX licence expression`,
      hint: 'licence ids are SPDX, e.g. `Apache-2.0`, `MIT` or `GPL-3.0-only`; use `proprietary` or `unknown` when none applies',
    };
  }
  const ids = idsOf(tree);
  const outdated = ids.find((id) => deprecated.has(id));
  if (outdated) {
    return {
      ok: false,
      message: `"${outdated}" is a deprecated SPDX id`,
      hint: deprecatedHint(outdated),
    };
  }
  const unplaced = ids.find((id) => familyOfId(id) === 'unknown');
  if (unplaced) {
    return {
      ok: false,
      message: `"${unplaced}" has no licence family yet`,
      hint: 'add it to PERMISSIVE, COPYLEFT or SOURCE_AVAILABLE in src/lib/catalog/license.ts, so that filters and statistics can place it',
    };
  }
  return { ok: true, ids };
}

function deprecatedHint(id: string): string {
  const base = id.replace(/\+$/, '');
  if (current.has(`${base}-only`)) return `write \`${base}-only\` or \`${base}-or-later\``;
  return 'use the current SPDX id from https://spdx.org/licenses/';
}

export type LicenseFamily = 'permissive' | 'copyleft' | 'source-available' | 'proprietary' | 'unknown';

export const LICENSE_FAMILY_LABELS: Record<LicenseFamily, string> = {
  permissive: 'Permissive',
  copyleft: 'Copyleft',
  'source-available': 'Source-available',
  proprietary: 'Proprietary',
  unknown: 'Unknown',
};

/** Ids whose terms restrict use, so the code is visible but not open source. */
const SOURCE_AVAILABLE = /^(BUSL-|SSPL-|Elastic-|PolyForm-|Commons-Clause|CC-BY-NC|LicenseRef-)/;
/** Ids that require sharing changes (strong or weak copyleft). */
const COPYLEFT = /^(A?GPL-|LGPL-|MPL-|EPL-|EUPL-|CDDL-|OSL-|CECILL-|CPL-|MS-RL|SISSL|Sleepycat|RPL-|LPL-|APSL-)/;

/** Ids that only ask for attribution (or nothing). Listed, not assumed, so that a new id gets a conscious family. */
const PERMISSIVE =
  /^(MIT|MIT-0|Apache-|BSD-|0BSD|ISC|Zlib|Unlicense|CC0-|BSL-1\.0|PostgreSQL|Python-|X11|NCSA|Artistic-2\.0|UPL-|WTFPL|BlueOak-)/;

function familyOfId(id: string): LicenseFamily {
  if (SOURCE_AVAILABLE.test(id)) return 'source-available';
  if (COPYLEFT.test(id)) return 'copyleft';
  if (PERMISSIVE.test(id)) return 'permissive';
  return 'unknown';
}

/**
 * The family a reader filters by. For `A OR B` the reader may pick the more
 * permissive side; for `A AND B` the stricter side binds.
 */
export function licenseFamily(value: string): LicenseFamily {
  if (value === 'proprietary') return 'proprietary';
  if (value === 'unknown') return 'unknown';
  let tree: SpdxNode;
  try {
    tree = parseSpdx(value) as SpdxNode;
  } catch {
    return 'unknown';
  }
  return familyOfNode(tree);
}

const STRICTNESS: LicenseFamily[] = ['permissive', 'copyleft', 'source-available', 'proprietary', 'unknown'];

function familyOfNode(node: SpdxNode): LicenseFamily {
  if ('license' in node) return familyOfId(node.license);
  const left = familyOfNode(node.left);
  const right = familyOfNode(node.right);
  const [lenient, strict] = STRICTNESS.indexOf(left) <= STRICTNESS.indexOf(right) ? [left, right] : [right, left];
  return node.conjunction === 'or' ? lenient : strict;
}
