//! Writers that work around petdb's bookkeeping, found by adversarial testing: another
//! trigger or rule on a tracked table, a writer's search_path or temporary tables aimed at
//! the version bump, settings changed where no event trigger sees them, row-level
//! security policies and user-defined casts. Each test compares the cached answer with
//! `--no-cache` after the change (`TestEnv::agrees`) and checks what `-v` says.

use crate::common::{Backend, Role, TestEnv, filled, has_event};

const NAME_1: &[&str] = &[
    "--format",
    "csv",
    "sql",
    "SELECT name FROM owners WHERE id = 1",
];

/// Two runs of `args` after a change: both agree with `--no-cache`, neither is a hit, and
/// `-v` names `why`.
fn never_cached(env: &TestEnv, args: &[&str], why: &str) {
    for _ in 0..2 {
        let (_, events) = env.agrees(args);
        assert!(!has_event(&events, "hit"), "{events}");
        assert!(events.contains(why), "expected {why:?} in: {events}");
    }
}

#[test]
fn another_trigger_that_skips_petdbs_stops_caching_the_table() {
    let env = TestEnv::seeded(5);
    filled(&env, NAME_1);
    match env.backend {
        // RAISE(IGNORE) in a trigger that fires first abandons petdb's for that row.
        Backend::Sqlite => env.raw_execute(
            "CREATE TRIGGER zz_ign AFTER UPDATE ON owners BEGIN SELECT RAISE(IGNORE); END",
        ),
        // A statement trigger of the user's that sets the version back after petdb's.
        Backend::Postgres => env.raw_batch(
            "CREATE FUNCTION zz_reset() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
               UPDATE table_versions SET version = 42 WHERE table_name = 'owners'; RETURN NULL; END $$; \
             CREATE TRIGGER zz_reset AFTER UPDATE ON owners FOR EACH STATEMENT EXECUTE FUNCTION zz_reset(); \
             UPDATE owners SET phone = phone WHERE id = 3",
        ),
    }
    never_cached(&env, NAME_1, "trigger or rule petdb does not own");
    // `cache explain` says so before anything runs.
    let doc = env.json(&[
        "cache",
        "explain",
        "sql",
        "SELECT name FROM owners WHERE id = 1",
        "--format",
        "json",
    ]);
    let read = &doc["reads"][0];
    assert_eq!(read["cacheable"], false, "{doc}");
    assert!(
        read["uncacheable_reason"]
            .as_str()
            .is_some_and(|r| r.contains("trigger or rule petdb does not own")),
        "{doc}"
    );
    env.raw_execute("UPDATE owners SET name = 'Changed Behind' WHERE id = 1");
    let (out, _) = env.agrees(NAME_1);
    assert_eq!(out, "name\nChanged Behind\n");
    // Other tables are unaffected; `db status` says why, and `db migrate` leaves the
    // user's trigger alone.
    filled(
        &env,
        &["--format", "csv", "sql", "SELECT count(*) AS n FROM pets"],
    );
    let status = env.json(&["db", "status"]);
    let owners = status["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["table"] == "owners")
        .unwrap();
    assert_eq!(
        owners["trigger"], "joined by a trigger or rule petdb does not own",
        "{status}"
    );
    env.ok(&["db", "migrate"]);
    never_cached(&env, NAME_1, "trigger or rule petdb does not own");
    match env.backend {
        Backend::Sqlite => env.raw_execute("DROP TRIGGER zz_ign"),
        Backend::Postgres => env.raw_execute("DROP TRIGGER zz_reset ON owners"),
    }
    filled(&env, NAME_1);
}

#[test]
fn a_trigger_or_rule_writing_the_versions_itself_stops_caching() {
    let env = TestEnv::seeded(5);
    match env.backend {
        Backend::Sqlite => env.raw_execute(
            "CREATE TRIGGER keep_version AFTER UPDATE ON owners BEGIN \
             UPDATE table_versions SET version = 7 WHERE table_name = 'owners'; END",
        ),
        Backend::Postgres => env.raw_execute(
            "CREATE RULE keep_version AS ON UPDATE TO owners DO ALSO \
             UPDATE table_versions SET version = 7 WHERE table_name = 'owners'",
        ),
    }
    env.raw_execute("UPDATE owners SET phone = phone WHERE id = 2");
    never_cached(&env, NAME_1, "trigger or rule petdb does not own");
    env.raw_execute("UPDATE owners SET name = 'Kept Version' WHERE id = 1");
    let (out, _) = env.agrees(NAME_1);
    assert_eq!(out, "name\nKept Version\n");
}

#[test]
fn a_writers_temporary_table_or_search_path_cannot_redirect_the_bump_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    // A temporary table_versions in the writer's session (pg_temp comes first there).
    filled(&env, NAME_1);
    env.raw_batch(
        "CREATE TEMP TABLE table_versions (table_name text PRIMARY KEY, version bigint); \
         INSERT INTO table_versions SELECT * FROM public.table_versions; \
         UPDATE owners SET name = 'Hijacked' WHERE id = 1",
    );
    let (out, events) = env.agrees(NAME_1);
    assert_eq!(out, "name\nHijacked\n", "{events}");
    assert!(!has_event(&events, "hit"), "{events}");
    // A writer's own gen_random_uuid() ahead of pg_catalog: versions must still move.
    env.raw_batch(
        "CREATE SCHEMA evil; \
         CREATE FUNCTION evil.gen_random_uuid() RETURNS uuid LANGUAGE sql \
           AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$",
    );
    env.raw_batch(
        "SET search_path = evil, pg_catalog, public; UPDATE owners SET name = 'First' WHERE id = 1",
    );
    filled(&env, NAME_1);
    env.raw_batch("SET search_path = evil, pg_catalog, public; UPDATE owners SET name = 'Second' WHERE id = 1");
    let (out, events) = env.agrees(NAME_1);
    assert_eq!(out, "name\nSecond\n", "{events}");
    assert!(has_event(&events, "stale"), "{events}");
    // Writes and DDL from a session whose search_path holds none of petdb's tables.
    env.raw_batch("SET search_path = ''; UPDATE public.owners SET name = 'No Path' WHERE id = 1");
    env.agrees(NAME_1);
    filled(&env, NAME_1);
    env.raw_batch(
        "SET search_path = ''; \
         ALTER TABLE public.owners ALTER COLUMN name TYPE text USING upper(name)",
    );
    let (out, events) = env.agrees(NAME_1);
    assert_eq!(out, "name\nNO PATH\n", "{events}");
    assert!(!has_event(&events, "hit"), "{events}");
}

