import type { Entity } from '@microsoft/agents-activity';
import { truncate } from '../../cards/index.ts';
import { stableOrder } from '../../core/engine/claude/prompt.ts';
import type { TurnResult } from '../../core/sessions/index.ts';
import { redactText } from '../../core/shared/redact.ts';

/** A knowledge passage an answer was given with, as handleTurn returns it. */
export type AnswerSource = TurnResult['reply']['sources'][number];

/**
 * One Teams citation ("Add citations" in Microsoft's "Enhance AI-generated bot messages"): `position`
 * is the number written as `[n]` in the message text; Teams turns that marker into a pill that
 * opens the `appearance` (name ≤ 80 characters, abstract ≤ 160, an optional link).
 */
export interface TeamsCitation {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
    keywords?: string[];
  };
}

/**
 * The `https://schema.org/Message` entity of a message: `additionalType: ['AIGeneratedContent']`
 * makes Teams show the "AI generated" label, `citation` the numbered sources (`@id` stays empty,
 * as the docs require). Null when there is neither to say.
 */
export function messageEntity(citations: readonly TeamsCitation[], aiGenerated: boolean): Entity | null {
  if (!aiGenerated && citations.length === 0) return null;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(aiGenerated ? { additionalType: ['AIGeneratedContent'] } : {}),
    ...(citations.length ? { citation: [...citations] } : {}),
  };
}

/** The label alone, for a card whose content the model wrote (a proposed fix). */
export function aiLabelEntity(): Entity {
  return messageEntity([], true) as Entity;
}

/**
 * Thumbs up/down under the message. Teams also accepts `feedbackLoop: { type: 'default' }` but
 * rejects an activity carrying both; `feedbackLoopEnabled` is what the Agents SDK (1.8) sends and
 * every Teams client honours. A click arrives as the `message/submitAction` invoke.
 */
export const FEEDBACK_CHANNEL_DATA = { feedbackLoopEnabled: true } as const;

const NAME_MAX = 80;
const ABSTRACT_MAX = 160;
const KEYWORD_MAX = 28;
/** `[3]` — but not `[3](https://…)`, a Markdown link whose label happens to be a number. */
const MARKER = /\[(\d{1,2})\](?!\()/g;

function httpUrl(url: string | null): string | undefined {
  return url && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

function citationOf(source: AnswerSource, position: number): TeamsCitation {
  const url = httpUrl(source.url);
  const name = truncate(source.title.replace(/\s+/g, ' ').trim() || 'Knowledge base article', NAME_MAX);
  // Knowledge passages are the MSP's own documentation and may hold a pasted credential: the
  // same redaction the model's input gets, before anything reaches a chat.
  const abstract = truncate(redactText(source.snippet).replace(/\s+/g, ' ').trim(), ABSTRACT_MAX);
  const keyword = source.source.trim().slice(0, KEYWORD_MAX);
  return {
    '@type': 'Claim',
    position,
    appearance: {
      '@type': 'DigitalDocument',
      name,
      abstract: abstract || name,
      ...(url ? { url } : {}),
      ...(keyword ? { keywords: [keyword] } : {}),
    },
  };
}

/** Passages of the same article are one source to a reader. */
function distinctArticles(sources: readonly AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = s.documentId || s.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The numbers the Claude prompt gives the passages (`<article index="n">`): it sorts them by
 * document id and content so the prompt's bytes (and its cache) do not depend on retrieval order
 * (`stableOrder` in core/engine/claude/prompt.ts).
 */
export function promptOrder(sources: readonly AnswerSource[]): AnswerSource[] {
  return stableOrder(sources);
}

/** Where `source` is first named in the text (its title or its URL), outside code blocks; -1 if not. */
function firstMention(lines: readonly string[], inCode: readonly boolean[], source: AnswerSource): number {
  const title = source.title.trim().toLowerCase();
  const url = httpUrl(source.url)?.toLowerCase();
  return lines.findIndex((line, i) => {
    if (inCode[i]) return false;
    const lower = line.toLowerCase();
    return (title.length >= 4 && lower.includes(title)) || (url !== undefined && lower.includes(url));
  });
}

function codeLines(lines: readonly string[]): boolean[] {
  let open = false;
  return lines.map((line) => {
    const fence = /^\s*```/.test(line);
    const inside = open || fence;
    if (fence) open = !open;
    return inside;
  });
}

/**
 * Numbers the knowledge an answer used and returns the text with its `[n]` markers and one Teams
 * citation per marker, so every position in `citation[]` is a number written in the text:
 *
 * 1. The model wrote `[n]` itself: n is the n-th passage as it was numbered for the model
 *    (`numberedAs`, default handleTurn's order); only markers that name a passage become
 *    citations, and the text is left as written.
 * 2. It named articles by title or URL (what our prompt asks for): those articles are numbered in
 *    the order they are first named, and `[n]` is added at the end of that line.
 * 3. It named none: the answer was still written from these passages, so a closing
 *    "Sources: [1] [2]" line lists them.
 */
export function citeSources(
  text: string,
  sources: readonly AnswerSource[],
  options: { numberedAs?: (sources: readonly AnswerSource[]) => AnswerSource[] } = {},
): { text: string; citations: TeamsCitation[] } {
  if (sources.length === 0) return { text, citations: [] };

  const written = [...new Set([...text.matchAll(MARKER)].map((m) => Number(m[1])))]
    .filter((n) => n >= 1 && n <= sources.length)
    .sort((a, b) => a - b);
  if (written.length > 0) {
    // The n the model wrote is the n it was shown, which may not be handleTurn's order.
    const numbered = options.numberedAs ? options.numberedAs(sources) : [...sources];
    return {
      text,
      citations: written.map((n) => citationOf(numbered[n - 1] as AnswerSource, n)),
    };
  }

  const articles = distinctArticles(sources);
  const lines = text.split('\n');
  const inCode = codeLines(lines);
  const named = articles
    .map((source) => ({ source, line: firstMention(lines, inCode, source) }))
    .filter((m) => m.line >= 0)
    .sort((a, b) => a.line - b.line);
  if (named.length > 0) {
    const markers = new Map<number, number[]>();
    named.forEach((m, i) => {
      markers.set(m.line, [...(markers.get(m.line) ?? []), i + 1]);
    });
    const marked = lines.map((line, i) => {
      const numbers = markers.get(i);
      return numbers ? `${line.replace(/\s+$/, '')} ${numbers.map((n) => `[${n}]`).join(' ')}` : line;
    });
    return { text: marked.join('\n'), citations: named.map((m, i) => citationOf(m.source, i + 1)) };
  }

  const list = articles.map((_, i) => `[${i + 1}]`).join(' ');
  return {
    text: `${text.replace(/\s+$/, '')}\n\nSources: ${list}`,
    citations: articles.map((source, i) => citationOf(source, i + 1)),
  };
}

/** The numbers written as citation markers in a text, in order of appearance (for tests and checks). */
export function markersIn(text: string): number[] {
  return [...text.matchAll(MARKER)].map((m) => Number(m[1]));
}
