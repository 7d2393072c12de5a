/**
 * Local Anthropic Messages API simulator — test and benchmark infrastructure only; production code
 * must never import it. Point the real SDK at it with `new Anthropic({ apiKey, baseURL: sim.url })`.
 */
export { estimatePromptTokens, LOOKBACK_BLOCKS, MAX_BREAKPOINTS } from './cache.ts';
export { startAnthropicSimulator } from './server.ts';
export { estimateTokens } from './tokens.ts';
export type {
  AnthropicSimulator,
  AnthropicSimulatorOptions,
  RecordedRequest,
  SimContentBlock,
  SimErrorReply,
  SimMessageReply,
  SimMidstreamErrorReply,
  SimReply,
  SimRequest,
} from './types.ts';
