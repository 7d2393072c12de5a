import { z } from 'zod';

/**
 * A troubleshooting flow is a small directed graph an L1 tech walks with the caller, one step per
 * card. Five kinds of step: a *question* branches on the caller's answer, an *instruction* is done
 * and continues, a *check* has an expected result with yes/no branches, a *resolution* ends the walk
 * resolved (the fix), an *escalate* ends it escalated with a reason.
 */
export const STEP_KINDS = ['question', 'instruction', 'check', 'resolution', 'escalate'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const MAX_STEPS = 60;

const StepId = z
  .string()
  .trim()
  .min(1, 'a step id is required')
  .max(64, 'a step id is at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9_-]*$/i, 'a step id uses letters, digits, - and _ only');
const StepText = z.string().trim().min(1, 'the step needs text').max(2_000, 'at most 2,000 characters');

/** Where a built step's words came from, so an L1 can open the article behind it. */
const Citation = z.object({ title: z.string().min(1).max(300), url: z.string().url().nullable() }).strict();

const common = { id: StepId, text: StepText, cites: Citation.optional() };

export const QuestionStep = z
  .object({
    ...common,
    kind: z.literal('question'),
    choices: z
      .array(z.object({ label: z.string().trim().min(1).max(75), next: StepId }).strict())
      .min(2, 'a question needs at least two choices')
      .max(6, 'a question has at most six choices'),
  })
  .strict();
export const InstructionStep = z.object({ ...common, kind: z.literal('instruction'), next: StepId }).strict();
export const CheckStep = z
  .object({
    ...common,
    kind: z.literal('check'),
    expected: z.string().trim().min(1, 'a check says what result to expect').max(500),
    yes: StepId,
    no: StepId,
  })
  .strict();
export const ResolutionStep = z
  .object({
    ...common,
    kind: z.literal('resolution'),
    fixSteps: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  })
  .strict();
export const EscalateStep = z
  .object({ ...common, kind: z.literal('escalate'), reason: z.string().trim().min(1).max(500) })
  .strict();

export const FlowStep = z.discriminatedUnion('kind', [
  QuestionStep,
  InstructionStep,
  CheckStep,
  ResolutionStep,
  EscalateStep,
]);
export type FlowStep = z.output<typeof FlowStep>;

export const FlowGraph = z
  .object({
    start: StepId,
    steps: z
      .array(FlowStep)
      .min(1, 'a flow needs at least one step')
      .max(MAX_STEPS, `at most ${MAX_STEPS} steps`),
  })
  .strict();
export type FlowGraph = z.output<typeof FlowGraph>;

/** One way out of a step: the label a button shows and the step it leads to. */
export interface StepExit {
  label: string;
  next: string;
}

export function stepExits(step: FlowStep): StepExit[] {
  switch (step.kind) {
    case 'question':
      return step.choices.map((c) => ({ label: c.label, next: c.next }));
    case 'instruction':
      return [{ label: 'Done', next: step.next }];
    case 'check':
      return [
        { label: 'Yes', next: step.yes },
        { label: 'No', next: step.no },
      ];
    case 'resolution':
    case 'escalate':
      return [];
  }
}

export function isTerminal(step: FlowStep): boolean {
  return step.kind === 'resolution' || step.kind === 'escalate';
}

export const FLOW_RULES = [
  'duplicate_id',
  'unknown_start',
  'unknown_target',
  'unreachable',
  'no_exit',
] as const;
export type FlowRule = (typeof FLOW_RULES)[number];

/** A graph problem named by step and rule, so an author can find and fix it. */
export interface FlowIssue {
  stepId: string;
  rule: FlowRule;
  message: string;
}

/**
 * Structural rules zod cannot express: ids unique, every branch lands on a step, every step
 * reachable from the start, and from every step some resolution or escalation reachable — a cycle
 * is fine ("try again") as long as it has a way out. Dead ends cannot exist by construction: only
 * resolution and escalate steps have no exits.
 */
export function validateFlowGraph(graph: FlowGraph): FlowIssue[] {
  const issues: FlowIssue[] = [];
  const byId = new Map<string, FlowStep>();
  for (const step of graph.steps) {
    if (byId.has(step.id)) {
      issues.push({ stepId: step.id, rule: 'duplicate_id', message: `Two steps are called "${step.id}".` });
    }
    byId.set(step.id, step);
  }
  if (!byId.has(graph.start)) {
    issues.push({
      stepId: graph.start,
      rule: 'unknown_start',
      message: `The start step "${graph.start}" does not exist.`,
    });
  }
  for (const step of graph.steps) {
    for (const exit of stepExits(step)) {
      if (!byId.has(exit.next)) {
        issues.push({
          stepId: step.id,
          rule: 'unknown_target',
          message: `"${exit.label}" on step "${step.id}" leads to "${exit.next}", which does not exist.`,
        });
      }
    }
  }
  if (issues.length > 0) return issues;

  const reachable = new Set<string>();
  const queue = [graph.start];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const exit of stepExits(byId.get(id) as FlowStep)) queue.push(exit.next);
  }
  for (const step of graph.steps) {
    if (!reachable.has(step.id)) {
      issues.push({
        stepId: step.id,
        rule: 'unreachable',
        message: `Step "${step.id}" cannot be reached from the start step.`,
      });
    }
  }

  // Walk backwards from the ends: whatever cannot reach one loops forever.
  const canFinish = new Set(graph.steps.filter(isTerminal).map((s) => s.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const step of graph.steps) {
      if (canFinish.has(step.id)) continue;
      if (stepExits(step).some((e) => canFinish.has(e.next))) {
        canFinish.add(step.id);
        changed = true;
      }
    }
  }
  for (const step of graph.steps) {
    if (reachable.has(step.id) && !canFinish.has(step.id)) {
      issues.push({
        stepId: step.id,
        rule: 'no_exit',
        message: `From step "${step.id}" no path reaches a resolution or an escalation (a loop without an exit).`,
      });
    }
  }
  return issues;
}

export function stepById(graph: FlowGraph, id: string): FlowStep | undefined {
  return graph.steps.find((s) => s.id === id);
}
