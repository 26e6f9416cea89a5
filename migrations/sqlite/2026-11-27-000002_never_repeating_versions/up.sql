-- Versions never repeat: every write sets a new random 63-bit version instead of adding
-- one, so a database file copied back, restored or replaced can never match a cache entry
-- filled from another state of it. petdb compares these triggers' text with its own
-- (src/db/state.rs) before it caches a read of their table; keep the two in step.

DROP TRIGGER species_version_insert;
DROP TRIGGER species_version_update;
DROP TRIGGER species_version_delete;
DROP TRIGGER owners_version_insert;
DROP TRIGGER owners_version_update;
DROP TRIGGER owners_version_delete;
DROP TRIGGER pets_version_insert;
DROP TRIGGER pets_version_update;
DROP TRIGGER pets_version_delete;
DROP TRIGGER procedures_version_insert;
DROP TRIGGER procedures_version_update;
DROP TRIGGER procedures_version_delete;

CREATE TRIGGER species_version_insert AFTER INSERT ON species
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'species'; END;
CREATE TRIGGER species_version_update AFTER UPDATE ON species
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'species'; END;
CREATE TRIGGER species_version_delete AFTER DELETE ON species
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'species'; END;
CREATE TRIGGER owners_version_insert AFTER INSERT ON owners
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'owners'; END;
CREATE TRIGGER owners_version_update AFTER UPDATE ON owners
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'owners'; END;
CREATE TRIGGER owners_version_delete AFTER DELETE ON owners
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'owners'; END;
CREATE TRIGGER pets_version_insert AFTER INSERT ON pets
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'pets'; END;
CREATE TRIGGER pets_version_update AFTER UPDATE ON pets
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'pets'; END;
CREATE TRIGGER pets_version_delete AFTER DELETE ON pets
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'pets'; END;
CREATE TRIGGER procedures_version_insert AFTER INSERT ON procedures
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'procedures'; END;
CREATE TRIGGER procedures_version_update AFTER UPDATE ON procedures
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'procedures'; END;
CREATE TRIGGER procedures_version_delete AFTER DELETE ON procedures
BEGIN UPDATE table_versions SET version = random() & 9223372036854775807 WHERE table_name = 'procedures'; END;

-- The database's incarnation: random, set once, part of what a cache entry is valid for.
CREATE TABLE petdb_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO petdb_meta (key, value) VALUES ('incarnation', lower(hex(randomblob(16))));
