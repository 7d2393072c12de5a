import { describe, expect, it } from 'vitest';
import { type AnswerSource, citeSources, markersIn, messageEntity, promptOrder } from './ai-message.ts';

const source = (n: number, extra: Partial<AnswerSource> = {}): AnswerSource => ({
  documentId: `doc-${n}`,
  title: `Article number ${n}`,
  url: `https://kb.example.test/articles/${n}`,
  source: 'hudu',
  snippet: `What article ${n} says about the problem.`,
  ...extra,
});

/** Every citation's position is a marker in the text, and every marker in range has a citation. */
function expectPositionsMatch(result: ReturnType<typeof citeSources>) {
  const positions = result.citations.map((c) => c.position).sort((a, b) => a - b);
  expect([...new Set(markersIn(result.text))].sort((a, b) => a - b)).toEqual(positions);
}

describe('citeSources: Teams citations whose positions are the [n] in the text', () => {
  it('keeps the [n] markers the model wrote and cites the n-th passage for each', () => {
    const sources = [source(1), source(2), source(3)];
    const text = 'Clear the cached credentials [2]. If that fails, rebuild the profile [3][2].';
    const result = citeSources(text, sources);
    expect(result.text).toBe(text);
    expect(result.citations.map((c) => [c.position, c.appearance.name])).toEqual([
      [2, 'Article number 2'],
      [3, 'Article number 3'],
    ]);
    expectPositionsMatch(result);
  });

  it("maps written markers through the model's own numbering when it differs", () => {
    const sources = [source(3), source(1), source(2)];
    const result = citeSources('See [1].', sources, { numberedAs: promptOrder });
    expect(result.citations.map((c) => c.appearance.name)).toEqual(['Article number 1']);
  });

  it('numbers articles the answer names by title or URL, in the order it names them', () => {
    const sources = [source(1), source(2), source(3)];
    const text = [
      'This matches https://kb.example.test/articles/3 closely.',
      'See also "article NUMBER 1" for the profile rebuild.',
      'Nothing about the rest.',
    ].join('\n');
    const result = citeSources(text, sources);
    expect(result.text.split('\n')).toEqual([
      'This matches https://kb.example.test/articles/3 closely. [1]',
      'See also "article NUMBER 1" for the profile rebuild. [2]',
      'Nothing about the rest.',
    ]);
    expect(result.citations.map((c) => [c.position, c.appearance.url])).toEqual([
      [1, 'https://kb.example.test/articles/3'],
      [2, 'https://kb.example.test/articles/1'],
    ]);
    expectPositionsMatch(result);
  });

  it('lists every article under "Sources:" when the answer names none, one number per article', () => {
    const sources = [source(1), source(2), { ...source(1), snippet: 'Another passage of article 1.' }];
    const result = citeSources('Restart the spooler and try again.', sources);
    expect(result.text).toBe('Restart the spooler and try again.\n\nSources: [1] [2]');
    expect(result.citations.map((c) => c.appearance.name)).toEqual(['Article number 1', 'Article number 2']);
    expectPositionsMatch(result);
  });

  it('ignores markers out of range, Markdown links and titles inside code blocks', () => {
    const sources = [source(1, { title: 'Get-Printer' })];
    const text = 'Run this:\n```\nGet-Printer | Restart\n```\nDone [7]. Docs: [1](https://example.test)';
    const result = citeSources(text, sources);
    expect(result.text).toBe(`${text}\n\nSources: [1]`);
    expect(result.citations).toHaveLength(1);
  });

  it('keeps appearances inside Teams limits, redacts secrets and drops links that are not http(s)', () => {
    const long = source(1, {
      title: 'T'.repeat(200),
      snippet: `Admin password: Hunter2-Secret! ${'x'.repeat(400)}`,
      url: 'javascript:alert(1)',
      source: 'a-very-long-connector-name-that-goes-on',
    });
    const [citation] = citeSources('Answer.', [long]).citations;
    expect(citation?.appearance.name.length).toBeLessThanOrEqual(80);
    expect(citation?.appearance.abstract.length).toBeLessThanOrEqual(160);
    expect(citation?.appearance.abstract).not.toContain('Hunter2-Secret!');
    expect(citation?.appearance.url).toBeUndefined();
    expect(citation?.appearance.keywords?.[0]?.length).toBeLessThanOrEqual(28);
  });

  it('adds nothing when the engine was given no passages', () => {
    expect(citeSources('Restart it [1].', [])).toEqual({ text: 'Restart it [1].', citations: [] });
  });
});

describe('messageEntity', () => {
  it('labels model-written text as AI generated, and carries citations without claiming AI', () => {
    const citations = citeSources('x', [source(1)]).citations;
    expect(messageEntity(citations, true)).toEqual({
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      additionalType: ['AIGeneratedContent'],
      citation: citations,
    });
    expect(messageEntity(citations, false)).not.toHaveProperty('additionalType');
    expect(messageEntity([], false)).toBeNull();
  });
});
