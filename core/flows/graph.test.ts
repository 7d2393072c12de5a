import { describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { InvalidInputError } from '../shared/errors.ts';
import { parseFlowDocument } from './document.ts';
import { FlowGraph, validateFlowGraph } from './graph.ts';

/** A small valid graph: check → (yes) resolution / (no) escalate. */
const base = () =>
  FlowGraph.parse({
    start: 'check',
    steps: [
      {
        id: 'check',
        kind: 'check',
        text: 'Is the printer on?',
        expected: 'It shows Ready',
        yes: 'fix',
        no: 'up',
      },
      { id: 'fix', kind: 'resolution', text: 'Cleared the queue', fixSteps: ['Restart the spooler'] },
      { id: 'up', kind: 'escalate', text: 'Hand over', reason: 'Printer is dead' },
    ],
  });

const yamlOf = (graph: string) => `title: Printer offline
symptoms: [printer offline]
graph:
${graph}`;

describe('flow graph validation', () => {
  it('accepts a graph where every step is reachable and every path ends', () => {
    expect(validateFlowGraph(base())).toEqual([]);
  });

  it('refuses an unreachable step, naming it', () => {
    const g = base();
    g.steps.push({ id: 'orphan', kind: 'resolution', text: 'Never shown', fixSteps: [] });
    expect(validateFlowGraph(g)).toEqual([
      expect.objectContaining({ stepId: 'orphan', rule: 'unreachable' }),
    ]);
  });

  it('refuses a branch to a step that does not exist, naming the step and the branch', () => {
    const g = base();
    g.steps[0] = { ...(g.steps[0] as Extract<FlowGraph['steps'][number], { kind: 'check' }>), no: 'missing' };
    const issues = validateFlowGraph(g);
    expect(issues).toContainEqual(expect.objectContaining({ stepId: 'check', rule: 'unknown_target' }));
    expect(issues[0]?.message).toContain('"No" on step "check" leads to "missing"');
  });

  it('refuses a start step that does not exist', () => {
    expect(validateFlowGraph({ ...base(), start: 'nowhere' })).toContainEqual(
      expect.objectContaining({ stepId: 'nowhere', rule: 'unknown_start' }),
    );
  });

  it('refuses duplicate step ids', () => {
    const g = base();
    g.steps.push({ id: 'fix', kind: 'resolution', text: 'Second fix', fixSteps: [] });
    expect(validateFlowGraph(g)).toContainEqual(
      expect.objectContaining({ stepId: 'fix', rule: 'duplicate_id' }),
    );
  });

  it('refuses a loop with no way out, naming every step caught in it', () => {
    const g = FlowGraph.parse({
      start: 'a',
      steps: [
        {
          id: 'a',
          kind: 'question',
          text: 'Which?',
          choices: [
            { label: 'Loop', next: 'b' },
            { label: 'Done', next: 'end' },
          ],
        },
        { id: 'b', kind: 'instruction', text: 'Reboot', next: 'c' },
        { id: 'c', kind: 'instruction', text: 'Reboot again', next: 'b' },
        { id: 'end', kind: 'resolution', text: 'Fixed', fixSteps: [] },
      ],
    });
    const issues = validateFlowGraph(g);
    expect(issues.map((i) => [i.stepId, i.rule])).toEqual([
      ['b', 'no_exit'],
      ['c', 'no_exit'],
    ]);
  });

  it('accepts a "try again" loop that has an exit', () => {
    const g = FlowGraph.parse({
      start: 'try',
      steps: [
        { id: 'try', kind: 'instruction', text: 'Restart Outlook', next: 'ok' },
        { id: 'ok', kind: 'check', text: 'Open it', expected: 'Opens', yes: 'done', no: 'try' },
        { id: 'done', kind: 'resolution', text: 'Fixed', fixSteps: [] },
      ],
    });
    expect(validateFlowGraph(g)).toEqual([]);
  });

  it('an imported file that breaks a rule is refused with the step and the rule in the message', () => {
    const text = yamlOf(`  start: check
  steps:
    - { id: check, kind: check, text: On?, expected: Ready, yes: fix, no: ghost }
    - { id: fix, kind: resolution, text: Fixed }
`);
    const error = (() => {
      try {
        parseFlowDocument(text, 'yaml');
      } catch (e) {
        return e;
      }
    })() as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toMatch(/step "check", rule unknown_target/);
    expect(error.issues).toContainEqual({
      path: 'graph.steps.check',
      message: expect.stringMatching(/^unknown_target: /),
    });
  });

  it('refuses YAML far longer than any flow, syntax errors and duplicate keys, in linear time', () => {
    const refusal = (text: string) => {
      try {
        parseFlowDocument(text, 'yaml');
        return null;
      } catch (e) {
        return (e as InvalidInputError).message;
      }
    };
    // Each under the 200 kB limit, each held the server for seconds to a minute in the YAML library:
    // 20,000 keys in one map (its duplicate check compares every pair), 199,000 stray "}" and
    // 66,000 aliases to nothing (an error each, each costing more than the last).
    let started = performance.now();
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(refusal(keys)).toMatch(/not valid YAML: more than 20,000 YAML tokens/);
    expect(refusal('}'.repeat(199_000))).toMatch(/more than 20,000 YAML tokens/);
    expect(refusal('*a '.repeat(66_000))).toMatch(/more than 20,000 YAML tokens/);
    // Under the count, a syntax error is refused before anything is built, with its line.
    expect(refusal(`${'a: b\n'.repeat(100)}${'}'.repeat(5_000)}`)).toMatch(
      /not valid YAML: Unexpected flow-map-end token .* at line 101/,
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    // Duplicates are still refused, with the key named.
    started = performance.now();
    const dup = Array.from({ length: 1_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(refusal(`${dup}\nk7: again`)).toMatch(/not valid YAML: Map keys must be unique \("k7" twice\)/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(refusal(yamlOf(`  start: a\n  start: b\n`))).toMatch(/"start" twice/);
    // 5,000 levels of nesting overflowed the stack: said in words, not as the runtime's message.
    const deep = refusal(`${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    expect(deep).toMatch(/not valid YAML: nested too deeply/);
    expect(deep).not.toMatch(/call stack/i);
  });

  it('still reads the largest flow the schema allows, in block style', () => {
    const steps = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0
        ? {
            id: `s${i}`,
            kind: 'question',
            text: 'Which of these does the caller see on the screen, exactly as shown? '.repeat(29),
            choices: Array.from({ length: 6 }, (_, j) => ({
              label: `Choice ${j}, in the caller's own words`,
              next: j === 0 || i === 58 ? `s${i + 1}` : `s${i + 2}`,
            })),
          }
        : {
            id: `s${i}`,
            kind: 'resolution',
            text: 'Do this, then that. '.repeat(99),
            fixSteps: Array.from(
              { length: 20 },
              (_, j) => `Step ${j}: open it, click the other thing, confirm, wait.`,
            ),
          },
    );
    const text = stringifyYaml({
      title: 'The largest flow',
      description: 'Long. '.repeat(330),
      symptoms: Array.from({ length: 30 }, (_, i) => `symptom ${i}, as a caller says it`),
      tags: Array.from({ length: 20 }, (_, i) => `tag${i}`),
      graph: { start: 's0', steps },
    });
    expect(text.length).toBeGreaterThan(150_000);
    expect(parseFlowDocument(text, 'yaml').graph.steps).toHaveLength(60);
  });

  it('a dead end cannot be written: a question with one choice or an instruction without next is refused by shape', () => {
    expect(() =>
      parseFlowDocument(
        yamlOf(`  start: q
  steps:
    - { id: q, kind: question, text: Which?, choices: [{ label: Only, next: end }] }
    - { id: end, kind: resolution, text: Fixed }
`),
        'yaml',
      ),
    ).toThrow(/at least two choices/);
    expect(() =>
      parseFlowDocument(
        yamlOf(`  start: i
  steps:
    - { id: i, kind: instruction, text: Do it }
`),
        'yaml',
      ),
    ).toThrow(InvalidInputError);
  });
});
