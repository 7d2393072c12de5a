export { type PostedNote, postEscalationPackage, postResolutionNote } from './post-note.ts';
export { type NotePreview, previewNote } from './preview-note.ts';
export { buildDraft, NOTE_HEADINGS, renderNoteText } from './templates.ts';
