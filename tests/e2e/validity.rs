//! What a cached answer is valid for besides its rows: the database it came from (a
//! restored or re-created one never matches), the schema (any DDL makes it miss), the
//! version triggers (a table whose trigger is gone is not cached), and on PostgreSQL the
//! session (role, row-level security, search_path, TimeZone). Each test compares the
//! cached answer with `--no-cache` after the change.

use crate::common::{Backend, Role, TestEnv, filled, has_event};

const OWNERS: &[&str] = &[
    "--format",
    "csv",
    "sql",
    "SELECT id, name FROM owners ORDER BY id",
];
const COUNT_PETS: &[&str] = &["--format", "csv", "sql", "SELECT count(*) AS n FROM pets"];

#[test]
fn a_sqlite_file_copied_back_never_serves_an_answer_of_another_state() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Sqlite {
        return;
    }
    let db = std::path::PathBuf::from(&env.url);
    let aside = env.path("aside.sqlite3");
    env.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)");
    std::fs::copy(&db, &aside).unwrap();
    env.ok(&["owners", "add", "--name", "Written After The Copy"]);
    filled(&env, OWNERS);
    // The old file comes back; then a different write.
    env.raw_execute("PRAGMA wal_checkpoint(TRUNCATE)");
    std::fs::copy(&aside, &db).unwrap();
    let (out, events) = env.agrees(OWNERS);
    assert!(!out.contains("Written After The Copy"), "{out}");
    assert!(!has_event(&events, "hit"), "{events}");
    env.ok(&["owners", "add", "--name", "Another Owner"]);
    let (out, _) = env.agrees(OWNERS);
    assert!(out.contains("Another Owner") && !out.contains("Written After The Copy"));
}

#[test]
fn a_postgres_database_recreated_from_a_template_never_serves_a_later_answer() {
    let env = TestEnv::seeded(5);
    let Some((_, name)) = env.pg() else { return };
    let backup = format!("{name}_backup");
    env.pg_admin_execute(&format!("CREATE DATABASE {backup} TEMPLATE {name}"));
    env.ok(&["owners", "add", "--name", "Written After The Backup"]);
    filled(&env, OWNERS);
    env.pg_admin_execute(&format!("DROP DATABASE {name} WITH (FORCE)"));
    env.pg_admin_execute(&format!("CREATE DATABASE {name} TEMPLATE {backup}"));
    env.pg_admin_execute(&format!("DROP DATABASE {backup}"));
    let (out, events) = env.agrees(OWNERS);
    assert!(!out.contains("Written After The Backup"), "{out}");
    assert!(!has_event(&events, "hit"), "{events}");
    env.ok(&["owners", "add", "--name", "Another Owner"]);
    let (out, _) = env.agrees(OWNERS);
    assert!(out.contains("Another Owner"));
}

/// Schema changes that rewrite or reshape data without a row trigger firing.
#[test]
fn every_kind_of_ddl_makes_cached_answers_miss() {
    let ddl: &[(&str, &str)] = &[
        (
            "add a column",
            "ALTER TABLE pets ADD COLUMN nickname TEXT DEFAULT 'x'",
        ),
        ("drop a column", "ALTER TABLE pets DROP COLUMN nickname"),
        (
            "rename a column",
            "ALTER TABLE pets RENAME COLUMN name TO pet_name",
        ),
        (
            "rename it back",
            "ALTER TABLE pets RENAME COLUMN pet_name TO name",
        ),
    ];
    let env = TestEnv::seeded(5);
    let star = &["--format", "csv", "sql", "SELECT * FROM pets ORDER BY id"];
    for (what, sql) in ddl {
        filled(&env, star);
        env.raw_execute(sql);
        let (_, events) = env.agrees(star);
        assert!(!has_event(&events, "hit"), "{what}: {events}");
    }
}

#[test]
fn a_table_replaced_or_renamed_into_place_is_not_the_cached_one() {
    let env = TestEnv::seeded(5);
    filled(&env, COUNT_PETS);
    // A copy with one pet less, renamed into place (its rows never fired a trigger).
    env.raw_execute("CREATE TABLE pets_new AS SELECT * FROM pets WHERE id > 1");
    env.raw_execute("ALTER TABLE pets RENAME TO pets_old");
    env.raw_execute("ALTER TABLE pets_new RENAME TO pets");
    let (out, events) = env.agrees(COUNT_PETS);
    assert!(!has_event(&events, "hit"), "{events}");
    // The new table has no version trigger: its reads are not cached at all.
    let (again, events) = env.agrees(COUNT_PETS);
    assert_eq!(out, again);
    assert!(
        events.contains("version trigger of pets is missing"),
        "{events}"
    );
    let status = env.ok(&["db", "status"]);
    assert!(
        status.contains("pets trigger") && status.contains("missing"),
        "{status}"
    );
}

