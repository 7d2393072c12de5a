export { createOfflineEngine } from './offline-engine.ts';
export { confidenceFromScore, NARROWING_QUESTIONS } from './plan-turn.ts';
export { OFFLINE_LABEL } from './reply.ts';
