import type { KnowledgePassage } from '../../kb/knowledge.ts';

/** A numbered step marker: "1." or "2)" at the start or after a space, followed by a word. */
const STEP_MARKER = /(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Za-z"'(])/g;
const MAX_STEPS = 12;

/**
 * The fix a passage suggests: its structured `fix` when it carries one (demo articles, and indexed
 * chunks holding a numbered list), otherwise the numbered steps its snippet quotes inline
 * ("1. Open … 2. Clear …"), which is how a runbook's procedure reaches the offline engine when the
 * list was flattened into prose. Fewer than two steps is not a procedure.
 */
export function fixFromPassage(passage: KnowledgePassage): { title: string; steps: string[] } | null {
  if (passage.fix && passage.fix.steps.length > 0) return passage.fix;
  const steps = numberedSteps(passage.snippet);
  return steps.length >= 2 ? { title: `Steps from "${passage.title}"`, steps } : null;
}

/** Steps numbered 1, 2, 3 … in order; a stray "8." inside a sentence does not start a list. */
export function numberedSteps(text: string): string[] {
  const markers: Array<{ n: number; at: number; end: number }> = [];
  for (const match of text.matchAll(STEP_MARKER)) {
    const n = Number(match[1]);
    if (n === markers.length + 1)
      markers.push({ n, at: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  if (markers.length < 2) return [];
  return markers.slice(0, MAX_STEPS).map((marker, i) => {
    const next = markers[i + 1];
    return text
      .slice(marker.end, next ? next.at : undefined)
      .trim()
      .replace(/\s+/g, ' ');
  });
}
