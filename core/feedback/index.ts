export {
  type ExportedFeedback,
  exportFeedback,
  type FeedbackExport,
  readFeedbackExport,
} from './export-feedback.ts';
export {
  type AnswerFeedbackView,
  listSessionFeedback,
  recordAnswerFeedback,
  toAnswerFeedbackView,
} from './record-feedback.ts';
export { ExportFeedbackInput, FEEDBACK_EXPORT_FORMATS, RecordFeedbackInput } from './schemas.ts';
