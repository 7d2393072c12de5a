export { activeFix, type FixProposal, proposeFix, recordOutcomeProposal } from './fix-store.ts';
export { getActiveFix, recordFixDecision, recordFixOutcome } from './fix-verbs.ts';
export { allowedOutcomes, canTransition, clampConfidence, FIX_TRANSITIONS } from './transitions.ts';
