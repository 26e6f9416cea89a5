//! The config file: which value wins (flag, environment, profile, [defaults], built-in),
//! every mistake in the file, named queries (`petdb run`, `petdb queries`) on `petdb sql`'s
//! path, the password warning, and the README's example.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;

use serde_json::{Value, json};

use crate::common::{Backend, CacheBackend, TestEnv, data_statements, has_event};

/// Write `text` as a config file of this bench (mode 600); its path.
fn write_config(env: &TestEnv, name: &str, text: &str) -> String {
    let path = env.path(name);
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path.display().to_string()
}

/// `config show --format json` with `envs` and `args`: setting → (value, source, detail).
fn shown(
    env: &TestEnv,
    envs: &[(&str, &str)],
    args: &[&str],
) -> BTreeMap<String, (Value, String, String)> {
    let all = [args, &["config", "show", "--format", "json"]].concat();
    let (out, _) = env.run_with(envs, &all);
    let rows: Value = serde_json::from_str(&out).expect("json");
    rows.as_array()
        .expect("an array")
        .iter()
        .map(|r| {
            (
                r["setting"].as_str().unwrap().to_owned(),
                (
                    r["value"].clone(),
                    r["source"].as_str().unwrap().to_owned(),
                    r["detail"].as_str().unwrap().to_owned(),
                ),
            )
        })
        .collect()
}

/// (value, source) of `key`.
fn setting(map: &BTreeMap<String, (Value, String, String)>, key: &str) -> (String, String) {
    let (value, source, _) = &map[key];
    (
        value.as_str().unwrap_or("<null>").to_owned(),
        source.clone(),
    )
}

fn pair(value: &str, source: &str) -> (String, String) {
    (value.to_owned(), source.to_owned())
}

const LAYERS: &str = "\
[defaults]
ttl = 601
consistency = \"ttl\"
format = \"csv\"

[profiles.p]
ttl = 602
consistency = \"strict\"
format = \"tsv\"

[profiles.other]
ttl = 1
";

/// Variables, arguments, and the (value, source) expected of ttl and of consistency.
type Level<'a> = (
    &'a [(&'a str, &'a str)],
    &'a [&'a str],
    [(&'a str, &'a str); 2],
);

