ALTER TABLE "session_notes" ADD COLUMN "technician_channel" jsonb;
