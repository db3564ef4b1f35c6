// The JSON Schema in data/, compiled with Ajv, for tests that hold the validator to it.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('data/chronology.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
export const schemaValidate = ajv.compile(schema);