#[test]
fn each_level_beats_the_next() {
    let env = TestEnv::new();
    let cfg = write_config(&env, "config.toml", LAYERS);
    let empty = write_config(&env, "empty.toml", "");

    // ttl and consistency have all five levels.
    let levels: [Level; 5] = [
        (
            &[],
            &["--config", &empty],
            [("300", "built-in"), ("strict", "built-in")],
        ),
        (
            &[],
            &["--config", &cfg],
            [("601", "defaults"), ("ttl", "defaults")],
        ),
        (
            &[],
            &["--config", &cfg, "--profile", "p"],
            [("602", "profile"), ("strict", "profile")],
        ),
        (
            &[("PETDB_TTL", "603"), ("PETDB_CONSISTENCY", "ttl")],
            &["--config", &cfg, "--profile", "p"],
            [("603", "env"), ("ttl", "env")],
        ),
        (
            &[("PETDB_TTL", "603"), ("PETDB_CONSISTENCY", "ttl")],
            &[
                "--config",
                &cfg,
                "--profile",
                "p",
                "--ttl",
                "604",
                "--consistency",
                "strict",
            ],
            [("604", "flag"), ("strict", "flag")],
        ),
    ];
    for (envs, args, [ttl, consistency]) in levels {
        let map = shown(&env, envs, args);
        assert_eq!(
            setting(&map, "ttl"),
            pair(ttl.0, ttl.1),
            "{envs:?} {args:?}"
        );
        assert_eq!(
            setting(&map, "consistency"),
            pair(consistency.0, consistency.1),
            "{envs:?} {args:?}"
        );
    }

    // The detail names the line, the profile, the variable or the flag.
    let map = shown(
        &env,
        &[("PETDB_TTL", "9")],
        &["--config", &cfg, "--profile", "p"],
    );
    assert_eq!(map["consistency"].2, "[profiles.p] line 8");
    assert_eq!(map["ttl"].2, "PETDB_TTL");
    let map = shown(&env, &[], &["--config", &cfg, "--ttl", "5"]);
    assert_eq!(map["consistency"].2, "[defaults] line 3");
    assert_eq!(map["ttl"].2, "--ttl");

    // The file's value is the one used: an entry older than ttl = 1 is not served.
    let seeded = TestEnv::seeded(1);
    let cfg1 = write_config(&seeded, "config.toml", LAYERS);
    let read = [
        "--config",
        &cfg1,
        "--profile",
        "other",
        "-v",
        "species",
        "list",
    ];
    seeded.run_with(&[], &read);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let (_, stderr) = seeded.run_with(&[], &read);
    assert!(
        !has_event(&stderr, "hit"),
        "ttl = 1 of the profile: {stderr}"
    );

    // format has no variable: flag > profile > defaults > built-in, as the output shows.
    let header = |args: &[&str]| {
        let out = env.ok(&[args, &["config", "show"]].concat());
        out.lines().next().unwrap_or_default().to_owned()
    };
    assert!(header(&["--config", &empty]).starts_with('┌'), "table");
    assert_eq!(header(&["--config", &cfg]), "setting,value,source,detail");
    assert_eq!(
        header(&["--config", &cfg, "--profile", "p"]),
        "setting\tvalue\tsource\tdetail"
    );
    assert_eq!(
        header(&["--config", &cfg, "--profile", "p", "--format", "json"]),
        "["
    );

    // The profile and the file themselves: a flag beats its variable.
    let map = shown(&env, &[("PETDB_PROFILE", "other")], &["--config", &cfg]);
    assert_eq!(setting(&map, "profile"), pair("other", "env"));
    assert_eq!(setting(&map, "ttl"), pair("1", "profile"));
    let map = shown(
        &env,
        &[("PETDB_PROFILE", "other")],
        &["--config", &cfg, "--profile", "p"],
    );
    assert_eq!(setting(&map, "ttl"), pair("602", "profile"));
    let map = shown(&env, &[("PETDB_PROFILE", "")], &["--config", &cfg]);
    assert_eq!(setting(&map, "ttl"), pair("601", "defaults"), "empty: none");
    let map = shown(&env, &[("PETDB_CONFIG", &cfg)], &[]);
    assert_eq!(setting(&map, "config"), pair(&cfg, "env"));
    assert_eq!(setting(&map, "ttl"), pair("601", "defaults"));
    let map = shown(&env, &[("PETDB_CONFIG", &cfg)], &["--config", &empty]);
    assert_eq!(setting(&map, "config"), pair(&empty, "flag"));
    assert_eq!(setting(&map, "ttl"), pair("300", "built-in"));
}

#[test]
fn the_default_file_is_in_the_config_dir_and_may_be_absent() {
    let env = TestEnv::new();
    let xdg = env.path("xdg-config");
    let expected = xdg.join("petdb").join("config.toml");
    let xdg_env = [("XDG_CONFIG_HOME", xdg.to_str().unwrap())];
    let (path, _) = env.run_with(&xdg_env, &["config", "path"]);
    assert_eq!(path.trim_end(), expected.display().to_string());

    // Absent: built-in settings, and `config show` says so.
    let map = shown(&env, &xdg_env, &[]);
    assert_eq!(map["config"].2, "no such file");
    assert_eq!(setting(&map, "format"), pair("json", "flag"));
    assert_eq!(
        setting(&map, "cache_max_entries"),
        pair("100000", "built-in")
    );

    std::fs::create_dir_all(expected.parent().unwrap()).unwrap();
    std::fs::write(&expected, "[defaults]\ncache_max_entries = 500\n").unwrap();
    let map = shown(&env, &xdg_env, &[]);
    assert_eq!(
        setting(&map, "config"),
        pair(expected.to_str().unwrap(), "built-in")
    );
    assert_eq!(map["config"].2, "");
    assert_eq!(setting(&map, "cache_max_entries"), pair("500", "defaults"));

    // A file named explicitly must exist (exit 1, naming it).
    let missing = env.path("missing.toml");
    let err = env.fails(
        &["--config", missing.to_str().unwrap(), "config", "show"],
        1,
    );
    assert!(
        err.starts_with("petdb: cannot read config file") && err.contains("missing.toml"),
        "{err}"
    );
    let (path, _) = env.run_with(&[("PETDB_CONFIG", "/etc/petdb.toml")], &["config", "path"]);
    assert_eq!(path, "/etc/petdb.toml\n");
}

