import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { flowDocumentJsonSchema } from './document.ts';

/** Where the published schema lives in the repo; `schema-file.test.ts` fails when it is stale. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../docs/flows.schema.json', import.meta.url));

export function flowSchemaFileText(): string {
  return `${JSON.stringify(flowDocumentJsonSchema(), null, 2)}\n`;
}

// `npx tsx core/flows/schema-file.ts` regenerates docs/flows.schema.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, flowSchemaFileText());
}
