-- petdb's trigger functions resolve names through a search path of their own, whatever
-- the writing session's: pg_catalog first (no function or operator of a writer's can
-- stand in for a built-in), then the schema petdb's tables live in, and pg_temp last (a
-- writer's temporary table cannot shadow table_versions or petdb_meta, which would let
-- a write leave the real version where it was). petdb checks this setting with the
-- function bodies before it caches a read (src/db/triggers.rs).
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION petdb_bump_table_version() SET search_path = pg_catalog, %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION petdb_note_ddl() SET search_path = pg_catalog, %I, pg_temp', current_schema());
END;
$$;
