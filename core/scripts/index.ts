export { createScript, insertScript, publishScript, retireScript, updateScript } from './author-scripts.ts';
export { type ScriptsChatView, scriptsForChat } from './chat-view.ts';
export { DESTRUCTIVE_RULES, type DestructiveFlag, flagDestructive } from './destructive.ts';
export {
  createScriptExtractor,
  EXTRACT_TOOL,
  EXTRACT_TOOL_NAME,
  type ScriptExtractor,
} from './draft-model.ts';
export { parameteriseByExactMatch, roundTrips } from './draft-offline.ts';
export { draftReviewView, type ScriptDraftReviewView } from './draft-review-view.ts';
export {
  type DraftDeps,
  getScriptDraft,
  listScriptDrafts,
  NO_DRAFT_OFFERS,
  queueScriptDraft,
  reviewScriptDraft,
  scriptDraftsForReview,
} from './drafts.ts';
export {
  findScripts,
  getScript,
  listScriptFacets,
  listScripts,
  type ScriptUsage,
  searchScripts,
} from './list-scripts.ts';
export { paramsFromLines, paramsToLines } from './param-lines.ts';
export { PARAM_TYPES, type ScriptParam, ScriptParams } from './params.ts';
export { type RenderedParam, type RenderedScript, renderTemplate } from './render.ts';
export {
  CreateScriptInput,
  ListScriptsInput,
  PreviewScriptInput,
  PublishScriptInput,
  QueueScriptDraftInput,
  RecordScriptUseInput,
  RenderScriptInput,
  ReviewScriptDraftInput,
  SearchScriptsInput,
  UpdateScriptInput,
} from './schemas.ts';
export { type SessionValues, sessionValues } from './session-values.ts';
export { loadSessionValues, previewScript, recordScriptUse, renderScript } from './use-scripts.ts';
