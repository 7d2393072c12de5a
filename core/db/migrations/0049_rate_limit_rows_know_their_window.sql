-- Every limiter of a deployment shares one namespace, and each pruned the namespace's rows older
-- than *its own* window: a sign-in failure (15-minute window) deleted the signup-per-address and
-- verification-resend failures (60 minutes) with it, and a per-minute API request deleted hourly
-- windows. Those limits were weaker than configured whenever a shorter one was busy. Rows now say
-- whose they are, and each limiter prunes only its own.
ALTER TABLE rate_limit_failures ADD COLUMN IF NOT EXISTS limiter text NOT NULL DEFAULT '';
--> statement-breakpoint
ALTER TABLE rate_limit_windows ADD COLUMN IF NOT EXISTS window_ms integer NOT NULL DEFAULT 60000;
