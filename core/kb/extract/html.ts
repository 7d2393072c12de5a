/**
 * HTML → plain text for the index, with headings kept as markdown `#` lines so the chunker can
 * keep each section under its heading. Used for IT Glue documents and traits, Hudu articles,
 * .html files and .docx (through mammoth's HTML).
 */
import { compile, type FormatCallback } from 'html-to-text';

const heading =
  (level: number): FormatCallback =>
  (elem, walk, builder) => {
    builder.openBlock({ leadingLineBreaks: 2 });
    builder.addLiteral(`${'#'.repeat(level)} `);
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 1 });
  };

const convert = compile({
  wordwrap: false,
  formatters: {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
  },
  selectors: [
    { selector: 'h1', format: 'h1' },
    { selector: 'h2', format: 'h2' },
    { selector: 'h3', format: 'h3' },
    { selector: 'h4', format: 'h4' },
    { selector: 'h5', format: 'h5' },
    { selector: 'h6', format: 'h6' },
    // Link targets and images are noise for search; the link text stays.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

/** Normalises blank runs and trailing spaces so equal content hashes equal. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  return tidyText(convert(html));
}
