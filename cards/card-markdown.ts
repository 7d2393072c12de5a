/**
 * The small Markdown subset Teams renders in a TextBlock (bold, italic, links, line breaks) as
 * HTML, for showing our cards in the browser (the admin web's "Try the bot"). Pure, so it is
 * tested here and not only through a browser.
 */

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Links a card may open: absolute http(s) and mailto only. `//evil.example/x` (protocol-relative,
 * it inherits our scheme and leaves our origin), `javascript:`, `data:` and relative paths are not
 * links; their label is shown as plain text. Card text can quote what a user or a KB article said.
 */
export function isSafeLinkUrl(url: string): boolean {
  return /^(https?:\/\/[^/\s]|mailto:[^\s])/i.test(url);
}

/** Text is escaped first, so nothing a user typed becomes HTML. */
export function cardMarkdownToHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])_(.+?)_(?=[\s).,!?]|$)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) =>
      isSafeLinkUrl(url) ? `<a href="${url}" target="_blank" rel="noreferrer">${label}</a>` : label,
    )
    .replace(/\n/g, '<br>');
}
