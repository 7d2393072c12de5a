import type { SimContentBlock } from './types.ts';

/**
 * Deterministic token estimate: ceil(chars / 4) of the JSON serialisation (strings are counted
 * as-is). Real tokenisation is model-specific and unavailable offline; what tests and benchmarks
 * need is that the same bytes always cost the same and that more bytes cost more.
 */
export function estimateTokens(value: unknown): number {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return Math.ceil(text.length / 4);
}

/**
 * Output tokens for a scripted reply. Like the real API, never 0: the docs note `output_tokens`
 * is non-zero even for an empty text response.
 */
export function estimateOutputTokens(content: readonly SimContentBlock[]): number {
  let total = 0;
  for (const block of content) {
    total +=
      block.type === 'text'
        ? estimateTokens(block.text)
        : estimateTokens({ name: block.name, input: block.input });
  }
  return Math.max(1, total);
}
