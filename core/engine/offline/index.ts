export { createOfflineEngine } from './offline-engine.ts';
export { confidenceFromScore } from './plan-turn.ts';
export { NARROWING_QUESTIONS, QUESTIONS } from './questions.ts';
export { OFFLINE_LABEL } from './reply.ts';
