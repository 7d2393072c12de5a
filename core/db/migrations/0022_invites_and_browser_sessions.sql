-- Active sessions show the address a browser was last seen from, not only where it signed in.
ALTER TABLE "auth_sessions" ADD COLUMN "last_ip_address" text;
--> statement-breakpoint
-- Development only (no SMTP): the invite token sealed with the app key, so the Users page can show
-- the link again. Never written in production; cleared when the invite is accepted or revoked.
ALTER TABLE "user_invites" ADD COLUMN "dev_link_sealed" text;
