DROP EVENT TRIGGER IF EXISTS petdb_ddl;
DROP FUNCTION IF EXISTS petdb_note_ddl();
DROP TABLE IF EXISTS petdb_meta;
ALTER TABLE species ENABLE TRIGGER species_version;
ALTER TABLE owners ENABLE TRIGGER owners_version;
ALTER TABLE pets ENABLE TRIGGER pets_version;
ALTER TABLE procedures ENABLE TRIGGER procedures_version;
CREATE OR REPLACE FUNCTION petdb_bump_table_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE table_versions SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END;
$$;
