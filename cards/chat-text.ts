/*
 * The assistant's reply is plain lines: paragraphs, "- " bullets, "1. " steps and "> " quotes,
 * one per line. Each chat renders such text its own way, and neither gets it right unaided:
 * Teams reads it as Markdown, where a line straight after a list item or a quote is a "lazy
 * continuation" of it ("…other users are fine No knowledge base article matched."); Slack's
 * mrkdwn has no lists at all. These two functions turn the lines into what each one renders as
 * the writer meant.
 */

type Kind = 'bullet' | 'number' | 'quote' | 'text' | 'blank';

const BULLET = /^\s*[-*•]\s+/;
const NUMBER = /^\s*\d{1,3}[.)]\s+/;

function kindOf(line: string): Kind {
  if (!line.trim()) return 'blank';
  if (BULLET.test(line)) return 'bullet';
  if (NUMBER.test(line)) return 'number';
  if (/^\s*>/.test(line)) return 'quote';
  return 'text';
}

/** Lines that belong together in one block: items of the same list, or lines of one quote. */
function sameBlock(a: Kind, b: Kind): boolean {
  return a === b && a !== 'text' && a !== 'blank';
}

/**
 * Teams (Markdown): every block (a paragraph line, a whole list, a quote) is separated from the
 * next by a blank line, so nothing after a list or quote is swallowed into its last line, and a
 * single line break between two paragraph lines is not lost either.
 */
export function teamsChatText(text: string): string {
  const out: string[] = [];
  let previous: Kind = 'blank';
  for (const line of text.split('\n')) {
    const kind = kindOf(line);
    if (kind === 'blank') {
      if (previous !== 'blank') out.push('');
      previous = 'blank';
      continue;
    }
    if (previous !== 'blank' && !sameBlock(previous, kind)) out.push('');
    out.push(line.replace(/\s+$/, ''));
    previous = kind;
  }
  return out.join('\n').replace(/\n+$/, '');
}

/**
 * Slack (mrkdwn, no list syntax): bullets become "•" items, and a list is set off from the
 * paragraphs around it by a blank line so the text after it reads as its own paragraph. Call it
 * before escaping (it adds no `<`, `>` or `&`).
 */
export function slackChatText(text: string): string {
  const out: string[] = [];
  let previous: Kind = 'blank';
  for (const line of text.split('\n')) {
    const kind = kindOf(line);
    if (kind === 'blank') {
      if (previous !== 'blank') out.push('');
      previous = 'blank';
      continue;
    }
    const isList = kind === 'bullet' || kind === 'number';
    const wasList = previous === 'bullet' || previous === 'number';
    if (previous !== 'blank' && (isList || wasList) && !sameBlock(previous, kind)) out.push('');
    out.push(kind === 'bullet' ? line.replace(BULLET, '• ').trimEnd() : line.trimEnd());
    previous = kind;
  }
  return out.join('\n').replace(/\n+$/, '');
}
