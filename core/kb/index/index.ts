export { CHUNK_TARGET_CHARS, chunkDocument, type DocumentChunk } from './chunk.ts';
export { companyKey } from './company-key.ts';
export { createIndexedKnowledgeSource } from './indexed-knowledge.ts';
export {
  countDocuments,
  deleteChunksOf,
  type IngestScope,
  removeDocuments,
  removeDocumentsNotIn,
  upsertDocument,
  upsertDocuments,
} from './ingest.ts';
export {
  rankKnowledge,
  SearchKnowledgeInput,
  searchKnowledge,
  searchKnowledgeAnswer,
  searchKnowledgeCandidates,
} from './search.ts';
export { refreshSearchStatistics } from './statistics.ts';
export type { SourceDocument, UpsertOutcome } from './types.ts';
