-- petdb schema, SQLite flavour. Keep in step with migrations/postgres.
CREATE TABLE species (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT
);

CREATE TABLE owners (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    phone      TEXT,
    email      TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX owners_name_idx ON owners (name);
CREATE INDEX owners_created_at_idx ON owners (created_at);

CREATE TABLE pets (
    id         INTEGER PRIMARY KEY,
    owner_id   BIGINT NOT NULL REFERENCES owners (id),
    species_id BIGINT NOT NULL REFERENCES species (id),
    name       TEXT NOT NULL,
    birth_date DATE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX pets_owner_id_idx ON pets (owner_id);
CREATE INDEX pets_species_id_idx ON pets (species_id);
CREATE INDEX pets_name_idx ON pets (name);

CREATE TABLE procedures (
    id           INTEGER PRIMARY KEY,
    pet_id       BIGINT NOT NULL REFERENCES pets (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    performed_at DATE NOT NULL,
    cost_cents   INTEGER NOT NULL CHECK (cost_cents >= 0),
    notes        TEXT
);
CREATE INDEX procedures_pet_id_idx ON procedures (pet_id);
CREATE INDEX procedures_kind_idx ON procedures (kind);
CREATE INDEX procedures_performed_at_idx ON procedures (performed_at);

-- One row per data table, bumped by the triggers below on every write by any client.
-- Versions start at a random point so that a database re-created at the same path never
-- repeats the versions an old cache entry recorded.
CREATE TABLE table_versions (
    table_name TEXT PRIMARY KEY,
    version    BIGINT NOT NULL
);
INSERT INTO table_versions (table_name, version) VALUES
    ('species',    abs(random()) % 1000000000000),
    ('owners',     abs(random()) % 1000000000000),
    ('pets',       abs(random()) % 1000000000000),
    ('procedures', abs(random()) % 1000000000000);

-- SQLite has no statement-level triggers: these fire once per row.
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
