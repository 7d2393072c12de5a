import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The YAML of one of the demo flows in core/flows/demo/, as an author would upload it. */
export function demoFlowYaml(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../core/flows/demo/${name}.yaml`, import.meta.url)), 'utf8');
}

/** A small valid flow: a check, a fix, an escalation. `client` scopes it to one company. */
export function smallFlowYaml(title = 'Printer offline', client: string | null = null): string {
  return `title: ${JSON.stringify(title)}
symptoms: [printer shows offline, cannot print]
client: ${client === null ? 'null' : JSON.stringify(client)}
graph:
  start: power
  steps:
    - { id: power, kind: check, text: Is the printer on?, expected: It shows Ready, yes: colleagues, no: escalate }
    - id: colleagues
      kind: question
      text: Can colleagues print?
      choices:
        - { label: Yes, next: clear }
        - { label: No, next: escalate }
    - { id: clear, kind: instruction, text: Clear the print queue, next: fixed }
    - { id: fixed, kind: resolution, text: Cleared the stuck queue, fixSteps: [Stop the spooler, Delete jobs, Start the spooler] }
    - { id: escalate, kind: escalate, text: Hand over to an engineer, reason: Printer unreachable }
`;
}