#[test]
fn an_unpinned_trigger_function_stops_caching_until_db_migrate_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    filled(&env, NAME_1);
    env.raw_execute("ALTER FUNCTION petdb_bump_table_version() RESET search_path");
    never_cached(&env, NAME_1, "version trigger of owners is altered");
    let migrated = env.ok(&["db", "migrate"]);
    assert!(migrated.contains("restored owners"), "{migrated}");
    filled(&env, NAME_1);
    // The DDL watch's function too.
    env.raw_execute("ALTER FUNCTION petdb_note_ddl() SET search_path = public");
    never_cached(&env, NAME_1, "is altered");
    env.ok(&["db", "migrate"]);
    filled(&env, NAME_1);
}

/// Fill `args`, set `setting` on the database (no event trigger sees that), and return
/// the next answer, which must agree with `--no-cache` and not be a hit.
fn after_database_setting(env: &TestEnv, db: &str, setting: &str, args: &[&str]) -> String {
    filled(env, args);
    env.pg_admin_execute(&format!("ALTER DATABASE {db} SET {setting}"));
    let (out, events) = env.agrees(args);
    assert!(!has_event(&events, "hit"), "{events}");
    out
}

#[test]
fn settings_changed_where_no_event_trigger_sees_them_are_part_of_the_answer_on_postgres() {
    let env = TestEnv::seeded(20);
    if env.backend != Backend::Postgres {
        return;
    }
    let (_, db) = env.pg().unwrap();
    let db = db.to_owned();
    env.raw_execute("UPDATE owners SET phone = NULL WHERE id <= 4");
    let null_eq = &[
        "--format",
        "csv",
        "sql",
        "SELECT count(*) AS n FROM owners WHERE phone = NULL",
    ];
    let out = after_database_setting(&env, &db, "transform_null_equals = on", null_eq);
    assert_eq!(out, "n\n4\n");
    let quoted = &[
        "--format",
        "csv",
        "sql",
        "SELECT quote_ident('owners') AS q",
    ];
    let out = after_database_setting(&env, &db, "quote_all_identifiers = on", quoted);
    assert_eq!(out, "q\n\"\"\"owners\"\"\"\n"); // csv-quoted "owners"
    // The same through the client's options: its own entry.
    let (out, _) = env.run_with(&[("PGOPTIONS", "-c quote_all_identifiers=off")], quoted);
    assert_eq!(out, "q\nowners\n");
    let (out, _) = env.agrees(quoted);
    assert_eq!(out, "q\n\"\"\"owners\"\"\"\n"); // csv-quoted "owners"
}

