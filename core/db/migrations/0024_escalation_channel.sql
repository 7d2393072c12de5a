ALTER TABLE "session_notes" ADD COLUMN "technician_channel" jsonb;--> statement-breakpoint
-- Posted notes stay immutable (0004 revokes UPDATE); only where the escalation was delivered (the
-- technician-channel post's id, recorded after it is sent) may be added later.
GRANT UPDATE ("technician_channel") ON "session_notes" TO app_user;
