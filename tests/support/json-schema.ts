// One way to check documents against the published JSON Schema, shared by the unit and built-site tests.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';

/** Compiles a draft 2020-12 schema strictly, with the formats zod writes into it (ajv leaves format checking to plug-ins). */
export function compileJsonSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)));
  return ajv.compile(schema);
}
