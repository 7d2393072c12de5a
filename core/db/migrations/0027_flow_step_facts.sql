-- A walked flow step's answer is a fact of its own kind: it has no task item to point at, so it
-- cannot be a 'question' or 'check' fact (those must reference their item).
ALTER TABLE "facts" DROP CONSTRAINT "facts_source_known";--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_source_known" CHECK ("facts"."source" in ('ai_promoted', 'engineer_note', 'question', 'check', 'flow_step'));
