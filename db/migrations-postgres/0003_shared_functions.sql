-- SQL functions that the shared query code (db/queries) calls by SQLite's name, so one query reads
-- the same on both dialects: instr(haystack, needle) is the 1-based position of needle, 0 if absent.
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN strpos(haystack, needle);
