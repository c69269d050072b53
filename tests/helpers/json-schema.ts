/** JSON Schema validation as editors' tools do it: draft 2020-12, with the standard formats (uri, date…) checked. */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A validator for `schema`; `allErrors` reports every problem rather than the first. */
export function validatorFor(schema: object, options: { allErrors?: boolean } = {}): ValidateFunction {
  // Without the formats plugin Ajv warns about every "format" and ignores it.
  const ajv = new Ajv2020({ strict: false, ...options });
  addFormats(ajv);
  return ajv.compile(schema);
}
