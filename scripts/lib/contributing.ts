/** The generated part of CONTRIBUTING.md: field reference and status definitions. */
import { STATUSES, STATUS_DEFINITIONS } from '../../src/lib/status.ts';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { fieldReferenceTable } from './field-reference.ts';

export function contributingReference(): string {
  const statuses = STATUSES.map((status) => `- **${status}**: ${STATUS_DEFINITIONS[status]}`).join('\n');
  return `${fieldReferenceTable(createPlainToolSchema([]).shape)}\n\n#### Status definitions\n\n${statuses}`;
}
