import type { KnowledgePassage } from '../knowledge.ts';

const SNIPPET_MAX = 300;
const MAX_STEPS = 8;

/**
 * The sentences of a chunk that match the ticket best, in reading order, up to ~300 characters.
 * Matching is by word prefix (first five letters) so "printing" finds "printer" without a stemmer;
 * it only picks what to show, the ranking already happened in Postgres.
 */
export function snippetFor(body: string, words: readonly string[]): string {
  const keys = [...new Set(words.flatMap((w) => w.split(/\s+/)).filter((w) => w.length >= 2))].map((w) =>
    w.slice(0, 5),
  );
  const sentences = body
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ranked = sentences
    .map((text, index) => {
      const lower = text.toLowerCase();
      const tokens = lower.split(/[^a-z0-9]+/);
      const score = keys.reduce((sum, key) => sum + (tokens.some((t) => t.startsWith(key)) ? 1 : 0), 0);
      return { index, text, score };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: typeof ranked = [];
  let length = 0;
  for (const sentence of ranked) {
    if (picked.length > 0 && (sentence.score === 0 || length + sentence.text.length + 1 > SNIPPET_MAX)) break;
    picked.push(sentence);
    length += sentence.text.length + 1;
  }
  const text = picked
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text)
    .join(' ');
  return truncate(text, SNIPPET_MAX);
}

/**
 * Indexed articles carry no structured checks or fix, but runbooks usually number their steps.
 * When a chunk holds a numbered list, it becomes the passage's `fix` (titled by its heading), so
 * the offline engine can propose it like a demo article's fix; a bulleted list under a heading
 * about checks or symptoms becomes `checks`.
 */
export function passageHints(heading: string | null, body: string): Pick<KnowledgePassage, 'checks' | 'fix'> {
  const lines = body.split('\n').map((l) => l.trim());
  const steps = lines.flatMap((l) => {
    const m = /^\d{1,2}[.)]\s+(.{3,})$/.exec(l);
    return m?.[1] ? [m[1]] : [];
  });
  const bullets = lines.flatMap((l) => {
    const m = /^[-*•]\s+(.{3,})$/.exec(l);
    return m?.[1] ? [m[1]] : [];
  });
  const section = heading?.split(' › ').at(-1) ?? null;
  const hints: Pick<KnowledgePassage, 'checks' | 'fix'> = {};
  if (steps.length >= 2)
    hints.fix = { title: section ?? 'Steps from the article', steps: steps.slice(0, MAX_STEPS) };
  if (bullets.length >= 1 && section && /check|diagnos|verify|symptom|troubleshoot/i.test(section)) {
    hints.checks = bullets.slice(0, MAX_STEPS);
  }
  return hints;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
