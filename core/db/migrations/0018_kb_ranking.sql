-- Typo tolerance for knowledge search: a ticket word the index has never seen is corrected to the
-- most similar indexed word, found through this trigram index on the account's vocabulary.
CREATE INDEX IF NOT EXISTS kb_term_stats_lexeme_trgm_idx ON kb_term_stats USING gin (lexeme gin_trgm_ops);
--> statement-breakpoint
-- The demo account's built-in articles are a read-only source of their own kind, indexed like any
-- connector's documents so every search path ranks them the same way.
ALTER TABLE kb_connectors DROP CONSTRAINT IF EXISTS kb_connectors_kind_known;
--> statement-breakpoint
ALTER TABLE kb_connectors ADD CONSTRAINT kb_connectors_kind_known CHECK (kind in ('itglue', 'hudu', 'graph', 'demo'));
