DROP TABLE IF EXISTS petdb_meta;
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
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'species'; END;
CREATE TRIGGER species_version_update AFTER UPDATE ON species
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'species'; END;
CREATE TRIGGER species_version_delete AFTER DELETE ON species
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'species'; END;
CREATE TRIGGER owners_version_insert AFTER INSERT ON owners
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'owners'; END;
CREATE TRIGGER owners_version_update AFTER UPDATE ON owners
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'owners'; END;
CREATE TRIGGER owners_version_delete AFTER DELETE ON owners
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'owners'; END;
CREATE TRIGGER pets_version_insert AFTER INSERT ON pets
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'pets'; END;
CREATE TRIGGER pets_version_update AFTER UPDATE ON pets
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'pets'; END;
CREATE TRIGGER pets_version_delete AFTER DELETE ON pets
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'pets'; END;
CREATE TRIGGER procedures_version_insert AFTER INSERT ON procedures
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'procedures'; END;
CREATE TRIGGER procedures_version_update AFTER UPDATE ON procedures
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'procedures'; END;
CREATE TRIGGER procedures_version_delete AFTER DELETE ON procedures
BEGIN UPDATE table_versions SET version = version + 1 WHERE table_name = 'procedures'; END;
