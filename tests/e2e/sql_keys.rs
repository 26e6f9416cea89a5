//! Spellings that mean the same share a cache entry, and what a shared entry prints is
//! what the database prints for the other spelling — column names included; spellings
//! that differ in meaning never share one. (The unit test in src/db/adhoc/tests.rs runs
//! a longer list without a database and reports the share of pairs that hit.)

use crate::common::{Backend, TestEnv};
use crate::sql_support::{has, run, truth};

type Pair<'a> = (&'a str, &'a str, &'a [&'a str]);

const SAME_PG: &[Pair] = &[
    (
        "SELECT COUNT(*) FROM pets",
        "select count(*) from pets",
        &[],
    ),
    (
        "SELECT Name FROM Pets WHERE Id = 1",
        "select name from pets where id = 1",
        &[],
    ),
    (
        "SELECT name FROM pets WHERE (id = 2)",
        "SELECT name FROM pets WHERE id = 2",
        &[],
    ),
    (
        "SELECT p.name, o.name FROM pets AS p JOIN owners AS o ON o.id = p.owner_id ORDER BY p.id LIMIT 3",
        "select p.name, o.name from pets p inner join owners o on (o.id = p.owner_id) order by p.id limit 3",
        &[],
    ),
    (
        "SELECT p.id, o.id FROM pets p LEFT OUTER JOIN owners o ON o.id = p.owner_id ORDER BY 1 LIMIT 3",
        "SELECT p.id, o.id FROM pets p LEFT JOIN owners o ON o.id = p.owner_id ORDER BY 1 LIMIT 3",
        &[],
    ),
    (
        "SELECT id::text FROM pets ORDER BY id LIMIT 2",
        "SELECT CAST(id AS text) FROM pets ORDER BY id LIMIT 2",
        &[],
    ),
    (
        "SELECT CAST(id AS integer) FROM pets ORDER BY 1 LIMIT 2",
        "select id::int4 from pets order by 1 limit 2",
        &[],
    ),
    (
        "SELECT (id + 1) * 2 FROM pets ORDER BY 1 LIMIT 2",
        "SELECT ((id + 1)) * 2 FROM pets ORDER BY 1 LIMIT 2",
        &[],
    ),
    (
        "SELECT count(*) FILTER (WHERE id > 1) FROM pets",
        "SELECT COUNT(*) FILTER (WHERE (id > 1)) FROM pets",
        &[],
    ),
    (
        "SELECT '2024-01-01'::date",
        "SELECT CAST('2024-01-01' AS DATE)",
        &[],
    ),
    (
        "SELECT DATE '2024-01-01'",
        "select cast('2024-01-01' as date)",
        &[],
    ),
    (
        "SELECT \"species_id\" FROM \"pets\" WHERE id = 1",
        "SELECT species_id FROM pets WHERE id = 1",
        &[],
    ),
    (
        "SELECT id FROM pets ORDER BY id FETCH FIRST 2 ROWS ONLY",
        "SELECT id FROM pets ORDER BY id LIMIT 2",
        &[],
    ),
    (
        "SELECT name AS n FROM pets WHERE id = 1",
        "SELECT name n FROM pets WHERE id = 1",
        &[],
    ),
    (
        "SELECT kind, sum(cost_cents) AS total FROM procedures GROUP BY kind ORDER BY kind",
        "select KIND, SUM(COST_CENTS) as total from PROCEDURES group by KIND order by KIND",
        &[],
    ),
    ("SELECT 1 + 2 * 3", "SELECT 1 + (2 * 3)", &[]),
    (
        "SELECT id FROM pets WHERE id != 1 ORDER BY id LIMIT 1",
        "SELECT id FROM pets WHERE id <> 1 ORDER BY id LIMIT 1",
        &[],
    ),
    (
        "SELECT x FROM (VALUES (1), (2)) AS v(x)",
        "select X from (values ((1)), (2)) v(X)",
        &[],
    ),
    (
        "SELECT id FROM pets WHERE name IS NOT NULL ORDER BY id LIMIT 1",
        "SELECT id FROM pets WHERE name NOTNULL ORDER BY id LIMIT 1",
        &[],
    ),
    (
        "SELECT round(avg(cost_cents), 2) FROM procedures",
        "SELECT ROUND(AVG(cost_cents), 2) FROM procedures",
        &[],
    ),
    (
        "SELECT (SELECT max(id) FROM owners)",
        "SELECT (SELECT MAX(ID) FROM OWNERS)",
        &[],
    ),
    (
        "SELECT p.name FROM (pets p JOIN owners o ON o.id = p.owner_id) ORDER BY 1 LIMIT 2",
        "SELECT p.name FROM pets p JOIN owners o ON o.id = p.owner_id ORDER BY 1 LIMIT 2",
        &[],
    ),
    (
        "SELECT name FROM pets WHERE id = ?",
        "SELECT name FROM pets WHERE id = $1",
        &["2"],
    ),
    (
        "(SELECT id FROM pets ORDER BY id LIMIT 2)",
        "SELECT id FROM pets ORDER BY id ASC LIMIT 2",
        &[],
    ),
    (
        "(SELECT id FROM pets WHERE id = 1) UNION (SELECT id FROM owners WHERE id = 2)",
        "SELECT id FROM pets WHERE id = 1 UNION SELECT id FROM owners WHERE id = 2",
        &[],
    ),
];

const DIFFERENT_PG: &[Pair] = &[
    (
        "SELECT count(*) FROM pets WHERE name = 'Rex'",
        "SELECT count(*) FROM pets WHERE name = 'rex'",
        &[],
    ),
    ("SELECT 1 - (2 - 3) AS v", "SELECT 1 - 2 - 3 AS v", &[]),
    ("SELECT 2 * (3 + 4) AS v", "SELECT 2 * 3 + 4 AS v", &[]),
    (
        "SELECT id AS \"N\" FROM pets WHERE id = 1",
        "SELECT id AS N FROM pets WHERE id = 1",
        &[],
    ),
    ("SELECT 1.0 AS v", "SELECT 1 AS v", &[]),
    ("SELECT E'a\\tb' AS v", "SELECT 'a\\tb' AS v", &[]),
];

const SAME_SQLITE: &[Pair] = &[
    (
        "SELECT COUNT(*) AS n FROM pets",
        "select count(*) as n from pets",
        &[],
    ),
    (
        "SELECT name FROM pets WHERE (id = 1)",
        "SELECT name FROM pets WHERE id = 1",
        &[],
    ),
    (
        "SELECT p.name AS x FROM pets AS p INNER JOIN owners o ON o.id = p.owner_id ORDER BY p.id LIMIT 3",
        "select p.name as x from pets p join owners as o on (o.id = p.owner_id) order by p.id limit 3",
        &[],
    ),
    (
        "SELECT name AS n FROM pets WHERE id = $1",
        "SELECT name AS n FROM pets WHERE id = ?1",
        &["1"],
    ),
    (
        "SELECT kind AS k, sum(cost_cents) AS total FROM procedures GROUP BY kind ORDER BY kind",
        "select KIND as k, SUM(COST_CENTS) as total from PROCEDURES group by KIND order by KIND",
        &[],
    ),
    (
        "SELECT name AS n FROM pets WHERE id == 2",
        "SELECT name AS n FROM pets WHERE id = 2",
        &[],
    ),
    (
        "SELECT x AS v FROM (SELECT id AS x FROM pets WHERE id = 1) t",
        "SELECT x AS v FROM (select ID as x from PETS where id = 1) AS T",
        &[],
    ),
    (
        "SELECT p.name AS n FROM (pets p JOIN owners o ON o.id = p.owner_id) WHERE p.id = 1",
        "SELECT p.name AS n FROM pets p JOIN owners o ON o.id = p.owner_id WHERE p.id = 1",
        &[],
    ),
    (
        "SELECT name AS n FROM pets ORDER BY id ASC LIMIT 2",
        "select name as n from pets order by id limit 2",
        &[],
    ),
];

const DIFFERENT_SQLITE: &[Pair] = &[
    (
        "select count(*) from owners where id = 0x10",
        "select count(*) from owners where id = X'10'",
        &[],
    ),
    (
        "SELECT p.id+1 FROM pets p WHERE p.id = 1",
        "SELECT p.id + 1 FROM pets p WHERE p.id = 1",
        &[],
    ),
    (
        "SELECT COUNT(*) FROM pets",
        "SELECT count(*) FROM pets",
        &[],
    ),
    (
        "SELECT name AS N FROM pets WHERE id = 1",
        "SELECT name AS n FROM pets WHERE id = 1",
        &[],
    ),
    ("SELECT \"Rex\" AS x", "SELECT \"rex\" AS x", &[]),
    ("SELECT 1 + 2 || 3 AS v", "SELECT (1 + 2) || 3 AS v", &[]),
    (
        "SELECT 1 + (2 * 3) || 4 AS v",
        "SELECT 1 + 2 * 3 || 4 AS v",
        &[],
    ),
    ("select 1 isnull", "select 1 as \"isnull\"", &[]),
];

#[test]
fn spellings_share_entries_exactly_when_they_mean_the_same() {
    let env = TestEnv::seeded(20);
    let (same, different) = match env.backend {
        Backend::Postgres => (SAME_PG, DIFFERENT_PG),
        Backend::Sqlite => (SAME_SQLITE, DIFFERENT_SQLITE),
    };
    for (a, b, params) in same {
        run(&env, a, params);
        let (out, events) = run(&env, b, params);
        assert!(
            has(&events, "hit"),
            "{b:?} missed {a:?}'s entry: {events:?}"
        );
        assert_eq!(out, truth(&env, b, params), "{b:?} printed {a:?}'s answer");
    }
    for (a, b, params) in different {
        run(&env, a, params);
        let (out, events) = run(&env, b, params);
        assert!(
            !has(&events, "hit"),
            "{b:?} shared {a:?}'s entry: {events:?}"
        );
        assert_eq!(out, truth(&env, b, params), "{b:?}");
    }
    // Another client writes: every entry read again is what the database says.
    env.raw_execute("UPDATE pets SET name = name || '!'");
    env.raw_execute("UPDATE owners SET name = name || '?'");
    env.raw_execute("UPDATE procedures SET cost_cents = cost_cents + 1");
    for (a, b, params) in same.iter().chain(different) {
        for sql in [a, b] {
            let (out, _) = run(&env, sql, params);
            assert_eq!(out, truth(&env, sql, params), "{sql:?} after a write");
        }
    }
}
