/**
 * The Claude diagnosis engine — the public face of this folder. The core picks it when an Anthropic
 * API key is configured and the offline engine otherwise; both implement `DiagnosisEngine`.
 */
export { type ClaudeEngineOptions, createClaudeEngine } from './engine.ts';
export { BUSY_MESSAGE, isForcedToolChoiceRejection } from './errors.ts';
