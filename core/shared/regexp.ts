/** Text to match literally inside a RegExp (ticket words, product names, script values). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
