import type { SourceDocument } from './types.ts';

/** One searchable piece of a document, in reading order. */
export interface DocumentChunk {
  ord: number;
  /** The section's heading path ("Setup › Printers"), or null for text before the first heading. */
  heading: string | null;
  body: string;
}

/**
 * Target size of a chunk. Big enough that a runbook step list stays together (a snippet that says
 * "see step 3" without step 3 is useless), small enough that ts_rank_cd's cover density still
 * points at one topic instead of averaging a whole article.
 */
export const CHUNK_TARGET_CHARS = 1_000;

const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Splits a document into chunks: one section per markdown heading (the heading stays with its
 * section, prefixed by its parent headings), long sections packed on paragraph, then sentence,
 * then word boundaries. Never returns an empty chunk; a document with no text at all becomes one
 * chunk holding its title, so it can still be found by name.
 */
export function chunkDocument(doc: Pick<SourceDocument, 'title' | 'text'>): DocumentChunk[] {
  const sections = splitSections(doc.text);
  const chunks: DocumentChunk[] = [];
  // A heading with no text under it adds nothing to search on its own; its title is already in
  // the path of any subsection that follows (pack() yields nothing for an empty body).
  for (const section of sections) {
    for (const body of pack(section.body))
      chunks.push({ ord: chunks.length, heading: section.heading, body });
  }
  if (chunks.length === 0) {
    const fallback = sections.find((s) => s.heading)?.heading ?? doc.title.trim();
    if (fallback) chunks.push({ ord: 0, heading: null, body: fallback });
  }
  return chunks;
}

interface Section {
  heading: string | null;
  body: string;
}

function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  // path[level-1] is the current heading at that level; deeper levels reset when a shallower one appears.
  const path: string[] = [];
  let current: Section = { heading: null, body: '' };
  const lines: string[] = [];
  const flush = () => {
    current.body = lines.join('\n').trim();
    sections.push(current);
    lines.length = 0;
  };
  let inFence = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    // A `#` inside a code block is a shell comment, not a heading.
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (!match) {
      lines.push(line);
      continue;
    }
    flush();
    const level = (match[1] ?? '#').length;
    path.length = Math.min(path.length, level - 1);
    path[level - 1] = (match[2] ?? '').trim();
    current = { heading: path.filter(Boolean).join(' › '), body: '' };
  }
  flush();
  return sections;
}

/** Packs a section's text into pieces of at most ~CHUNK_TARGET_CHARS on the most natural boundary. */
function pack(body: string): string[] {
  if (body.length <= CHUNK_TARGET_CHARS) return body ? [body] : [];
  const units = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((paragraph) => (paragraph.length <= CHUNK_TARGET_CHARS ? [paragraph] : splitLong(paragraph)));
  const out: string[] = [];
  let buffer = '';
  for (const unit of units) {
    if (buffer && buffer.length + 2 + unit.length > CHUNK_TARGET_CHARS) {
      out.push(buffer);
      buffer = '';
    }
    buffer = buffer ? `${buffer}\n\n${unit}` : unit;
  }
  if (buffer) out.push(buffer);
  return out;
}

/** A paragraph too long for one chunk: sentences (or list lines), and words as the last resort. */
function splitLong(paragraph: string): string[] {
  const pieces = paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])|\n(?=\s*(?:[-*•]|\d+[.)])\s)/)
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap((sentence) => (sentence.length <= CHUNK_TARGET_CHARS ? [sentence] : splitWords(sentence)));
  const out: string[] = [];
  let buffer = '';
  for (const piece of pieces) {
    if (buffer && buffer.length + 1 + piece.length > CHUNK_TARGET_CHARS) {
      out.push(buffer);
      buffer = '';
    }
    buffer = buffer ? `${buffer} ${piece}` : piece;
  }
  if (buffer) out.push(buffer);
  return out;
}

function splitWords(sentence: string): string[] {
  const out: string[] = [];
  let buffer = '';
  for (const word of sentence.split(/\s+/)) {
    // A single "word" longer than a chunk (a base64 blob, a URL) is cut where it must be.
    for (let i = 0; i < word.length; i += CHUNK_TARGET_CHARS) {
      const part = word.slice(i, i + CHUNK_TARGET_CHARS);
      if (buffer && buffer.length + 1 + part.length > CHUNK_TARGET_CHARS) {
        out.push(buffer);
        buffer = '';
      }
      buffer = buffer ? `${buffer} ${part}` : part;
    }
  }
  if (buffer) out.push(buffer);
  return out;
}
