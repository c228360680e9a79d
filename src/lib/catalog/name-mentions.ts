/**
 * Whether a text mentions a tool's name as whole words, in any case: "Flux" in "Flux and Argo CD",
 * not in "InfluxDB", and "proxy" not in "kube-proxy". The validator uses it to check that a
 * subcategory's guide names the tools it holds. (Search prominence counts mentions case and all, in
 * src/lib/search/prominence.ts, because there a lower-case word is usually not the tool.)
 */
export function mentionsName(text: string, name: string): boolean {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  if (escaped === '') return false;
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'iu').test(text);
}
