import type { FactSource, FixStatus, TaskKind, TaskStatus } from '../db/schema/diagnosis.ts';
import type { Symptom } from '../kb/index/symptoms.ts';
import type { KnowledgePassage } from '../kb/knowledge.ts';

/**
 * The contract between the diagnosis core and an engine (Claude or the offline one). The core
 * assembles an `EngineTurnInput`, the engine returns text plus `EngineAction`s, and the core — not
 * the engine — validates and applies them in one transaction.
 */
export interface EngineTurnInput {
  sessionId: string;
  problemSummary: string;
  facts: Array<{ id: string; text: string; source: FactSource }>;
  openItems: Array<{ id: string; kind: TaskKind; text: string; status: TaskStatus }>;
  activeFix: {
    id: string;
    title: string;
    steps: string[];
    confidence: number;
    status: FixStatus;
    partialNotes: string | null;
    failureReason: string | null;
  } | null;
  /** Earlier fixes and their outcomes, oldest first, so the engine does not re-suggest a failure. */
  previousFixes: Array<{ title: string; status: FixStatus; failureReason: string | null }>;
  /** Oldest first; already redacted. */
  recentTranscript: Array<{ role: 'engineer' | 'assistant'; text: string }>;
  knowledge: KnowledgePassage[];
  /**
   * No passage because another client's documentation matches the ticket much better than its
   * client's or the MSP's own (search.ts OTHER_CLIENT_RATIO): the ticket's client may be wrong.
   */
  anotherClientMatches?: boolean;
  /**
   * No passage because the ticket states a symptom the nearest page never speaks of (a paper jam
   * against the scan-to-email runbook; core/kb/index/symptoms.ts).
   */
  unspokenSymptom?: Symptom;
  /** The engineer's new message, already redacted. */
  message: string;
}

export type FixOutcome = Exclude<FixStatus, 'proposed'>;

export interface FixSource {
  title: string;
  url: string | null;
}

export type EngineAction =
  | { type: 'record_fact'; text: string }
  | { type: 'ask_question'; text: string }
  | { type: 'add_check'; text: string }
  /** Close a task-lane item; with `answer`, the answer also becomes a fact sourced from the item. */
  | { type: 'resolve_item'; itemId: string; status: 'answered' | 'done' | 'dismissed'; answer?: string }
  | {
      type: 'suggest_fix';
      title: string;
      steps: string[];
      script?: string;
      scriptLanguage?: string;
      confidence: number;
      /** The knowledge passage the fix comes from; recorded so Insights can count success by article. */
      source?: FixSource;
    }
  /** The engine's reading of how the active fix went; stored as a proposal, never applied as the outcome. */
  | { type: 'report_fix_outcome'; outcome: FixOutcome; reason: string };

export interface EngineUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
}

export interface EngineTurnResult {
  text: string;
  actions: EngineAction[];
  usage: EngineUsage;
  engine: 'claude' | 'offline';
  model: string | null;
}

export interface EngineCallOptions {
  /** Streaming text as it arrives, for adapters that update a message while the model works. */
  onText?: (delta: string) => void;
  signal?: AbortSignal;
}

export type NoteSections = Array<{ heading: string; body: string }>;

/** What note synthesis gets: only recorded facts, fixes and outcomes — nothing else to invent from. */
export interface NoteSynthesisInput {
  kind: 'resolution' | 'escalation';
  problemSummary: string;
  facts: string[];
  fixes: Array<{
    title: string;
    steps: string[];
    status: FixStatus;
    partialNotes: string | null;
    failureReason: string | null;
  }>;
  openItems: Array<{ kind: TaskKind; text: string }>;
  /** The template's sections, which a model may rephrase but not extend with new claims. */
  draft: NoteSections;
}

export interface DiagnosisEngine {
  readonly name: 'claude' | 'offline';
  runTurn(input: EngineTurnInput, options?: EngineCallOptions): Promise<EngineTurnResult>;
  /** Rewrites the template draft into readable prose; returns the same headings. */
  synthesizeNote(input: NoteSynthesisInput): Promise<{ sections: NoteSections; usage: EngineUsage }>;
}

/** The model service is overloaded or rate-limited; the caller keeps the engineer's message and says so. */
export class EngineBusyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineBusyError';
  }
}

export const ZERO_USAGE: EngineUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreationInputTokens: 0,
};
