/** `npm run schema`: writes the JSON Schemas of the content files to schemas/ (a test fails when they are stale). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentJsonSchemas } from '../../src/core/json-schema.ts';
import { commandOptions } from '../lib/command-options.ts';

// No options: any, even --help, once wrote the schemas over the committed ones.
commandOptions({}, "usage: npm run schema (no options: writes the content files' JSON Schemas to schemas/)");

const dir = path.resolve('schemas');
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) {
  await writeFile(path.join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${name}`);
}
