import { z } from 'zod';
import { SCRIPT_LANGUAGES, SCRIPT_STATUSES } from '../db/schema/scripts.ts';
import { DISPLAY_UNSAFE_MESSAGE, isDisplaySafe } from '../shared/text-hygiene.ts';
import { ScriptParams } from './params.ts';

export const ScriptId = z.string().uuid('must be a script id (UUID)');
export const ScriptDraftId = z.string().uuid('must be a draft id (UUID)');
const SessionId = z.string().uuid('must be a session id (UUID)');

const Language = z.enum(SCRIPT_LANGUAGES, { message: 'language must be powershell, bash or cmd' });
const Body = z
  .string()
  .min(1, 'the script is empty')
  .max(50_000, 'the script is longer than 50,000 characters');
const Name = z
  .string()
  .trim()
  .min(3, 'give the script a name (3 characters or more)')
  .max(200)
  .refine(isDisplaySafe, DISPLAY_UNSAFE_MESSAGE);
const Tags = z.array(z.string().trim().min(1).max(40)).max(20);
const Category = z.string().trim().min(1).max(60);
const Client = z.string().trim().min(1).max(200).nullable();

export const CreateScriptInput = z
  .object({
    name: Name,
    description: z.string().trim().max(2_000).default(''),
    language: Language,
    body: Body,
    params: ScriptParams.default([]),
    category: Category.default('General'),
    tags: Tags.default([]),
    client: Client.default(null),
    /** Publish as version 1 at once (the builder's "Save and publish"). */
    publish: z.boolean().default(false),
  })
  .strict();

export const UpdateScriptInput = z
  .object({
    name: Name.optional(),
    description: z.string().trim().max(2_000).optional(),
    language: Language.optional(),
    body: Body.optional(),
    params: ScriptParams.optional(),
    category: Category.optional(),
    tags: Tags.optional(),
    client: Client.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'nothing to change' });

export const PublishScriptInput = z.object({ note: z.string().trim().max(500).default('') }).strict();

export const ListScriptsInput = z
  .object({
    q: z.string().trim().max(200).optional(),
    language: Language.optional(),
    category: z.string().trim().max(60).optional(),
    tag: z.string().trim().max(40).optional(),
    status: z.enum(SCRIPT_STATUSES).optional(),
    client: z.string().trim().max(200).optional(),
  })
  .strict();

const Values = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), z.string().max(500)).default({});

/** The builder's live preview: an unsaved body and schema rendered with sample values. */
export const PreviewScriptInput = z
  .object({ language: Language, body: Body, params: ScriptParams.default([]), values: Values })
  .strict();

export const RenderScriptInput = z
  .object({
    sessionId: SessionId.nullable().default(null),
    values: Values,
    /** Put secret values into the returned script (only the caller sees it; nothing stores it). */
    revealSecrets: z.boolean().default(false),
  })
  .strict();

export const RecordScriptUseInput = z
  .object({
    sessionId: SessionId,
    values: Values,
    /** "I ran this": stamps applied_at; false = copied only. */
    applied: z.boolean().default(false),
  })
  .strict();

export const QueueScriptDraftInput = z
  .object({ sessionId: SessionId, fixId: z.string().uuid('must be a fix id (UUID)') })
  .strict();

export const ReviewScriptDraftInput = z
  .object({
    decision: z.enum(['accept', 'reject', 'never'], { message: 'decision must be accept, reject or never' }),
    /** Accept with edits: any field given replaces the draft's. */
    edits: z
      .object({
        name: Name.optional(),
        description: z.string().trim().max(2_000).optional(),
        body: Body.optional(),
        params: ScriptParams.optional(),
        category: Category.optional(),
        tags: Tags.optional(),
        client: Client.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export const SearchScriptsInput = z
  .object({
    q: z.string().trim().min(1, 'say what to search for').max(200),
    limit: z.number().int().min(1).max(10).default(5),
  })
  .strict();
