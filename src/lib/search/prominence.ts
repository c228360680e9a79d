/**
 * How prominent a tool is, for ties between equally good search matches: stars where its host told
 * us, otherwise how many other entries refer to it, by successor, alternative or by name in their text.
 */

/**
 * Stars are far larger than reference counts, so a tool with stars outranks one without; both are
 * reduced to a small integer so the search data stays small.
 */
export function prominence(stars: number | undefined, references: number): number {
  if (stars !== undefined) return 100 + Math.round(Math.log2(stars + 1) * 10);
  return Math.min(references, 99);
}

export interface ReferringTool {
  id: string;
  name: string;
  successors: readonly string[];
  alternatives: readonly string[];
  /** What a reader reads about the tool: its summary and body. */
  text?: string;
}

/** The words of a text, joined by single spaces, with case kept. */
const wordsOf = (text: string): string =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/**
 * How many other entries refer to each tool: name it as a successor or alternative, or mention its
 * name as whole words in their text ("Grafana" in Loki's page). Each entry counts once per tool.
 * Names are matched as written, case and all, so "kind" the tool is not found in "a kind of".
 */
export function referenceCounts(tools: readonly ReferringTool[]): Map<string, number> {
  // Names by their first word, so each text is read once, word by word, whatever the catalog's size.
  const byFirstWord = new Map<string, Array<{ id: string; name: string }>>();
  for (const tool of tools) {
    const name = wordsOf(tool.name);
    const first = name.split(' ', 1)[0];
    if (!first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push({ id: tool.id, name });
    byFirstWord.set(first, list);
  }
  const counts = new Map<string, number>();
  for (const tool of tools) {
    const referred = new Set([...tool.successors, ...tool.alternatives]);
    if (tool.text) {
      const text = ` ${wordsOf(tool.text)} `;
      for (const word of new Set(text.split(' '))) {
        for (const candidate of byFirstWord.get(word) ?? []) {
          if (text.includes(` ${candidate.name} `)) referred.add(candidate.id);
        }
      }
    }
    referred.delete(tool.id);
    for (const id of referred) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
