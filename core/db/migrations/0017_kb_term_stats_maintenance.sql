-- Keeps kb_term_stats exact as chunks come and go: statement-level triggers with transition
-- tables, so a sync page of 100 documents updates the counts once, not once per row. Rows are
-- aggregated and upserted in key order so two syncs of one account never deadlock on them.
-- The functions run as the caller (app_user under RLS), so they only ever touch that account.
-- The lexeme '' (never a real one) counts the account's chunks: the corpus size for IDF.
CREATE FUNCTION kb_term_stats_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    WITH gone AS (
      SELECT o.account_id, l.lexeme, count(*)::int AS n
      FROM old_chunks o CROSS JOIN LATERAL unnest(tsvector_to_array(o.search) || '{""}'::text[]) AS l(lexeme)
      GROUP BY 1, 2
    )
    UPDATE kb_term_stats s SET chunks = greatest(s.chunks - gone.n, 0)
    FROM gone WHERE s.account_id = gone.account_id AND s.lexeme = gone.lexeme;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO kb_term_stats AS s (account_id, lexeme, chunks)
    SELECT n.account_id, l.lexeme, count(*)::int
    FROM new_chunks n CROSS JOIN LATERAL unnest(tsvector_to_array(n.search) || '{""}'::text[]) AS l(lexeme)
    GROUP BY 1, 2
    ORDER BY 1, 2
    ON CONFLICT (account_id, lexeme) DO UPDATE SET chunks = s.chunks + excluded.chunks;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER kb_chunks_term_stats_insert AFTER INSERT ON kb_chunks
  REFERENCING NEW TABLE AS new_chunks FOR EACH STATEMENT EXECUTE FUNCTION kb_term_stats_apply();
--> statement-breakpoint
CREATE TRIGGER kb_chunks_term_stats_delete AFTER DELETE ON kb_chunks
  REFERENCING OLD TABLE AS old_chunks FOR EACH STATEMENT EXECUTE FUNCTION kb_term_stats_apply();
--> statement-breakpoint
CREATE TRIGGER kb_chunks_term_stats_update AFTER UPDATE ON kb_chunks
  REFERENCING OLD TABLE AS old_chunks NEW TABLE AS new_chunks
  FOR EACH STATEMENT EXECUTE FUNCTION kb_term_stats_apply();
--> statement-breakpoint
ALTER TABLE "kb_term_stats" FORCE ROW LEVEL SECURITY;
