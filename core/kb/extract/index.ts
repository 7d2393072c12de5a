export { type ExtractResult, extractFileText, type FileKind, fileKind } from './extract-file.ts';
export { htmlToText, tidyText } from './html.ts';