#[test]
fn reads_under_row_level_security_are_never_cached_on_postgres() {
    let env = TestEnv::seeded(20);
    if env.backend != Backend::Postgres {
        return;
    }
    let role = Role::new(&env, "rls");
    let r = role.name.as_str();
    env.raw_batch(&format!(
        "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {r}; CREATE TABLE acl (species_id int); GRANT SELECT ON acl TO {r}; \
         ALTER TABLE species ENABLE ROW LEVEL SECURITY; \
         CREATE POLICY by_acl ON species FOR SELECT TO {r} USING (id IN (SELECT species_id FROM acl)); \
         ALTER TABLE owners ENABLE ROW LEVEL SECURITY; \
         CREATE POLICY coin ON owners FOR SELECT TO {r} USING (random() < 2)"
    ));
    let url = env.url_without_user();
    let as_role = [("DATABASE_URL", url.as_str()), ("PGUSER", r)];
    let species = &[
        "-v",
        "--format",
        "csv",
        "sql",
        "SELECT count(*) AS n FROM species",
    ];
    for expected in ["n\n0\n", "n\n0\n"] {
        let (out, events) = env.run_with(&as_role, species);
        assert_eq!(out, expected, "{events}");
        assert!(!has_event(&events, "hit"), "{events}");
        assert!(events.contains("row-level security"), "{events}");
    }
    env.raw_execute("INSERT INTO acl VALUES (1), (2)");
    let (out, _) = env.run_with(&as_role, species);
    assert_eq!(out, "n\n2\n");
    let owners = &[
        "-v",
        "--format",
        "csv",
        "sql",
        "SELECT count(*) AS n FROM owners",
    ];
    for _ in 0..2 {
        let (out, events) = env.run_with(&as_role, owners);
        assert_eq!(out, "n\n20\n");
        assert!(!has_event(&events, "hit"), "{events}");
    }
    // Not for the table's owner either: a view owned by a bound role applies that role's
    // policies to whoever reads through it.
    env.raw_batch(&format!(
        "CREATE TABLE knob (n int); INSERT INTO knob VALUES (5); GRANT SELECT ON knob TO {r}; \
         CREATE POLICY by_knob ON owners FOR SELECT TO {r} USING (id <= (SELECT n FROM knob)); \
         DROP POLICY coin ON owners; \
         CREATE VIEW v_own AS SELECT id, name FROM owners; ALTER VIEW v_own OWNER TO {r}"
    ));
    let through_view = &["--format", "csv", "sql", "SELECT count(*) AS n FROM v_own"];
    never_cached(&env, through_view, "row-level security");
    env.raw_execute("UPDATE knob SET n = 9");
    let (out, _) = env.agrees(through_view);
    assert_eq!(out, "n\n9\n");
    env.raw_execute("DROP VIEW v_own");
    env.raw_execute("ALTER TABLE owners DISABLE ROW LEVEL SECURITY");
    filled(
        &env,
        &["--format", "csv", "sql", "SELECT count(*) AS n FROM owners"],
    );
}

