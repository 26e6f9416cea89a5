
use builtin;
use str;

set edit:completion:arg-completer[petdb] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'petdb'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'petdb'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Create, migrate, inspect, seed or reset the database'
            cand owners 'Pet owners'
            cand pets 'Pets'
            cand species 'Species'
            cand procedures 'Procedures done to pets'
            cand report 'Join-and-aggregate reports'
            cand sql 'Run one read-only SQL statement, cached like every other read'
            cand cache 'Inspect and manage the result cache'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;db'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (if it does not exist) and run its migrations'
            cand migrate 'Run pending migrations and print the ones that ran'
            cand status 'Show the backend, the database, each migration and each table''s row count and version'
            cand seed 'Fill an empty database with a deterministic, realistic data set'
            cand reset 'Delete every row and restart ids (reverts and re-runs all migrations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;db;init'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;db;migrate'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;db;status'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;db;seed'= {
            cand --owners 'Number of owners'
            cand --pets-per-owner 'Average pets per owner (each owner gets 0..=2×K)'
            cand --procedures-per-pet 'Average procedures per pet (each pet gets 0..=2×P)'
            cand --rng-seed 'Random seed: the same seed gives the same data on either backend'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --reset 'Delete existing data first (as `db reset --yes`) instead of refusing'
            cand --if-empty 'Seed only an empty database; leave one with data as it is (exit 0)'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;db;reset'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --yes 'Confirm that all data is to be deleted'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;db;help'= {
            cand init 'Create the database (if it does not exist) and run its migrations'
            cand migrate 'Run pending migrations and print the ones that ran'
            cand status 'Show the backend, the database, each migration and each table''s row count and version'
            cand seed 'Fill an empty database with a deterministic, realistic data set'
            cand reset 'Delete every row and restart ids (reverts and re-runs all migrations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;db;help;init'= {
        }
        &'petdb;db;help;migrate'= {
        }
        &'petdb;db;help;status'= {
        }
        &'petdb;db;help;seed'= {
        }
        &'petdb;db;help;reset'= {
        }
        &'petdb;db;help;help'= {
        }
        &'petdb;owners'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List owners'
            cand get 'Show one owner'
            cand add 'Add an owner and print its id'
            cand update 'Change an owner''s fields (an empty value clears phone or email)'
            cand delete 'Delete an owner (refused while it has pets, unless --cascade)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;owners;list'= {
            cand --name 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)'
            cand --sort 'Sort column'
            cand --limit 'Return at most N rows'
            cand --offset 'Skip the first N rows'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --desc 'Sort descending'
            cand --with-pets 'Also load each owner''s pets (one batched query for all owners)'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;owners;get'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --with-pets 'Also load the owner''s pets (one batched query)'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;owners;add'= {
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;owners;update'= {
            cand --name 'name'
            cand --phone 'phone'
            cand --email 'email'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;owners;delete'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --cascade 'Also delete the owner''s pets and their procedures'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;owners;help'= {
            cand list 'List owners'
            cand get 'Show one owner'
            cand add 'Add an owner and print its id'
            cand update 'Change an owner''s fields (an empty value clears phone or email)'
            cand delete 'Delete an owner (refused while it has pets, unless --cascade)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;owners;help;list'= {
        }
        &'petdb;owners;help;get'= {
        }
        &'petdb;owners;help;add'= {
        }
        &'petdb;owners;help;update'= {
        }
        &'petdb;owners;help;delete'= {
        }
        &'petdb;owners;help;help'= {
        }
        &'petdb;pets'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List pets'
            cand get 'Show one pet'
            cand add 'Add a pet and print its id'
            cand update 'Change a pet''s fields (an empty --birth-date clears it)'
            cand delete 'Delete a pet and its procedures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;pets;list'= {
            cand --owner 'Only this owner''s pets'
            cand --species 'Only pets of this species (exact name, case-insensitive)'
            cand --name 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)'
            cand --sort 'Sort column'
            cand --limit 'Return at most N rows'
            cand --offset 'Skip the first N rows'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --desc 'Sort descending'
            cand --with-owner 'Also load each pet''s owner (one batched query for all pets)'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;pets;get'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --with-owner 'Also load the pet''s owner (one batched query)'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;pets;add'= {
            cand --owner 'Owner id'
            cand --species 'Species name (see `petdb species list`)'
            cand --name 'name'
            cand --birth-date 'Birth date, YYYY-MM-DD'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;pets;update'= {
            cand --owner 'New owner id'
            cand --species 'New species name'
            cand --name 'name'
            cand --birth-date 'Birth date, YYYY-MM-DD (empty to clear)'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;pets;delete'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;pets;help'= {
            cand list 'List pets'
            cand get 'Show one pet'
            cand add 'Add a pet and print its id'
            cand update 'Change a pet''s fields (an empty --birth-date clears it)'
            cand delete 'Delete a pet and its procedures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;pets;help;list'= {
        }
        &'petdb;pets;help;get'= {
        }
        &'petdb;pets;help;add'= {
        }
        &'petdb;pets;help;update'= {
        }
        &'petdb;pets;help;delete'= {
        }
        &'petdb;pets;help;help'= {
        }
        &'petdb;species'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List species'
            cand get 'Show one species'
            cand add 'Add a species and print its id'
            cand update 'Change a species (an empty --description clears it)'
            cand delete 'Delete a species (refused while pets use it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;species;list'= {
            cand --name 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)'
            cand --limit 'Return at most N rows'
            cand --offset 'Skip the first N rows'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --desc 'Sort descending'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;species;get'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;species;add'= {
            cand --name 'name'
            cand --description 'description'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;species;update'= {
            cand --name 'name'
            cand --description 'description'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;species;delete'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;species;help'= {
            cand list 'List species'
            cand get 'Show one species'
            cand add 'Add a species and print its id'
            cand update 'Change a species (an empty --description clears it)'
            cand delete 'Delete a species (refused while pets use it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;species;help;list'= {
        }
        &'petdb;species;help;get'= {
        }
        &'petdb;species;help;add'= {
        }
        &'petdb;species;help;update'= {
        }
        &'petdb;species;help;delete'= {
        }
        &'petdb;species;help;help'= {
        }
        &'petdb;procedures'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List procedures'
            cand get 'Show one procedure'
            cand add 'Record a procedure and print its id'
            cand delete 'Delete a procedure'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;procedures;list'= {
            cand --pet 'Only this pet''s procedures'
            cand --owner 'Only procedures on this owner''s pets'
            cand --kind 'Only this kind (exact, case-insensitive)'
            cand --since 'Performed on or after DATE (YYYY-MM-DD)'
            cand --until 'Performed on or before DATE (YYYY-MM-DD)'
            cand --sort 'Sort column'
            cand --limit 'Return at most N rows'
            cand --offset 'Skip the first N rows'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --desc 'Sort descending'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;procedures;get'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;procedures;add'= {
            cand --pet 'Pet id'
            cand --kind 'What was done, e.g. vaccination'
            cand --date 'Date performed, YYYY-MM-DD [default: today, UTC]'
            cand --cost-cents 'Cost in cents (0 or more)'
            cand --notes 'notes'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;procedures;delete'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;procedures;help'= {
            cand list 'List procedures'
            cand get 'Show one procedure'
            cand add 'Record a procedure and print its id'
            cand delete 'Delete a procedure'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;procedures;help;list'= {
        }
        &'petdb;procedures;help;get'= {
        }
        &'petdb;procedures;help;add'= {
        }
        &'petdb;procedures;help;delete'= {
        }
        &'petdb;procedures;help;help'= {
        }
        &'petdb;report'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand owners-summary 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
            cand species-counts 'Per species: pets, owners and procedures'
            cand monthly-revenue 'Per month: procedures and revenue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;report;owners-summary'= {
            cand --limit 'Return at most N owners'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;report;species-counts'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;report;monthly-revenue'= {
            cand --since 'From DATE (YYYY-MM-DD)'
            cand --until 'Up to and including DATE (YYYY-MM-DD)'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;report;help'= {
            cand owners-summary 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
            cand species-counts 'Per species: pets, owners and procedures'
            cand monthly-revenue 'Per month: procedures and revenue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;report;help;owners-summary'= {
        }
        &'petdb;report;help;species-counts'= {
        }
        &'petdb;report;help;monthly-revenue'= {
        }
        &'petdb;report;help;help'= {
        }
        &'petdb;sql'= {
            cand -f 'Read the statement from FILE (`-` for stdin)'
            cand --file 'Read the statement from FILE (`-` for stdin)'
            cand --param 'Bind the next placeholder (`?` or `$1`): 42 binds an integer, 4.2 a real, anything else text; choose with a prefix: int:7, real:7, text:007'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --param-null 'Bind NULL to the next placeholder'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;cache'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stats 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
            cand invalidate 'Remove entries: all of them, those reading some tables, or one by key'
            cand list 'Every entry: key, tables, age, size, hits, most recently used first'
            cand path 'Print the cache directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;cache;stats'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --reset 'Zero the counters afterwards'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;cache;invalidate'= {
            cand --table 'Entries that read any of these tables (of the current database)'
            cand --key 'One entry, by its key or a unique prefix of it (see `cache list`)'
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --all 'Every entry in the cache'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;cache;list'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;cache;path'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;cache;help'= {
            cand stats 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
            cand invalidate 'Remove entries: all of them, those reading some tables, or one by key'
            cand list 'Every entry: key, tables, age, size, hits, most recently used first'
            cand path 'Print the cache directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;cache;help;stats'= {
        }
        &'petdb;cache;help;invalidate'= {
        }
        &'petdb;cache;help;list'= {
        }
        &'petdb;cache;help;path'= {
        }
        &'petdb;cache;help;help'= {
        }
        &'petdb;completions'= {
            cand --database-url 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]'
            cand --format 'Output format'
            cand --color 'When to use colour on stderr (NO_COLOR is respected under `auto`)'
            cand --cache-dir 'Cache directory [default: petdb in the user''s cache dir]'
            cand --ttl 'Entries older than this many seconds are not served'
            cand --consistency 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit'
            cand --cache-max-entries 'Most entries kept; least recently used go first'
            cand --cache-max-bytes 'Most bytes kept (e.g. 256MiB, 1GB)'
            cand --cache-max-entry-bytes 'A larger result is served but not cached'
            cand --no-header 'Leave out the header row (table, csv, tsv)'
            cand -q 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --quiet 'Print only data: `add` prints the bare id, confirmations are not printed'
            cand --echo-sql 'Print every SQL statement sent (with binds and time) to stderr'
            cand -v 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --verbose 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
            cand --no-cache 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
            cand --refresh 'Run the query even if cached, and replace the entry'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'petdb;help'= {
            cand db 'Create, migrate, inspect, seed or reset the database'
            cand owners 'Pet owners'
            cand pets 'Pets'
            cand species 'Species'
            cand procedures 'Procedures done to pets'
            cand report 'Join-and-aggregate reports'
            cand sql 'Run one read-only SQL statement, cached like every other read'
            cand cache 'Inspect and manage the result cache'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'petdb;help;db'= {
            cand init 'Create the database (if it does not exist) and run its migrations'
            cand migrate 'Run pending migrations and print the ones that ran'
            cand status 'Show the backend, the database, each migration and each table''s row count and version'
            cand seed 'Fill an empty database with a deterministic, realistic data set'
            cand reset 'Delete every row and restart ids (reverts and re-runs all migrations)'
        }
        &'petdb;help;db;init'= {
        }
        &'petdb;help;db;migrate'= {
        }
        &'petdb;help;db;status'= {
        }
        &'petdb;help;db;seed'= {
        }
        &'petdb;help;db;reset'= {
        }
        &'petdb;help;owners'= {
            cand list 'List owners'
            cand get 'Show one owner'
            cand add 'Add an owner and print its id'
            cand update 'Change an owner''s fields (an empty value clears phone or email)'
            cand delete 'Delete an owner (refused while it has pets, unless --cascade)'
        }
        &'petdb;help;owners;list'= {
        }
        &'petdb;help;owners;get'= {
        }
        &'petdb;help;owners;add'= {
        }
        &'petdb;help;owners;update'= {
        }
        &'petdb;help;owners;delete'= {
        }
        &'petdb;help;pets'= {
            cand list 'List pets'
            cand get 'Show one pet'
            cand add 'Add a pet and print its id'
            cand update 'Change a pet''s fields (an empty --birth-date clears it)'
            cand delete 'Delete a pet and its procedures'
        }
        &'petdb;help;pets;list'= {
        }
        &'petdb;help;pets;get'= {
        }
        &'petdb;help;pets;add'= {
        }
        &'petdb;help;pets;update'= {
        }
        &'petdb;help;pets;delete'= {
        }
        &'petdb;help;species'= {
            cand list 'List species'
            cand get 'Show one species'
            cand add 'Add a species and print its id'
            cand update 'Change a species (an empty --description clears it)'
            cand delete 'Delete a species (refused while pets use it)'
        }
        &'petdb;help;species;list'= {
        }
        &'petdb;help;species;get'= {
        }
        &'petdb;help;species;add'= {
        }
        &'petdb;help;species;update'= {
        }
        &'petdb;help;species;delete'= {
        }
        &'petdb;help;procedures'= {
            cand list 'List procedures'
            cand get 'Show one procedure'
            cand add 'Record a procedure and print its id'
            cand delete 'Delete a procedure'
        }
        &'petdb;help;procedures;list'= {
        }
        &'petdb;help;procedures;get'= {
        }
        &'petdb;help;procedures;add'= {
        }
        &'petdb;help;procedures;delete'= {
        }
        &'petdb;help;report'= {
            cand owners-summary 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
            cand species-counts 'Per species: pets, owners and procedures'
            cand monthly-revenue 'Per month: procedures and revenue'
        }
        &'petdb;help;report;owners-summary'= {
        }
        &'petdb;help;report;species-counts'= {
        }
        &'petdb;help;report;monthly-revenue'= {
        }
        &'petdb;help;sql'= {
        }
        &'petdb;help;cache'= {
            cand stats 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
            cand invalidate 'Remove entries: all of them, those reading some tables, or one by key'
            cand list 'Every entry: key, tables, age, size, hits, most recently used first'
            cand path 'Print the cache directory'
        }
        &'petdb;help;cache;stats'= {
        }
        &'petdb;help;cache;invalidate'= {
        }
        &'petdb;help;cache;list'= {
        }
        &'petdb;help;cache;path'= {
        }
        &'petdb;help;completions'= {
        }
        &'petdb;help;help'= {
        }
    ]
    $completions[$command]
}
