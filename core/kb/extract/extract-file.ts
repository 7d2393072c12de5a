/**
 * Text from a downloaded file, by extension (MIME type as a fallback): .docx through mammoth
 * (→ HTML, so headings survive as `#` lines), .pdf through unpdf (PDF.js; one paragraph per page,
 * PDFs carry no reliable heading structure), .html/.htm through html-to-text, .md/.markdown/.txt as
 * they are. Anything else is skipped with a reason the admin sees.
 */
import mammoth from 'mammoth';
import { extractText as extractPdfText } from 'unpdf';
import { htmlToText, tidyText } from './html.ts';

export type ExtractResult = { ok: true; text: string } | { ok: false; reason: string };

export type FileKind = 'docx' | 'pdf' | 'html' | 'markdown' | 'text';

const BY_EXTENSION: Record<string, FileKind> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
};

const BY_MIME: Record<string, FileKind> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
  'text/html': 'html',
  'text/markdown': 'markdown',
  'text/plain': 'text',
};

/** Which extractor handles a file, or undefined when we do not index that type. */
export function fileKind(fileName: string, mimeType?: string | null): FileKind | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const mime = mimeType?.split(';')[0]?.trim().toLowerCase();
  return mime ? BY_MIME[mime] : undefined;
}

function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export async function extractFileText(
  bytes: Uint8Array,
  fileName: string,
  mimeType?: string | null,
): Promise<ExtractResult> {
  const kind = fileKind(fileName, mimeType);
  if (!kind)
    return { ok: false, reason: 'unsupported file type (we index .docx, .pdf, .html, .md and .txt)' };
  try {
    switch (kind) {
      case 'docx': {
        const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
        return { ok: true, text: htmlToText(value) };
      }
      case 'pdf': {
        // PDF.js may detach the buffer it is given: hand it a copy.
        const { text } = await extractPdfText(new Uint8Array(bytes), { mergePages: false });
        return { ok: true, text: tidyText(text.map((page) => page.trim()).join('\n\n')) };
      }
      case 'html':
        return { ok: true, text: htmlToText(utf8(bytes)) };
      case 'markdown':
      case 'text':
        return { ok: true, text: tidyText(utf8(bytes)) };
    }
  } catch (error) {
    const what = kind === 'docx' ? 'Word document' : kind === 'pdf' ? 'PDF' : 'file';
    return {
      ok: false,
      reason: `could not read the ${what}: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`,
    };
  }
}
