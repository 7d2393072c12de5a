-- Trigram similarity for knowledge search (typo-tolerant title matching). pg_trgm is a trusted
-- extension, so the database owner can create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
