export { findSessionByChannel, setSessionCardRef } from './channel-sessions.ts';
export { assertCanStartSession, createSession } from './create-session.ts';
export { createPreviewCache, type DiagnosisDeps, type PreviewCache } from './deps.ts';
export {
  getSession,
  getTranscript,
  listSessions,
  type SessionSummary,
  type TurnView,
} from './get-session.ts';
export { buildEngineInput, handleTurn, TRANSCRIPT_WINDOW, type TurnResult } from './handle-turn.ts';
export { SESSION_STATUS_LABELS, sessionStatusLabel } from './status-label.ts';
export { updateTaskItem } from './update-task-item.ts';
export type { FactView, FixView, PostedNoteView, SessionView, TaskItemView } from './views.ts';