#[test]
fn settings_from_the_file_take_effect() {
    let env = TestEnv::seeded(2);
    let cache_dir = env.path("cache-from-the-file");
    let cfg = write_config(
        &env,
        "config.toml",
        &format!(
            "[defaults]\nformat = \"csv\"\nno_header = true\ncache_dir = '{}'\n\n[profiles.here]\ndatabase_url = '{}'\n",
            cache_dir.display(),
            env.url
        ),
    );
    // The database comes from the profile (no DATABASE_URL), the format from [defaults].
    let out = env
        .cmd()
        .env_remove("DATABASE_URL")
        .args([
            "--config",
            &cfg,
            "--profile",
            "here",
            "species",
            "list",
            "--limit",
            "1",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "1,Dog,Canis familiaris\n"
    );
    if env.cache == CacheBackend::Disk {
        assert!(
            std::fs::read_dir(&cache_dir).is_ok_and(|mut d| d.next().is_some()),
            "the cache is in the file's cache_dir"
        );
    }
    // A flag still wins.
    let json = env.json(&["--config", &cfg, "species", "get", "2"]);
    assert_eq!(json[0]["name"], "Cat");
}

#[test]
fn mistakes_in_the_file_name_the_file_the_line_and_the_key() {
    let env = TestEnv::new();
    let cases: &[(&str, usize, &str)] = &[
        (
            "[defaults]\nformat = \"csv\"\nformt = \"csv\"\n",
            3,
            "unknown setting `formt` in [defaults] (did you mean `format`?)",
        ),
        (
            "[profiles.prod]\n\ncache-dir = \"/tmp\"\n",
            3,
            "unknown setting `cache-dir` in [profiles.prod] (did you mean `cache_dir`?)",
        ),
        (
            "[defaults]\nverbose = true\n",
            2,
            "unknown setting `verbose` in [defaults] (settings: database_url, format,",
        ),
        (
            "[defaults]\nttl = -1\n",
            2,
            "ttl: invalid value '-1' for '--ttl <SECS>': invalid digit found in string",
        ),
        (
            "[defaults]\n\nformat = \"xml\"\n",
            3,
            "format: invalid value 'xml' for '--format <FORMAT>' — [possible values: table, json, csv, tsv, prometheus]",
        ),
        (
            "[profiles.staging]\nquiet = \"yes\"\n",
            2,
            "quiet: invalid value 'yes' for '--quiet'",
        ),
        (
            "[defaults]\ncache_max_bytes = \"lots\"\n",
            2,
            "cache_max_bytes: invalid value 'lots' for '--cache-max-bytes <SIZE>': expected a size",
        ),
        (
            "[defaults]\nttl = [300]\n",
            2,
            "ttl: expected a string, number or boolean, not an array",
        ),
        ("[defaults]\nttl = 300\nttl = 400\n", 3, "duplicate key"),
        ("[defaults\n", 1, ""),
        (
            "ttl = 5\n",
            1,
            "`ttl` must be under [defaults] or a [profiles.NAME] table",
        ),
        ("[default]\nttl = 5\n", 1, "unknown table `default`"),
        (
            "[queries.q]\nsq = \"SELECT 1\"\n",
            2,
            "unknown key `sq` in [queries.q] (keys: sql, description, params)",
        ),
        (
            "[queries.q]\ndescription = \"d\"\n",
            1,
            "[queries.q] has no `sql`",
        ),
        (
            "[queries.q]\nsql = \"SELECT :a\"\nparams = [{ name = \"a\", type = \"integer\" }]\n",
            3,
            "[queries.q]: unknown type `integer` (types: int, real, text, date, bool)",
        ),
        (
            "[queries.q]\nsql = \"SELECT :a\"\nparams = [\n  { name = \"a\", type = \"date\", default = \"2024-02-30\" },\n]\n",
            4,
            "[queries.q]: parameter `a`: default: expected a date as YYYY-MM-DD, got '2024-02-30'",
        ),
        (
            "[queries.q]\nsql = \"SELECT :a\"\nparams = [{ name = \"a\", type = \"int\" }, { name = \"a\", type = \"int\" }]\n",
            3,
            "parameter `a` is declared twice",
        ),
    ];
    for (text, line, message) in cases {
        let cfg = write_config(&env, "config.toml", text);
        let err = env.fails(&["--config", &cfg, "species", "list"], 2);
        let prefix = format!("petdb: {cfg}:{line}: ");
        assert!(err.starts_with(&prefix), "{text:?}: {err}");
        assert!(err.contains(message), "{text:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
    if env.backend == Backend::Sqlite {
        assert!(
            !std::path::Path::new(&env.url).exists(),
            "nothing ran: no database was created"
        );
    }

    // Help, completions and `config path` work whatever the file holds.
    let cfg = write_config(&env, "config.toml", "[defaults]\nttl = -1\n");
    for args in [
        &["--help"][..],
        &["run", "--help"],
        &["completions", "bash"],
        &["config", "path"],
    ] {
        env.ok(&[&["--config", &cfg][..], args].concat());
    }
}

#[test]
fn an_unknown_profile_names_the_ones_there_are() {
    let env = TestEnv::new();
    let cfg = write_config(&env, "config.toml", LAYERS);
    let err = env.fails(&["--config", &cfg, "--profile", "prd", "config", "show"], 2);
    assert_eq!(
        err,
        format!("petdb: unknown profile `prd` in {cfg} (profiles: other, p)\n")
    );
    let err = env
        .cmd()
        .env("PETDB_PROFILE", "prd")
        .args(["--config", &cfg, "config", "show"])
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&err.stderr).contains("(profiles: other, p)"));

    let empty = write_config(&env, "empty.toml", "[defaults]\n");
    let err = env.fails(&["--config", &empty, "--profile", "p", "config", "show"], 2);
    assert!(err.contains("it defines no [profiles.NAME]"), "{err}");
    // No file at all.
    let err = env.fails(&["--profile", "p", "config", "show"], 2);
    assert!(
        err.starts_with("petdb: unknown profile `p`: there is no config file at "),
        "{err}"
    );
}

const QUERIES: &str = r#"
[queries.pets_of]
description = "An owner's pets from a name on"
sql = """
SELECT id, name FROM pets
WHERE owner_id = :owner AND name >= :from_name -- ':owner' in a comment stays
ORDER BY id
"""
params = [
  { name = "owner", type = "int" },
  { name = "from_name", type = "text", default = "" },
]

[queries.values]
sql = "SELECT ':v' AS literal, :v AS v, :v + 1 AS next, :d AS d, :t AS t"
params = [
  { name = "v", type = "int" },
  { name = "d", type = "date", default = 2024-02-29 },
  { name = "t", type = "text", default = "a'b" },
]

[queries.wipe]
description = "Not a read"
sql = "DELETE FROM pets WHERE owner_id = :owner"
params = [{ name = "owner", type = "int" }]

[queries.undeclared]
sql = "SELECT :nope AS x"
"#;

#[test]
fn named_queries_bind_their_parameters_by_name() {
    let env = TestEnv::seeded(3);
    let cfg = write_config(&env, "config.toml", QUERIES);
    let run = |args: &[&str]| env.json(&[&["--config", &cfg, "run"][..], args].concat());

    let values = run(&["values", "--param", "v=7"]);
    assert_eq!(
        values,
        json!([{"literal": ":v", "v": 7, "next": 8, "d": "2024-02-29", "t": "a'b"}])
    );
    // A value is bound, never spliced: a quote is just a character.
    let values = run(&["values", "--param", "v=-1", "--param", "t=x' OR '1'='1"]);
    assert_eq!(values[0]["t"], "x' OR '1'='1");
    assert_eq!(values[0]["next"], 0);

    // The same rows as the same statement through `petdb sql`.
    let pets = run(&["pets_of", "--param", "owner=1"]);
    let sql = env.json(&[
        "sql",
        "SELECT id, name FROM pets WHERE owner_id = ? AND name >= ? ORDER BY id",
        "--param",
        "1",
        "--param",
        "text:",
    ]);
    assert_eq!(pets, sql);
    assert!(!pets.as_array().unwrap().is_empty());
    for format in ["table", "csv", "tsv"] {
        let named = env.ok(&[
            "--config", &cfg, "run", "pets_of", "--param", "owner=1", "--format", format,
        ]);
        let plain = env.ok(&[
            "sql",
            "SELECT id, name FROM pets WHERE owner_id = $1 AND name >= $2 ORDER BY id",
            "--param",
            "1",
            "--param",
            "text:",
            "--format",
            format,
        ]);
        assert_eq!(named, plain, "{format}");
    }

    // --echo-sql shows the statement as sent: numbered placeholders and bound values.
    let (_, stderr) = env.echo(&[
        "--config",
        &cfg,
        "--no-cache",
        "run",
        "pets_of",
        "--param",
        "owner=2",
    ]);
    // (Statements are echoed exactly as sent, so over several lines.)
    assert!(!data_statements(&stderr).is_empty(), "{stderr}");
    let placeholder = match env.backend {
        Backend::Sqlite => "owner_id = ?1",
        Backend::Postgres => "owner_id = $1",
    };
    assert!(
        stderr.contains(placeholder) && !stderr.contains("= :owner"),
        "{stderr}"
    );
}

#[test]
fn parameter_mistakes_are_usage_errors_before_anything_runs() {
    let env = TestEnv::new();
    let cfg = write_config(&env, "config.toml", QUERIES);
    let cases: &[(&[&str], &str)] = &[
        (
            &["pets_of"],
            "query `pets_of` (CFG:2): parameter `owner` is required: --param owner=<int>",
        ),
        (
            &["pets_of", "--param", "owner=seven"],
            "query `pets_of` (CFG:2): parameter `owner`: expected an integer, got 'seven'",
        ),
        (
            &["values", "--param", "v=1", "--param", "d=2024-02-30"],
            "parameter `d`: expected a date as YYYY-MM-DD, got '2024-02-30'",
        ),
        (
            &["pets_of", "--param", "owner=1", "--param", "ownr=2"],
            "no parameter `ownr` (its parameters: owner, from_name)",
        ),
        (
            &["pets_of", "--param", "owner=1", "--param", "owner=2"],
            "parameter `owner` is given twice",
        ),
        (
            &["pets_of", "--param", "owner"],
            "invalid value 'owner' for '--param <NAME=VALUE>': expected NAME=VALUE",
        ),
        (
            &["undeclared"],
            "query `undeclared` (CFG:27): its SQL uses :nope, which is not one of its params (it declares none)",
        ),
        (
            &["nosuch"],
            "no query `nosuch` in CFG (queries: pets_of, undeclared, values, wipe)",
        ),
    ];
    for (args, message) in cases {
        let all = [&["--echo-sql", "--config", &cfg, "run"][..], args].concat();
        let err = env.fails(&all, 2);
        let message = message.replace("CFG", &cfg);
        assert!(err.contains(&message), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "nothing connected or ran: {err}");
    }
    if env.backend == Backend::Sqlite {
        assert!(
            !std::path::Path::new(&env.url).exists(),
            "no database was opened"
        );
    }
    let err = env.fails(&["run", "pets_of"], 2);
    assert!(
        err.contains("no query `pets_of`: there is no config file at"),
        "{err}"
    );
}

#[test]
fn a_named_query_that_writes_is_refused() {
    let env = TestEnv::seeded(2);
    let cfg = write_config(&env, "config.toml", QUERIES);
    let before = env.snapshot();
    let err = env.fails(&["--config", &cfg, "run", "wipe", "--param", "owner=1"], 2);
    assert!(err.starts_with("petdb: query `wipe` ("), "{err}");
    assert!(err.contains("read"), "{err}");
    assert_eq!(env.snapshot(), before, "nothing was deleted");
}

#[test]
fn a_named_query_is_cached_like_every_read() {
    let env = TestEnv::seeded(3);
    let cfg = write_config(&env, "config.toml", QUERIES);
    let run = [
        "--config", &cfg, "-v", "run", "pets_of", "--param", "owner=1",
    ];
    let (first, stderr) = env.run_with(&[], &run);
    assert!(
        has_event(&stderr, "miss") && has_event(&stderr, "fill"),
        "{stderr}"
    );
    let (second, stderr) = env.run_with(&[], &run);
    assert!(stderr.contains("cache   hit"), "{stderr}");
    assert_eq!(first, second);

    // One normalized key: the same statement through `petdb sql` is the same entry.
    let (_, stderr) = env.run_with(
        &[],
        &[
            "-v",
            "sql",
            "select id, name from pets where owner_id = $1 and name >= $2 order by id",
            "--param",
            "1",
            "--param",
            "text:",
        ],
    );
    assert!(has_event(&stderr, "hit"), "{stderr}");

    // A write to a table it reads invalidates it.
    env.add_pet(1, "Dog", "Zed");
    let (third, stderr) = env.run_with(&[], &run);
    assert!(!has_event(&stderr, "hit"), "{stderr}");
    assert!(third.contains("Zed"), "{third}");
}

#[test]
fn queries_lists_names_parameters_and_descriptions() {
    let env = TestEnv::new();
    let cfg = write_config(&env, "config.toml", QUERIES);
    let list = env.json(&["--config", &cfg, "queries"]);
    assert_eq!(
        list,
        json!([
            {"name": "pets_of", "params": "owner int, from_name text = ", "description": "An owner's pets from a name on"},
            {"name": "undeclared", "params": "", "description": null},
            {"name": "values", "params": "v int, d date = 2024-02-29, t text = a'b", "description": null},
            {"name": "wipe", "params": "owner int", "description": "Not a read"},
        ])
    );
    let csv = env.ok(&[
        "--config",
        &cfg,
        "queries",
        "--format",
        "csv",
        "--no-header",
    ]);
    assert!(
        csv.starts_with(
            "pets_of,\"owner int, from_name text = \",An owner's pets from a name on\n"
        ),
        "{csv}"
    );
    let tsv = env.ok(&["--config", &cfg, "queries", "--format", "tsv"]);
    assert!(
        tsv.starts_with("name\tparams\tdescription\npets_of\t"),
        "{tsv}"
    );
    let table = env.ok(&["--config", &cfg, "queries"]);
    assert!(
        table.contains("wipe") && table.contains("Not a read"),
        "{table}"
    );
}

#[test]
fn a_readable_file_with_a_password_gets_one_warning() {
    let env = TestEnv::new();
    let text = "[defaults]\nformat = \"csv\"\n\n[profiles.prod]\ndatabase_url = \"postgres://petdb:s3cret@db.internal/clinic\"\ncache_url = \"redis://:hunter2@cache.internal:6379/0\"\n";
    let cfg = write_config(&env, "config.toml", text);
    let set_mode = |mode| {
        std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let warnings = |stderr: &str| stderr.lines().filter(|l| l.contains("warning")).count();

    set_mode(0o644);
    // Without the bench's own variables, so the profile's URLs are the ones shown.
    let out = env
        .cmd()
        .env_remove("DATABASE_URL")
        .env_remove("PETDB_CACHE_URL")
        .env_remove("PETDB_CACHE_PREFIX")
        .args(["--config", &cfg, "--profile", "prod", "config", "show"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let (out, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert_eq!(warnings(&stderr), 1, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "petdb: warning: {cfg} holds a password and is readable by others (mode 644); run: chmod 600 {cfg}\n"
        )
    );
    assert!(
        out.contains("postgres://petdb:***@db.internal/clinic"),
        "{out}"
    );
    assert!(out.contains("redis://:***@cache.internal:6379/0"), "{out}");
    assert!(!out.contains("s3cret") && !out.contains("hunter2"), "{out}");
    // Any command, any profile: the file is what is exposed.
    let (_, stderr) = env.run_with(&[], &["--config", &cfg, "config", "show"]);
    assert_eq!(warnings(&stderr), 1, "{stderr}");

    set_mode(0o640);
    let (_, stderr) = env.run_with(&[], &["--config", &cfg, "config", "show"]);
    assert_eq!(warnings(&stderr), 1, "group-readable: {stderr}");

    set_mode(0o600);
    let (_, stderr) = env.run_with(&[], &["--config", &cfg, "config", "show"]);
    assert_eq!(stderr, "", "mode 600: no warning");

    // No password, no warning.
    let plain = write_config(
        &env,
        "plain.toml",
        "[defaults]\ndatabase_url = \"postgres://petdb@db/clinic\"\n",
    );
    std::fs::set_permissions(&plain, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = env
        .cmd()
        .env_remove("DATABASE_URL")
        .args(["--config", &plain, "config", "show", "--format", "csv"])
        .output()
        .unwrap();
    let (out, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert_eq!(stderr, "");
    assert!(
        out.contains("database_url,postgres://petdb@db/clinic,defaults,"),
        "{out}"
    );

    // A password from the environment is masked too.
    let map = shown(
        &env,
        &[("DATABASE_URL", "postgres://u:pw@h/db")],
        &["--config", &plain],
    );
    assert_eq!(
        setting(&map, "database_url"),
        pair("postgres://u:***@h/db", "env")
    );
}

/// The README's example file, read out of README.md: it loads, every profile is valid, and
/// its queries run on this bench's database.
#[test]
fn the_readme_example_loads_and_its_queries_run() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("\n## Configuration file\n")
        .nth(1)
        .expect("a `## Configuration file` section");
    let example = section
        .split("```toml\n")
        .nth(1)
        .and_then(|s| s.split("\n```").next())
        .expect("a ```toml block in it");

    let env = TestEnv::seeded(20);
    let cfg = write_config(&env, "config.toml", example);
    for profile in ["prod", "staging", "local"] {
        let (_, stderr) = env.run_with(
            &[],
            &["--config", &cfg, "--profile", profile, "config", "show"],
        );
        assert_eq!(stderr, "", "{profile}");
    }
    let names: Vec<Value> = env
        .json(&["--config", &cfg, "queries"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["name"].clone())
        .collect();
    assert_eq!(
        names,
        [json!("overdue_vaccinations"), json!("revenue_by_kind")]
    );

    // Without a profile the bench's DATABASE_URL is used (a variable beats the file).
    let overdue = env.json(&[
        "--config",
        &cfg,
        "run",
        "overdue_vaccinations",
        "--param",
        "owner=1",
    ]);
    let pets = env.raw_i64("SELECT COUNT(*) FROM pets WHERE owner_id = 1");
    assert!(overdue.as_array().unwrap().len() as i64 <= pets);
    let revenue = env.json(&[
        "--config",
        &cfg,
        "run",
        "revenue_by_kind",
        "--param",
        "since=1900-01-01",
        "--param",
        "until=2999-12-31",
    ]);
    let total: i64 = revenue
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revenue_cents"].as_i64().unwrap())
        .sum();
    assert_eq!(total, env.raw_i64("SELECT SUM(cost_cents) FROM procedures"));
}

#[test]
fn help_describes_the_file_and_the_commands() {
    let env = TestEnv::new();
    let help = env.ok(&["--help"]);
    for needle in [
        "--config <FILE>",
        "PETDB_CONFIG",
        "--profile <NAME>",
        "run ",
        "queries ",
        "config ",
    ] {
        assert!(help.contains(needle), "{needle}: {help}");
    }
    let run = env.ok(&["run", "--help"]);
    for needle in [
        "--param <NAME=VALUE>",
        ":NAME",
        "int, real, text, date",
        "petdb run ",
    ] {
        assert!(run.contains(needle), "{needle}: {run}");
    }
    let config = env.ok(&["config", "--help"]);
    assert!(
        config.contains("show") && config.contains("path"),
        "{config}"
    );
}
