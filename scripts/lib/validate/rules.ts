/**
 * Rules of one entry that the schema cannot say: text that reads other than
 * it is, dates that contradict each other or today, URLs that hide where
 * they lead, and the evidence (`sources`) the facts need. Each returns
 * problems at the value concerned; none throws on any input.
 */
import { domainToASCII } from 'node:url';
import { STATUSES } from '../../../src/lib/status.ts';
import type { ParsedEntry } from './entry.ts';
import type { Problem } from './problems.ts';

/** Controls, format characters (zero-width, bidi marks, embeddings, overrides, isolates, BOM), line separators, fillers, variation selectors. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Variation_Selector}\u2028\u2029\u115f\u1160\u3164\uffa0]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

const codePoint = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A YYYY-MM-DD text of a field (js-yaml gives Dates for unquoted ones). */
function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.valueOf()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? value : undefined;
}

/** statusSince as text: 2018, 2018-05 or 2018-05-04. */
function partialOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date) return dayOf(value);
  return typeof value === 'string' && /^\d{4}(-\d\d(-\d\d)?)?$/.test(value) ? value : undefined;
}

type Add = (path: PropertyKey[], field: string, message: string, hint?: string) => void;

function adder(entry: ParsedEntry, problems: Problem[]): Add {
  return (path, field, message, hint) => {
    const { line, column } = entry.locate(path);
    problems.push({ file: entry.file, line, column, field, message, ...(hint ? { hint } : {}) });
  };
}

/** Names and aliases are typed and searched: nothing in them may be invisible or reorder the text. */
export function checkNameCharacters(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const add = adder(entry, problems);
  const check = (value: unknown, path: PropertyKey[], field: string): void => {
    if (typeof value !== 'string') return;
    const found = INVISIBLE.exec(value);
    if (!found) return;
    const clean = value.replace(INVISIBLE_ALL, '').replace(/\s+/g, ' ').trim();
    add(
      path,
      field,
      `contains an invisible, bidi or control character (${codePoint(found[0])})`,
      clean ? `did you mean ${JSON.stringify(clean)}?` : 'type the name as plain text',
    );
  };
  check(entry.data['name'], ['name'], 'name');
  const aliases = entry.data['aliases'];
  if (Array.isArray(aliases)) aliases.forEach((alias, index) => check(alias, ['aliases', index], `aliases[${index}]`));
  return problems;
}

/** No date after today; verified on or after added; a status that begins no earlier than the first release. */
export function checkDates(entry: ParsedEntry, today: string): Problem[] {
  const problems: Problem[] = [];
  const add = adder(entry, problems);
  const added = dayOf(entry.data['added']);
  const verified = dayOf(entry.data['verified']);
  const since = partialOf(entry.data['statusSince']);
  const firstRelease = entry.data['firstRelease'];
  const year = Number(today.slice(0, 4));

  for (const [field, value] of [
    ['added', added],
    ['verified', verified],
  ] as const) {
    if (value && value > today)
      add([field], field, `${value} is in the future (today is ${today})`, `did you mean ${today}? Write the day it happened`);
  }
  // A partial date is in the future when even its first day is.
  if (since && since > today.slice(0, since.length))
    add(['statusSince'], 'statusSince', `${since} is in the future (today is ${today})`, 'write when the current status began');
  if (typeof firstRelease === 'number' && Number.isInteger(firstRelease) && firstRelease > year)
    add(
      ['firstRelease'],
      'firstRelease',
      `${firstRelease} is in the future (this is ${year})`,
      'write the year of the first public release',
    );

  if (added && verified && verified < added)
    add(
      ['verified'],
      'verified',
      `${verified} is before added (${added}): facts are checked no earlier than the entry is added`,
      `did you mean ${added}?`,
    );
  if (since && typeof firstRelease === 'number' && Number(since.slice(0, 4)) < firstRelease)
    add(
      ['statusSince'],
      'statusSince',
      `${since} is before firstRelease (${firstRelease}): a status cannot begin before the first release`,
      'check both dates against the project',
    );
  return problems;
}

