import type { NoteKind, SuggestedFixRow } from '../db/schema/diagnosis.ts';
import type { NoteSections, NoteSynthesisInput } from '../engine/types.ts';
import type { SessionState } from '../sessions/session-state.ts';
import { redactText } from '../shared/redact.ts';

export const NOTE_HEADINGS = {
  resolution: ['Problem', 'What we confirmed', 'Root cause', 'Resolution'],
  escalation: [
    'Problem',
    "What we've confirmed",
    "What we've tried",
    'Current hypothesis',
    'Suggested next steps',
  ],
} as const satisfies Record<NoteKind, readonly string[]>;

const OUTCOME_WORDS = {
  proposed: 'suggested, not tried yet',
  applied_success: 'worked',
  applied_failed: 'did not work',
  applied_partial: 'partly worked',
  dismissed: 'dismissed without trying',
} as const satisfies Record<SuggestedFixRow['status'], string>;

const bullets = (lines: string[], empty: string) =>
  lines.length ? lines.map((l) => `• ${l}`).join('\n') : empty;

/**
 * The template note, built only from recorded facts, fixes and outcomes. It is the offline note
 * and the draft a model may rephrase; a claim that is not in the session cannot appear here.
 */
export function buildDraft(kind: NoteKind, state: SessionState): NoteSections {
  const facts = state.facts.map((f) => f.text);
  const worked = state.fixes.filter((f) => f.status === 'applied_success');
  const partial = state.fixes.filter((f) => f.status === 'applied_partial');
  const tried = state.fixes.filter((f) => f.status !== 'proposed' || f.appliedAt);
  const open = state.items.filter((i) => i.status === 'open');
  const active = state.fixes.find((f) => f.supersededAt === null);
  const sections =
    kind === 'resolution'
      ? [
          state.session.problemSummary,
          bullets(facts, 'Nothing beyond the reported problem was recorded.'),
          rootCause(facts, worked),
          [
            worked.length
              ? worked
                  .map((f) => `${f.title}:\n${f.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`)
                  .join('\n\n')
              : 'No fix has been confirmed as working yet.',
            // What only partly worked is part of the story the customer and the next engineer read.
            ...partial.map((f) => `Partly worked: ${f.title}${fixDetail(f)}`),
          ].join('\n\n'),
        ]
      : [
          state.session.problemSummary,
          bullets(facts, 'Nothing confirmed yet beyond the reported problem.'),
          bullets(
            tried.map((f) => `${f.title} — ${OUTCOME_WORDS[f.status]}${fixDetail(f)}`),
            'No fixes have been tried yet.',
          ),
          active && active.status === 'proposed'
            ? `${active.title} (confidence ${active.confidence}%)`
            : 'No working hypothesis yet.',
          bullets(
            [
              ...open.map((i) => (i.kind === 'question' ? `Find out: ${i.text}` : `Check: ${i.text}`)),
              ...(active && active.status === 'proposed' && !active.appliedAt
                ? [`Try: ${active.title}`]
                : []),
            ],
            'No open questions or checks were recorded.',
          ),
        ];
  return NOTE_HEADINGS[kind].map((heading, i) => ({ heading, body: redactText(sections[i] ?? '') }));
}

function fixDetail(fix: SuggestedFixRow): string {
  if (fix.status === 'applied_failed' && fix.failureReason) return ` (${fix.failureReason})`;
  if (fix.status === 'applied_partial' && fix.partialNotes) return ` (${fix.partialNotes})`;
  return '';
}

function rootCause(facts: string[], worked: SuggestedFixRow[]): string {
  const stated = facts.filter((f) => /\b(root cause|caused by|because)\b/i.test(f));
  if (stated.length) return stated.join('\n');
  const first = worked[0];
  if (first) return `Not separately confirmed; the problem stopped after: ${first.title}.`;
  return 'Not confirmed.';
}

export function synthesisInput(kind: NoteKind, state: SessionState, draft: NoteSections): NoteSynthesisInput {
  return {
    kind,
    problemSummary: state.session.problemSummary,
    facts: state.facts.map((f) => f.text),
    fixes: state.fixes
      .filter((f) => f.status !== 'proposed' || f.supersededAt === null)
      .map((f) => ({
        title: f.title,
        steps: f.steps,
        status: f.status,
        partialNotes: f.partialNotes,
        failureReason: f.failureReason,
      })),
    openItems: state.items.filter((i) => i.status === 'open').map((i) => ({ kind: i.kind, text: i.text })),
    draft,
  };
}

export function renderNoteText(sections: NoteSections): string {
  return sections.map((s) => `${s.heading}\n${s.body}`).join('\n\n');
}