#[test]
fn a_dropped_trigger_stops_caching_until_db_migrate_restores_it() {
    let env = TestEnv::seeded(5);
    filled(&env, COUNT_PETS);
    let drop = match env.backend {
        Backend::Sqlite => "DROP TRIGGER pets_version_delete",
        Backend::Postgres => "DROP TRIGGER pets_version ON pets",
    };
    env.raw_execute(drop);
    env.raw_execute("DELETE FROM procedures WHERE pet_id = 1");
    env.raw_execute("DELETE FROM pets WHERE id = 1"); // moves no version now
    for _ in 0..2 {
        let (_, events) = env.agrees(COUNT_PETS);
        assert!(!has_event(&events, "hit"), "{events}");
        assert!(has_event(&events, "skip"), "{events}");
    }
    let json = env.json(&["db", "status"]);
    let pets = json["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "pets")
        .unwrap();
    assert_eq!(pets["trigger"], "missing", "{json}");
    let migrated = env.ok(&["db", "migrate"]);
    assert!(migrated.contains("restored pets"), "{migrated}");
    env.agrees(COUNT_PETS);
    filled(&env, COUNT_PETS);
    env.raw_execute("DELETE FROM pets WHERE id = 2");
    let (_, events) = env.agrees(COUNT_PETS);
    assert!(
        has_event(&events, "stale"),
        "the trigger works again: {events}"
    );
    assert_eq!(env.json(&["db", "status"])["tables"][2]["trigger"], "ok");
}

#[test]
fn a_disabled_trigger_or_a_replica_session_cannot_hide_a_write_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    filled(&env, COUNT_PETS);
    // A replica-role writer: petdb's triggers fire always.
    env.raw_batch(
        "BEGIN; SET LOCAL session_replication_role = replica; \
         DELETE FROM procedures WHERE pet_id = 1; DELETE FROM pets WHERE id = 1; COMMIT",
    );
    let (_, events) = env.agrees(COUNT_PETS);
    assert!(!has_event(&events, "hit"), "{events}");
    filled(&env, COUNT_PETS);
    env.raw_execute("ALTER TABLE pets DISABLE TRIGGER pets_version");
    env.raw_execute("DELETE FROM procedures WHERE pet_id = 2");
    env.raw_execute("DELETE FROM pets WHERE id = 2");
    let (_, events) = env.agrees(COUNT_PETS);
    assert!(!has_event(&events, "hit"), "{events}");
    let (_, events) = env.agrees(COUNT_PETS);
    assert!(
        events.contains("version trigger of pets is disabled"),
        "{events}"
    );
    env.ok(&["db", "migrate"]);
    filled(&env, COUNT_PETS);
}

#[test]
fn a_ddl_watch_that_no_longer_watches_stops_caching_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    filled(&env, COUNT_PETS);
    env.raw_execute(
        "CREATE OR REPLACE FUNCTION petdb_note_ddl() RETURNS event_trigger LANGUAGE plpgsql \
         AS $$ BEGIN NULL; END; $$",
    );
    // DDL would now go unseen: nothing is cached until db migrate restores the watch.
    for _ in 0..2 {
        let (_, events) = env.agrees(COUNT_PETS);
        assert!(!has_event(&events, "hit"), "{events}");
    }
    let status = env.ok(&["db", "status"]);
    assert!(status.contains("altered"), "{status}");
    let migrated = env.ok(&["db", "migrate"]);
    assert!(migrated.contains("DDL watch"), "{migrated}");
    filled(&env, COUNT_PETS);
}

#[test]
fn rows_of_an_inheriting_table_or_a_rewritten_column_are_never_served_stale() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    let names = &[
        "--format",
        "csv",
        "sql",
        "SELECT name FROM owners ORDER BY name",
    ];
    filled(&env, names);
    env.raw_execute("ALTER TABLE owners ALTER COLUMN name TYPE varchar(200) USING upper(name)");
    let (out, events) = env.agrees(names);
    assert!(!has_event(&events, "hit"), "{events}");
    assert_eq!(out, out.to_uppercase().replace("NAME\n", "name\n"));
    filled(&env, COUNT_PETS);
    env.raw_execute("CREATE TABLE pets_extra () INHERITS (pets)");
    env.raw_execute(
        "INSERT INTO pets_extra (id, owner_id, species_id, name) SELECT 9000, owner_id, species_id, 'Child' FROM pets LIMIT 1",
    );
    for _ in 0..2 {
        let (_, events) = env.agrees(COUNT_PETS);
        assert!(!has_event(&events, "hit"), "{events}");
    }
    let status = env.ok(&["db", "status"]);
    assert!(status.contains("has inheritance children"), "{status}");
}

#[test]
fn functions_created_after_a_fill_make_it_miss_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    let md5 = &[
        "--format",
        "csv",
        "sql",
        "SELECT md5('1') AS h, count(*) AS n FROM owners",
    ];
    filled(&env, md5);
    // Off the search path: it runs, but the cached answer is not served any more.
    env.raw_batch(
        "CREATE SCHEMA elsewhere; \
         CREATE FUNCTION elsewhere.md5(integer) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$",
    );
    let (_, events) = env.agrees(md5);
    assert!(!has_event(&events, "hit"), "{events}");
    // On it: the call could resolve to it, so the statement does not run at all.
    filled(
        &env,
        &["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"],
    );
    env.raw_execute(
        "CREATE FUNCTION public.md5(integer) RETURNS text LANGUAGE sql AS $$ SELECT 'captured' $$",
    );
    let err = env.fails(md5, 2);
    assert!(err.contains("public.md5"), "{err}");
}

