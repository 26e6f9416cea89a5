//! Values exactly as the database holds them: each cell of `petdb sql` in csv compared
//! with what the backend's own client (`sqlite3 -csv`, `psql --csv`) prints for it, the
//! JSON form of numbers, dates and specials, column names, and the SQLite math functions.

use crate::common::{Backend, TestEnv};

#[test]
fn sqlite_has_the_math_functions_of_the_sqlite3_shell() {
    let env = TestEnv::new();
    let row = &env.json(&["sql", "select sqrt(16) AS s, pi() AS p"])[0];
    assert_eq!(row["s"], 4.0);
    assert_eq!(row["p"], std::f64::consts::PI);
    if env.backend == Backend::Sqlite {
        let row = &env.json(&[
            "sql",
            "select pow(2, 10) AS a, ln(1) AS b, log(100) AS c, floor(2.5) AS d, ceil(2.1) AS e, sin(0) AS f",
        ])[0];
        for (k, v) in [
            ("a", 1024.0),
            ("b", 0.0),
            ("c", 2.0),
            ("d", 2.0),
            ("e", 3.0),
            ("f", 0.0),
        ] {
            assert_eq!(row[k], v, "{k}");
        }
    }
}
