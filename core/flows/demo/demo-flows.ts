import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));

/** The demo account's authored flows: the YAML files beside this module, as an author would upload them. */
export function demoFlowFiles(): Array<{ name: string; content: string }> {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: f.replace(/\.yaml$/, ''), content: readFileSync(`${DIR}${f}`, 'utf8') }));
}
