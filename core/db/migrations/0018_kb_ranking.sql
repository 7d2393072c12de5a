-- Typo tolerance for knowledge search: a ticket word the index has never seen is corrected to the
-- most similar indexed word, found through this trigram index on the account's vocabulary.
CREATE INDEX IF NOT EXISTS kb_term_stats_lexeme_trgm_idx ON kb_term_stats USING gin (lexeme gin_trgm_ops);