#[test]
fn a_user_defined_cast_stops_caching_on_postgres() {
    let env = TestEnv::seeded(3);
    if env.backend != Backend::Postgres {
        return;
    }
    let cast = &["--format", "csv", "sql", "SELECT ('7'::text)::int AS v"];
    filled(&env, cast);
    env.raw_batch(
        "CREATE TABLE other (x int); INSERT INTO other VALUES (1); \
         CREATE FUNCTION evilcast(text) RETURNS int LANGUAGE sql VOLATILE \
           AS $$ SELECT (SELECT count(*)::int FROM public.other) $$; \
         CREATE CAST (text AS int) WITH FUNCTION evilcast(text)",
    );
    never_cached(&env, cast, "user-defined cast (text AS integer)");
    env.raw_execute("INSERT INTO other VALUES (2)");
    let (out, _) = env.agrees(cast);
    assert_eq!(out, "v\n2\n");
    env.raw_execute("DROP CAST (text AS int)");
    filled(&env, cast);
}

#[test]
fn an_event_trigger_that_sets_the_ddl_mark_back_cannot_hide_ddl_on_postgres() {
    let env = TestEnv::seeded(3);
    if env.backend != Backend::Postgres {
        return;
    }
    // Fires after petdb_ddl (event triggers run in name order) and freezes its mark.
    env.raw_batch(
        "CREATE FUNCTION zz_freeze() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN \
           UPDATE petdb_meta SET value = 'frozen' WHERE key = 'ddl'; END $$; \
         CREATE EVENT TRIGGER zz_freeze ON ddl_command_end EXECUTE FUNCTION zz_freeze(); \
         CREATE TABLE scratch (x int)",
    );
    let watch = env.json(&["db", "status"])["ddl_watch"].clone();
    assert!(
        watch
            .as_str()
            .is_some_and(|w| w.contains("another event trigger")),
        "{watch}"
    );
    filled(&env, NAME_1);
    env.raw_execute("ALTER TABLE owners ALTER COLUMN name TYPE text USING upper(name)");
    let (out, events) = env.agrees(NAME_1);
    let name = out.lines().nth(1).unwrap_or_default();
    assert_eq!(name, name.to_uppercase(), "{events}");
    assert!(!has_event(&events, "hit"), "{events}");
    // A trigger on petdb_meta that keeps the mark where it was: the same.
    env.raw_batch(
        "DROP EVENT TRIGGER zz_freeze; \
         CREATE FUNCTION keep_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
           NEW.value := OLD.value; RETURN NEW; END $$; \
         CREATE TRIGGER keep_mark BEFORE UPDATE ON petdb_meta FOR EACH ROW EXECUTE FUNCTION keep_mark()",
    );
    filled(&env, NAME_1);
    env.raw_execute("ALTER TABLE owners ALTER COLUMN name TYPE text USING lower(name)");
    let (out, events) = env.agrees(NAME_1);
    let name = out.lines().nth(1).unwrap_or_default();
    assert_eq!(name, name.to_lowercase(), "{events}");
    assert!(!has_event(&events, "hit"), "{events}");
}

#[test]
fn petdbs_bookkeeping_as_a_session_resolves_it_must_be_petdbs_own_on_postgres() {
    let env = TestEnv::seeded(5);
    if env.backend != Backend::Postgres {
        return;
    }
    let (_, db) = env.pg().unwrap();
    let db = db.to_owned();
    // A copy of table_versions earlier on the readers' search_path.
    env.raw_batch(
        "CREATE SCHEMA s2; CREATE TABLE s2.table_versions AS SELECT * FROM public.table_versions",
    );
    env.pg_admin_execute(&format!("ALTER DATABASE {db} SET search_path = s2, public"));
    never_cached(&env, NAME_1, "version trigger of owners is altered");
    env.raw_execute("UPDATE public.owners SET name = 'Behind The Copy' WHERE id = 1");
    let (out, _) = env.agrees(NAME_1);
    assert_eq!(out, "name\nBehind The Copy\n");
    env.pg_admin_execute(&format!("ALTER DATABASE {db} RESET search_path"));
    filled(&env, NAME_1);
    // A child of table_versions whose rows keep the old version.
    env.raw_batch(
        "CREATE TABLE tv_child () INHERITS (table_versions); \
         CREATE FUNCTION tv_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$; \
         CREATE TRIGGER tv_keep BEFORE UPDATE ON tv_child FOR EACH ROW EXECUTE FUNCTION tv_keep(); \
         INSERT INTO tv_child SELECT * FROM ONLY table_versions WHERE table_name = 'owners'",
    );
    never_cached(&env, NAME_1, "is altered");
    env.raw_execute("UPDATE owners SET name = 'Child Kept' WHERE id = 1");
    let (out, _) = env.agrees(NAME_1);
    assert_eq!(out, "name\nChild Kept\n");
}

