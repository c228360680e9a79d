/**
 * Checks an entry's Markdown body: its length, and what the site must never
 * render: raw HTML and script or data links. Code spans and fenced blocks are
 * skipped for the latter, since showing markup as code is harmless.
 */
import { PLACEHOLDER } from '../scaffold.ts';
import type { Problem } from './problems.ts';

const FENCE = /^\s{0,3}(```|~~~)/;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
const AUTOLINK = /<(?:https?|mailto):[^<>\s]*>/gi;
const UNSAFE_LINK = /(?:\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|<)\s*(javascript|data|vbscript):/i;

/** How long a tool's description may be: enough to say what it does and how it fits, short enough to read. */
export const BODY_WORDS = { min: 60, max: 250 } as const;

export function countWords(body: string): number {
  return body.split(/\s+/).filter(Boolean).length;
}

/** A tool's body must say what it does, how it fits and what replaced it, in 60 to 250 words. */
export function checkBodyLength(file: string, body: string, firstLine: number): Problem[] {
  const words = countWords(body);
  if (words >= BODY_WORDS.min && words <= BODY_WORDS.max) return [];
  const firstText = body.split(/\r?\n/).findIndex((line) => line.trim() !== '');
  return [
    {
      file,
      line: firstLine + Math.max(firstText, 0),
      column: 1,
      field: 'body',
      message: `is ${words} ${words === 1 ? 'word' : 'words'}; must be ${BODY_WORDS.min} to ${BODY_WORDS.max} words`,
      hint:
        words < BODY_WORDS.min
          ? 'say what the tool does, how it fits the ecosystem and what replaced it'
          : "keep to what a reader needs to choose; details belong on the project's site",
    },
  ];
}

export function checkBody(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((rawLine, index) => {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    if (rawLine.startsWith(PLACEHOLDER)) {
      problems.push({
        file,
        line: firstLine + index,
        column: 1,
        field: 'body',
        message: `still holds the scaffold's \`${PLACEHOLDER}\` text`,
        hint: 'replace it with a description in your own words',
      });
    }
    const line = rawLine.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    const unsafe = UNSAFE_LINK.exec(line);
    if (unsafe) {
      problems.push({
        file,
        line: firstLine + index,
        column: (line.toLowerCase().indexOf(`${unsafe[1]?.toLowerCase()}:`) ?? 0) + 1,
        field: 'body',
        message: `links must not use \`${unsafe[1]?.toLowerCase()}:\` URLs`,
        hint: 'link to an https:// page instead',
      });
    }
    const tag = HTML_TAG.exec(line.replace(AUTOLINK, (link) => ' '.repeat(link.length)));
    if (tag) {
      problems.push({
        file,
        line: firstLine + index,
        column: tag.index + 1,
        field: 'body',
        message: `raw HTML (\`${tag[0].slice(0, 40)}\`) is not allowed`,
        hint: 'use Markdown instead; to show markup, put it in `backticks`',
      });
    }
  });
  return problems;
}

const INLINE_IMAGE = /!\[(?:[^\]\\]|\\.)*\]\(\s*(?:<([^>]*)>|([^\s)]*))/g;
const REFERENCE_IMAGE = /!\[((?:[^\]\\]|\\.)*)\](?!\()(?:\[((?:[^\]\\]|\\.)*)\])?/g;
const DEFINITION = /^\s{0,3}\[((?:[^\]\\]|\\.)+)\]:\s*<?([^\s>]+)/;

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A path on the site itself: one leading slash, no scheme, no `//` or `/\` (which browsers read as another host). */
export function isSitePath(url: string): boolean {
  return /^\/(?![/\\])/.test(url) && !/[\\\s]/.test(url) && !/^\/\.\.?(\/|$)/.test(url);
}

/**
 * Pictures in a body may come only from the site itself (a file in public/):
 * a picture from another host is a request the reader never agreed to (a
 * tracking pixel), and a relative path is one the build cannot resolve.
 */
export function checkBodyImages(file: string, body: string, firstLine: number, inPublic: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split(/\r?\n/);
  const visible: string[] = [];
  let inFence = false;
  for (const raw of lines) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      visible.push('');
      continue;
    }
    visible.push(inFence ? '' : raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)));
  }
  const definitions = new Map<string, string>();
  for (const line of visible) {
    const match = DEFINITION.exec(line);
    if (match?.[1] && match[2]) definitions.set(match[1].trim().toLowerCase(), match[2]);
  }
  const check = (url: string, index: number, column: number): void => {
    const add = (message: string, hint: string): void =>
      void problems.push({ file, line: firstLine + index, column: column + 1, field: 'body', message, hint });
    const shown = url.length > 80 ? `${url.slice(0, 77)}...` : url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('/\\')) {
      add(`images from other sites are not allowed (${shown})`, 'put the picture in public/ and write ![…](/its-file.png), or remove it');
    } else if (!isSitePath(url)) {
      const guess = url.replace(/^(\.\.?\/)+/, '').replace(/^\/+/, '');
      add(
        `image paths must start with "/" and name a file in public/ (${shown || 'empty'})`,
        guess ? `did you mean /${guess}?` : 'name a file in public/, e.g. /images/diagram.png',
      );
    } else if (!inPublic(safeDecode(url.replace(/[?#].*$/, '')))) {
      add(`${shown} is not a file in public/`, 'add the picture to public/ or fix the path');
    }
  };
  visible.forEach((line, index) => {
    for (const match of line.matchAll(INLINE_IMAGE)) check(match[1] ?? match[2] ?? '', index, match.index);
    for (const match of line.matchAll(REFERENCE_IMAGE)) {
      const label = (match[2] || match[1] || '').trim().toLowerCase();
      const url = definitions.get(label);
      if (url !== undefined) check(url, index, match.index);
    }
  });
  return problems;
}
