import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoFlowFiles } from './demo/demo-flows.ts';
import { parseFlowDocument } from './document.ts';
import { flowSchemaFileText, SCHEMA_FILE } from './schema-file.ts';

describe('docs/flows.schema.json', () => {
  it('is what flowDocumentJsonSchema() says today (regenerate: npx tsx core/flows/schema-file.ts)', () => {
    // Compared as JSON: the formatter may lay the file out differently from JSON.stringify.
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(flowSchemaFileText()));
  });

  it('describes the five step kinds and the fields every demo flow uses', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    const text = JSON.stringify(schema);
    for (const kind of ['question', 'instruction', 'check', 'resolution', 'escalate'])
      expect(text).toContain(`"${kind}"`);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'symptoms', 'graph']));
    for (const file of demoFlowFiles()) {
      const doc = parseFlowDocument(file.content, 'yaml');
      for (const key of Object.keys(doc)) expect(Object.keys(schema.properties)).toContain(key);
    }
  });
});
