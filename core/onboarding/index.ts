export {
  CHECKLIST_DISMISSED_PREFERENCE,
  CHECKLIST_STEPS,
  type ChecklistStep,
  type ChecklistStepId,
  getWelcomeChecklist,
  type WelcomeChecklistView,
} from './welcome-checklist.ts';