#[test]
fn an_index_with_user_code_stops_caching_its_table_on_postgres() {
    let env = TestEnv::seeded(30);
    if env.backend != Backend::Postgres {
        return;
    }
    let max = &[
        "--format",
        "csv",
        "sql",
        "SELECT count(*) AS n FROM pets WHERE name = 'Max'",
    ];
    filled(&env, max);
    // An operator class whose comparison reads a table no version tracks.
    env.raw_batch(
        "CREATE TABLE knob (n int); INSERT INTO knob VALUES (50); \
         CREATE FUNCTION cmpk(text, text) RETURNS int LANGUAGE sql IMMUTABLE AS \
           'SELECT CASE WHEN (SELECT n FROM public.knob) = 50 THEN pg_catalog.bttextcmp($1, $2) ELSE -pg_catalog.bttextcmp($1, $2) END'; \
         CREATE OPERATOR CLASS badtext_ops FOR TYPE text USING btree AS \
           OPERATOR 1 pg_catalog.<(text, text), OPERATOR 2 pg_catalog.<=(text, text), \
           OPERATOR 3 pg_catalog.=(text, text), OPERATOR 4 pg_catalog.>=(text, text), \
           OPERATOR 5 pg_catalog.>(text, text), FUNCTION 1 cmpk(text, text); \
         CREATE INDEX pets_name_bad ON pets (name badtext_ops)",
    );
    never_cached(&env, max, "user-defined operator class");
    env.raw_execute("UPDATE knob SET n = 5");
    env.agrees(max);
    env.raw_execute("DROP INDEX pets_name_bad");
    filled(&env, max);
    // An expression index.
    env.raw_execute("CREATE INDEX pets_lower ON pets (lower(name))");
    never_cached(&env, max, "an expression or a predicate");
}

#[test]
fn a_function_added_to_pg_catalog_is_not_taken_for_a_built_in_on_postgres() {
    let env = TestEnv::seeded(3);
    if env.backend != Backend::Postgres {
        return;
    }
    let md5 = &[
        "--format",
        "csv",
        "sql",
        "SELECT md5(count(*)::int) AS h FROM pets",
    ];
    env.raw_execute(
        "CREATE FUNCTION pg_catalog.md5(integer) RETURNS text LANGUAGE sql IMMUTABLE \
         AS $$ SELECT pg_catalog.md5($1::text) $$",
    );
    let err = env.fails(md5, 2);
    assert!(err.contains("pg_catalog.md5"), "{err}");
    // The built-in md5(text) of the same name: cached as ever once it is gone.
    env.raw_execute("DROP FUNCTION pg_catalog.md5(integer)");
    filled(
        &env,
        &[
            "--format",
            "csv",
            "sql",
            "SELECT md5(count(*)::text) AS h FROM pets",
        ],
    );
}

#[test]
fn the_catalog_fingerprint_sees_collations_and_indexes_on_postgres() {
    let env = TestEnv::seeded(20);
    if env.backend != Backend::Postgres {
        return;
    }
    let (_, db) = env.pg().unwrap();
    let db = db.to_owned();
    // Another event trigger: schema changes are seen by the catalog fingerprint.
    env.raw_batch(
        "CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END'; \
         CREATE EVENT TRIGGER noop ON ddl_command_end EXECUTE FUNCTION noop()",
    );
    env.pg_admin_execute(&format!(
        "ALTER DATABASE {db} SET search_path = public, pg_catalog"
    ));
    let collated = &[
        "--format",
        "csv",
        "sql",
        "SELECT count(*) AS n FROM pets WHERE name COLLATE \"C\" < 'b'",
    ];
    filled(&env, collated);
    env.raw_execute("CREATE COLLATION public.\"C\" (provider = icu, locale = 'und')");
    let (_, events) = env.agrees(collated);
    assert!(!has_event(&events, "hit"), "{events}");
}
