CREATE TABLE "kb_term_stats" (
	"account_id" uuid NOT NULL,
	"lexeme" text NOT NULL,
	"chunks" integer NOT NULL,
	CONSTRAINT "kb_term_stats_account_id_lexeme_pk" PRIMARY KEY("account_id","lexeme")
);
--> statement-breakpoint
ALTER TABLE "kb_term_stats" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "kb_term_stats" ADD CONSTRAINT "kb_term_stats_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "kb_term_stats" AS PERMISSIVE FOR ALL TO "app_user" USING ("kb_term_stats"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("kb_term_stats"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "kb_term_stats" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);