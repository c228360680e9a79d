/** Short content fingerprints for build artefacts (Node only: it uses node:crypto). */
import { createHash } from 'node:crypto';

/** Twelve hex digits of SHA-256: enough to tell builds apart, short enough to put in every page's HTML. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
