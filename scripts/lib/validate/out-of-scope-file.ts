/**
 * Checks the shape of content/out-of-scope.yml at file:line:column. Whether
 * each name is a project in CNCF's landscape needs the landscape itself, so
 * `npm run coverage` checks that.
 */
import { OUT_OF_SCOPE_FILE, parseOutOfScope } from '../../../src/lib/cncf/out-of-scope-list.ts';
import type { Problem } from './problems.ts';

export function checkOutOfScopeFile(text: string, file = OUT_OF_SCOPE_FILE): Problem[] {
  return parseOutOfScope(text).problems.map((problem) => ({ file, ...problem }));
}
