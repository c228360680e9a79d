/**
 * How big each built page is as the catalog grows: bytes, gzip bytes and
 * DOM elements, against the scale budgets that `npm run bench:build` checks
 * at 1,000 and 10,000 tools. A page that lists tools must page or summarise
 * them; only pages that show every tool by design (/map/, /timeline/) may
 * grow with the catalog, and then by a few elements a tool.
 */
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export const SCALE_BUDGETS = {
  /** Any HTML page, gzip. */
  htmlGzip: 150 * 1024,
  /** Any HTML page, elements in its DOM. */
  elements: 5000,
  /** Pages that show every tool by design. */
  wholeCatalog: { paths: ['map/', 'timeline/'], htmlGzip: 400 * 1024, elementsPerTool: 3 },
} as const;

export interface PageScale {
  bytes: number;
  /** gzip at the default level (6), as most servers send it. */
  gzip: number;
  /** Elements the parser opens, the document's own <html> included. */
  elements: number;
}

export function measureHtml(html: string | Uint8Array): PageScale {
  let elements = 0;
  const parser = new Parser({ onopentag: () => (elements += 1) });
  const text = typeof html === 'string' ? html : Buffer.from(html).toString('utf8');
  parser.write(text);
  parser.end();
  return { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, elements };
}

/** Why a page is over its scale budget, empty when it is within; `path` is site-relative ("map/", "tools/etcd/"). */
export function scaleViolations(path: string, scale: PageScale, toolCount: number): string[] {
  const whole = (SCALE_BUDGETS.wholeCatalog.paths as readonly string[]).includes(path);
  const maxGzip = whole ? SCALE_BUDGETS.wholeCatalog.htmlGzip : SCALE_BUDGETS.htmlGzip;
  const maxElements = whole ? SCALE_BUDGETS.wholeCatalog.elementsPerTool * toolCount : SCALE_BUDGETS.elements;
  const problems: string[] = [];
  if (scale.gzip > maxGzip) problems.push(`${(scale.gzip / 1024).toFixed(1)} KB gzip (budget ${(maxGzip / 1024).toFixed(0)} KB)`);
  if (scale.elements > maxElements) problems.push(`${scale.elements} elements (budget ${maxElements})`);
  return problems;
}
