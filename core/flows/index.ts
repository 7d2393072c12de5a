export {
  exportFlow,
  importFlow,
  insertFlow,
  publishFlow,
  publishVersion,
  replaceFlowDraft,
  retireFlow,
  toDocument,
  updateFlowDraft,
} from './author-flows.ts';
export {
  FLOW_DOCUMENT_VERSION,
  FlowDocument,
  type FlowFormat,
  flowDocumentJsonSchema,
  parseFlowDocument,
  serializeFlowDocument,
} from './document.ts';
export type { FlowRow, FlowVersionRow } from './flow-store.ts';
export { type FlywheelReport, reviewDraftFlow, runFlowFlywheel } from './flywheel.ts';
export { FLOW_RULES, FlowGraph, type FlowIssue, FlowStep, stepExits, validateFlowGraph } from './graph.ts';
export { diffGraphs, getFlow, getFlowDiff, listFlows, type StepChange } from './list-flows.ts';
export {
  MATCH_COVERAGE,
  type MatchDecision,
  type MatchDeps,
  matchOrBuildFlow,
  meetsMatchBar,
} from './match-or-build.ts';
export { flowTerms, rankFlows } from './rank-flows.ts';
export {
  AnswerStepInput,
  DEFAULT_FLYWHEEL,
  EscalateWalkInput,
  ExportFlowInput,
  FinishWalkInput,
  FlowDiffInput,
  FlowTicketInput,
  FlywheelSettings,
  ImportFlowInput,
  ListFlowsInput,
  PublishFlowInput,
  ReviewDraftInput,
  StartWalkInput,
  UpdateFlowDraftInput,
  WalkNoteInput,
  WalkPressInput,
} from './schemas.ts';
export { type FlowMatchRecord, getSessionFlowMatch } from './session-flow-match.ts';
export {
  addWalkNote,
  answerStep,
  escalateWalk,
  escalateWalkToEngineer,
  finishWalk,
  getWalk,
  startWalk,
  stepBack,
} from './walk.ts';
export type { WalkView } from './walk-view.ts';
