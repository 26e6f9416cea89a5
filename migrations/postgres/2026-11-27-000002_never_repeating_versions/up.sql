-- Versions never repeat: every write sets a new random version instead of adding one, so
-- a database restored, copied or re-created can never match a cache entry filled from
-- another state of it. petdb compares this function and the triggers with its own
-- definitions (src/db/state.rs) before it caches a read of their table.
CREATE OR REPLACE FUNCTION petdb_bump_table_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE table_versions
       SET version = ('x' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 16))::bit(64)::bigint
     WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

-- The version triggers fire whatever session_replication_role a writer sets.
ALTER TABLE species ENABLE ALWAYS TRIGGER species_version;
ALTER TABLE owners ENABLE ALWAYS TRIGGER owners_version;
ALTER TABLE pets ENABLE ALWAYS TRIGGER pets_version;
ALTER TABLE procedures ENABLE ALWAYS TRIGGER procedures_version;

-- The database's incarnation (random, set once), and its DDL generation: a random value
-- the event trigger below replaces after every schema change, so a cached read can tell
-- that the schema it was filled under is gone.
CREATE TABLE petdb_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO petdb_meta (key, value) VALUES
    ('incarnation', replace(gen_random_uuid()::text, '-', '')),
    ('ddl', replace(gen_random_uuid()::text, '-', ''));

CREATE FUNCTION petdb_note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE petdb_meta SET value = replace(gen_random_uuid()::text, '-', '') WHERE key = 'ddl';
EXCEPTION WHEN undefined_table THEN
    NULL; -- petdb's own table is gone: never block anyone's DDL over it
END;
$$;

-- Only a superuser may create an event trigger. Where the migrating role is not one,
-- petdb reads a fingerprint of the catalog with the versions instead (slower, as exact).
DO $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        CREATE EVENT TRIGGER petdb_ddl ON ddl_command_end EXECUTE FUNCTION petdb_note_ddl();
        ALTER EVENT TRIGGER petdb_ddl ENABLE ALWAYS;
    END IF;
END;
$$;
