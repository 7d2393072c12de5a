-- The status line posted in a chat thread right after the ack (see core/chat/inbox.ts), so whichever
-- process finishes the turn can take it down again.
ALTER TABLE "chat_inbox" ADD COLUMN "first_post" text;
