-- Trigram matching for later substring search (LIKE '%…%' on article_search.title). It comes first
-- because the initial migration creates a gin_trgm_ops index. pg_trgm is a trusted extension since
-- PostgreSQL 13, so the database's owner may create it without a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