#[test]
fn each_role_sees_its_own_rows_and_columns_through_the_cache() {
    let env = TestEnv::seeded(20);
    if env.backend != Backend::Postgres {
        return;
    }
    let limited = Role::new(&env, "limited");
    let r = &limited.name;
    env.raw_batch(&format!(
        "GRANT SELECT (id, name) ON owners TO {r}; \
         GRANT SELECT ON pets, species, procedures, table_versions, petdb_meta, __diesel_schema_migrations TO {r}; \
         ALTER TABLE owners ENABLE ROW LEVEL SECURITY; \
         CREATE POLICY few ON owners FOR SELECT TO {r} USING (id <= 3)"
    ));
    let count = &["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"];
    let url = env.url_without_user();
    let (admin, role) = (
        [("DATABASE_URL", url.as_str()), ("PGUSER", "postgres")],
        [("DATABASE_URL", url.as_str()), ("PGUSER", r.as_str())],
    );
    let (all, _) = env.run_with(&admin, count);
    assert_eq!(all, "n\n20\n");
    // Same URL, another role: its own answer, from its own entry.
    for _ in 0..2 {
        let (few, _) = env.run_with(&role, count);
        assert_eq!(few, "n\n3\n");
    }
    let emails = &[
        "--format",
        "csv",
        "sql",
        "SELECT email FROM owners ORDER BY id LIMIT 2",
    ];
    env.run_with(&admin, emails);
    env.run_with(&admin, emails);
    let out = env.cmd().envs(role).args(emails).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a column the role may not read");
    assert!(String::from_utf8_lossy(&out.stderr).contains("permission denied"));
    // Under --consistency ttl too: the key holds the session.
    let ttl = [&["--consistency", "ttl"][..], count].concat();
    let (few, _) = env.run_with(&role, &ttl);
    assert_eq!(few, "n\n3\n");
}

#[test]
fn search_path_and_date_style_are_part_of_the_answer() {
    let env = TestEnv::seeded(3);
    if env.backend != Backend::Postgres {
        return;
    }
    // (Diesel sets TimeZone to UTC on every connection; DateStyle is the session's.)
    let day = &[
        "--format",
        "csv",
        "sql",
        "SELECT '2024-03-01'::date::text AS d, count(*) AS n FROM owners",
    ];
    let (iso, _) = env.run_with(&[], day);
    let german = [("PGOPTIONS", "-c DateStyle=German")];
    let (local, _) = env.run_with(&german, day);
    assert_eq!(iso, "d,n\n2024-03-01,3\n");
    assert_eq!(local, "d,n\n01.03.2024,3\n");
    let (again, events) = env.run_with(&german, &[&["-v"][..], day].concat());
    assert_eq!(again, local, "{events}");
    assert!(has_event(&events, "hit"), "its own entry: {events}");
    let (again, _) = env.run_with(&[], day);
    assert_eq!(again, iso);
    // A schema earlier on the search_path with its own `owners`: not petdb's table.
    env.raw_batch("CREATE SCHEMA other; CREATE TABLE other.owners (id int, name text); INSERT INTO other.owners VALUES (1, 'Impostor')");
    let path = [("PGOPTIONS", "-c search_path=other,public")];
    for _ in 0..2 {
        let (out, events) = env.run_with(&path, &[&["-v"][..], OWNERS].concat());
        assert_eq!(out, "id,name\n1,Impostor\n", "{events}");
        assert!(!has_event(&events, "hit"), "{events}");
    }
    let (out, _) = env.run_with(&[], OWNERS);
    assert!(!out.contains("Impostor"));
}

#[test]
fn without_an_event_trigger_a_catalog_fingerprint_still_sees_ddl() {
    let env = TestEnv::new();
    if env.backend != Backend::Postgres {
        return;
    }
    let owner = Role::new(&env, "owner");
    let (_, db) = env.pg().unwrap();
    env.pg_admin_execute(&format!("ALTER DATABASE {db} OWNER TO {}", owner.name));
    let url = env.url_without_user();
    let as_owner = [
        ("DATABASE_URL", url.as_str()),
        ("PGUSER", owner.name.as_str()),
    ];
    env.run_with(&as_owner, &["db", "seed", "--owners", "5"]);
    let status = env.run_with(&as_owner, &["db", "status"]).0;
    assert!(status.contains("catalog fingerprint"), "{status}");
    env.run_with(&as_owner, COUNT_PETS);
    let (_, events) = env.run_with(&as_owner, &[&["-v"][..], COUNT_PETS].concat());
    assert!(has_event(&events, "hit"), "{events}");
    // DDL by the owner (no event trigger to see it): the fingerprint moves.
    env.raw_batch(&format!(
        "SET ROLE {}; ALTER TABLE pets ADD COLUMN x int",
        owner.name
    ));
    let (_, events) = env.run_with(&as_owner, &[&["-v"][..], COUNT_PETS].concat());
    assert!(!has_event(&events, "hit"), "{events}");
}
