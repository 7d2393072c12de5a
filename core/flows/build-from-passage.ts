import type { KnowledgePassage } from '../kb/knowledge.ts';
import type { FlowDocument } from './document.ts';
import type { FlowStep } from './graph.ts';

const MAX_BUILT_STEPS = 12;

/**
 * The offline build: a linear flow from the best passage — its diagnostic checks as instructions,
 * then its fix as the resolution, confirmed with the caller — every step citing the article. A
 * passage with no structured fix becomes "follow the article" with the same confirmation, so the
 * L1 still has a path that ends in resolved or escalated.
 */
export function buildFlowFromPassage(passage: KnowledgePassage, client: string | null): FlowDocument {
  const cites = { title: passage.title.slice(0, 300), url: passage.url };
  const checks = (passage.checks ?? []).slice(0, MAX_BUILT_STEPS - 3);
  const steps: FlowStep[] = checks.map((check, i) => ({
    id: `check-${i + 1}`,
    kind: 'instruction',
    text: check.slice(0, 2_000),
    next: i + 1 < checks.length ? `check-${i + 2}` : 'fix',
    cites,
  }));
  const fix = passage.fix;
  steps.push({
    id: 'fix',
    kind: 'instruction',
    text: fix
      ? `Apply the fix: ${fix.title}`.slice(0, 2_000)
      : `Follow the article "${passage.title}": ${passage.snippet}`.slice(0, 2_000),
    next: 'confirm',
    cites,
  });
  steps.push({
    id: 'confirm',
    kind: 'question',
    text: 'Ask the caller to try again. Is the problem gone?',
    choices: [
      { label: 'Yes, it works now', next: 'resolved' },
      { label: 'No, still broken', next: 'escalate' },
    ],
    cites,
  });
  steps.push({
    id: 'resolved',
    kind: 'resolution',
    text: (fix?.title ?? `Fixed by following "${passage.title}"`).slice(0, 2_000),
    fixSteps: (fix?.steps ?? []).slice(0, 20).map((s) => s.slice(0, 500)),
    cites,
  });
  steps.push({
    id: 'escalate',
    kind: 'escalate',
    text: 'The article did not fix it: hand over to an engineer with what was checked.',
    reason: `The steps from "${passage.title}" did not resolve the problem.`,
    cites,
  });
  return {
    schemaVersion: 1,
    title: passage.title.slice(0, 200).padEnd(3, '.'),
    description: `Built from the knowledge base article "${passage.title}".`,
    symptoms: [passage.title.slice(0, 200).padEnd(2, '.')],
    tags: ['kb-build'],
    client,
    graph: { start: steps[0]?.id ?? 'fix', steps },
  };
}
