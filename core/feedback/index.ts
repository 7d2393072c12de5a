export {
  type AnswerFeedbackView,
  listSessionFeedback,
  recordAnswerFeedback,
  toAnswerFeedbackView,
} from './record-feedback.ts';
export { RecordFeedbackInput } from './schemas.ts';
