export { factTextFromItem, insertFactIfNew, upsertItemFact } from './fact-store.ts';
export { addFact, deleteFact, promoteItemToFact, updateFact } from './fact-verbs.ts';
