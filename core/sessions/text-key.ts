/**
 * Normalised text used to recognise "the same" question, check or fact when the model repeats it:
 * case, whitespace and trailing punctuation do not make a new item.
 */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?;:,]+$/u, '')
    .trim();
}
