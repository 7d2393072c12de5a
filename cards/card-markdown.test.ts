import { describe, expect, it } from 'vitest';
import { cardMarkdownToHtml, isSafeLinkUrl } from './card-markdown.ts';

describe('card Markdown in the browser (Try the bot)', () => {
  it('links absolute http(s) and mailto targets', () => {
    expect(cardMarkdownToHtml('see [the KB](https://kb.example/a?b=1&c=2)')).toBe(
      'see <a href="https://kb.example/a?b=1&#38;c=2" target="_blank" rel="noreferrer">the KB</a>',
    );
    expect(cardMarkdownToHtml('[mail us](mailto:help@msp.example)')).toBe(
      '<a href="mailto:help@msp.example" target="_blank" rel="noreferrer">mail us</a>',
    );
  });

  it('shows protocol-relative, relative and script links as plain text', () => {
    for (const url of [
      '//evil.example/x',
      '/\\evil.example',
      '/sessions/1',
      'javascript:alert%281%29',
      'JaVaScRiPt:void0',
      'data:text/html,x',
      'https:/evil.example',
      'http:///evil',
      'evil.example',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(false);
      expect(cardMarkdownToHtml(`[rel](${url})`), url).toBe('rel');
    }
  });

  it('escapes HTML before any Markdown applies', () => {
    expect(cardMarkdownToHtml('**<img src=x onerror=alert(1)>**')).toBe(
      '<strong>&#60;img src=x onerror=alert(1)&#62;</strong>',
    );
    expect(cardMarkdownToHtml('[x](https://a.example/"onmouseover="alert(1))')).not.toContain('"onmouseover');
  });
});
