/**
 * Text from content/ or from a server, made safe to print in a terminal and
 * in a GitHub Actions log. Control characters (terminal escapes, carriage
 * returns that overwrite a line, newlines that start a new one) and the
 * invisible or direction-changing characters that make text read other
 * than it is are shown as `\u{…}`; and no printed line may start with `::`,
 * which the Actions runner would execute as a workflow command. The
 * annotations the commands mean to emit are built by code around text that
 * went through here.
 */

/** C0 and C1 controls, DEL, soft hyphen, bidi marks, embeddings, overrides and isolates, zero-width characters, line separators, BOM. */
export const UNSAFE_CHARACTERS =
  // Matching control characters is the point of this expression.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (character) => `\\u{${(character.codePointAt(0) ?? 0).toString(16)}}`);
}

/** One printable line: escaped, and never a workflow command (the runner ignores leading spaces, so this does too). */
export function safeLine(text: string): string {
  const escaped = escapeControl(text);
  return /^\s*::/.test(escaped) ? escaped.replace(':', '\\u{3a}') : escaped;
}