const URL_FIELDS = ['website', 'repository', 'docs'] as const;

/**
 * An address says where it leads: no user name or password (`https://github.com@evil.example/`
 * goes to evil.example), and a host written in ASCII (punycode), so that a
 * look-alike host cannot pass for another.
 */
export function checkUrls(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const add = adder(entry, problems);
  const check = (value: unknown, path: PropertyKey[], field: string): void => {
    if (typeof value !== 'string') return;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return; // The schema reports what is not a URL.
    }
    const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '';
    if (authority.includes('@')) {
      const fixed = new URL(url.href);
      fixed.username = '';
      fixed.password = '';
      add(
        path,
        field,
        `must not contain a user name or password (the part before "@" in ${JSON.stringify(authority.slice(0, 80))}); it leads to ${url.host}`,
        `did you mean ${fixed.href}?`,
      );
      return;
    }
    // The host as written (before the URL parser turns it into punycode).
    const host = authority.replace(/:\d*$/, '');
    if (/[^\p{ASCII}]/u.test(host)) {
      const ascii = domainToASCII(host.toLowerCase());
      add(
        path,
        field,
        `the host name ${JSON.stringify(host)} is not ASCII`,
        ascii ? `write it in punycode, as browsers show it: did you mean ${value.replace(host, ascii)}?` : 'write the host name in ASCII',
      );
    }
  };
  for (const field of URL_FIELDS) check(entry.data[field], [field], field);
  const sources = entry.data['sources'];
  if (Array.isArray(sources)) {
    sources.forEach((source, index) => {
      if (source && typeof source === 'object')
        check((source as Record<string, unknown>)['url'], ['sources', index, 'url'], `sources[${index}].url`);
    });
  }
  return problems;
}

/**
 * The evidence: at least one source per entry; for a tool that is not
 * active, one backing its status and one its statusSince; one backing
 * firstRelease when it is given; no URL twice. (The schema makes each URL
 * https.)
 */
export function checkSources(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const add = adder(entry, problems);
  const raw = entry.data['sources'];
  if (raw !== undefined && !Array.isArray(raw)) return problems; // The schema reports the wrong type.
  const sources = (raw ?? []).filter((source): source is Record<string, unknown> => !!source && typeof source === 'object');
  if (sources.length === 0) {
    add(
      ['sources'],
      'sources',
      'needs at least one source: the evidence behind the facts',
      'add `sources:` with a `label`, an https `url` and the facts it `supports` (see CONTRIBUTING.md)',
    );
    return problems;
  }
  const supported = new Set(sources.flatMap((source) => asStrings(source['supports'])));
  const status = entry.data['status'];
  const need = (fact: string, why: string): void => {
    if (!supported.has(fact))
      add(
        ['sources'],
        'sources',
        `needs a source that supports ${fact} (${why})`,
        `add \`${fact}\` to the supports of the source that shows it`,
      );
  };
  // Only a real status asks for evidence; an unknown one (or the scaffold's TODO) is the schema's to report.
  if (typeof status === 'string' && status !== 'active' && (STATUSES as readonly string[]).includes(status)) {
    need('status', `the status is ${status}`);
    need('statusSince', `the status is ${status}`);
  }
  if (entry.data['firstRelease'] !== undefined) need('firstRelease', 'firstRelease is set');

  const seen = new Map<string, number>();
  (raw as unknown[]).forEach((source, index) => {
    const url = source && typeof source === 'object' ? (source as Record<string, unknown>)['url'] : undefined;
    if (typeof url !== 'string') return;
    const key = url.trim().replace(/\/+$/, '').toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      add(
        ['sources', index, 'url'],
        `sources[${index}].url`,
        `repeats the URL of sources[${first}]`,
        `list a URL once, with every fact it supports in its supports`,
      );
  });
  return problems;
}

export function checkEntryRules(entry: ParsedEntry, today: string): Problem[] {
  return [...checkNameCharacters(entry), ...checkDates(entry, today), ...checkUrls(entry), ...checkSources(entry)];
}
