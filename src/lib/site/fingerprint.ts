/** SHA-256 digests for the build (Node only: it uses node:crypto), written once for every use. */
import { createHash } from 'node:crypto';

/** The SHA-256 digest of one or more pieces, hashed in order, as hex or base64. */
export function sha256(parts: string | Uint8Array | ReadonlyArray<string | Uint8Array>, encoding: 'hex' | 'base64' = 'hex'): string {
  const hash = createHash('sha256');
  for (const part of typeof parts === 'string' || parts instanceof Uint8Array ? [parts] : parts) hash.update(part);
  return hash.digest(encoding);
}

/** Twelve hex digits of SHA-256: enough to tell builds apart, short enough to put in every page's HTML. */
export function fingerprint(text: string): string {
  return sha256(text).slice(0, 12);
}
