-- An answer names the engineer message it answers (its seq). The same message sent twice at once
-- (a double-click, a client retrying a slow request) is saved once and both copies run the engine;
-- the copy that finishes second finds the answer by this and returns it instead of saving a second
-- answer and applying the same facts and checks again. Older answers have none.
ALTER TABLE session_turns ADD COLUMN IF NOT EXISTS reply_to_seq integer;
