
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'petdb' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'petdb'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'petdb' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, migrate, inspect, seed or reset the database')
            [CompletionResult]::new('owners', 'owners', [CompletionResultType]::ParameterValue, 'Pet owners')
            [CompletionResult]::new('pets', 'pets', [CompletionResultType]::ParameterValue, 'Pets')
            [CompletionResult]::new('species', 'species', [CompletionResultType]::ParameterValue, 'Species')
            [CompletionResult]::new('procedures', 'procedures', [CompletionResultType]::ParameterValue, 'Procedures done to pets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Join-and-aggregate reports')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run one read-only SQL statement, cached like every other read')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a named query of the config file, cached like every other read')
            [CompletionResult]::new('queries', 'queries', [CompletionResultType]::ParameterValue, 'List the named queries of the config file, with their parameters')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from, or the config file''s path')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Inspect and manage the result cache')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Re-print a read whenever a table it reads changes (polls their versions, not the data)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;db' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if it does not exist) and run its migrations')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run pending migrations and print the ones that ran')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database, each migration and each table''s row count and version')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill an empty database with a deterministic, realistic data set')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every row and restart ids (reverts and re-runs all migrations)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'What `import` and `db load` share')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;db;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;migrate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;status' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;seed' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--owners', '--owners', [CompletionResultType]::ParameterName, 'Number of owners')
            [CompletionResult]::new('--pets-per-owner', '--pets-per-owner', [CompletionResultType]::ParameterName, 'Average pets per owner (each owner gets 0..=2×K)')
            [CompletionResult]::new('--procedures-per-pet', '--procedures-per-pet', [CompletionResultType]::ParameterName, 'Average procedures per pet (each pet gets 0..=2×P)')
            [CompletionResult]::new('--rng-seed', '--rng-seed', [CompletionResultType]::ParameterName, 'Random seed: the same seed gives the same data on either backend')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Delete existing data first (as `db reset --yes`) instead of refusing')
            [CompletionResult]::new('--if-empty', '--if-empty', [CompletionResultType]::ParameterName, 'Seed only an empty database; leave one with data as it is (exit 0)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;reset' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm that all data is to be deleted')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;dump' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;load' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What a row whose id exists already does (required when the database has data)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, without writing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;db;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if it does not exist) and run its migrations')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run pending migrations and print the ones that ran')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database, each migration and each table''s row count and version')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill an empty database with a deterministic, realistic data set')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every row and restart ids (reverts and re-runs all migrations)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load what `db dump` wrote, keeping every id (refused into a database with data unless --on-conflict is given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;db;help;init' {
            break
        }
        'petdb;db;help;migrate' {
            break
        }
        'petdb;db;help;status' {
            break
        }
        'petdb;db;help;seed' {
            break
        }
        'petdb;db;help;reset' {
            break
        }
        'petdb;db;help;dump' {
            break
        }
        'petdb;db;help;load' {
            break
        }
        'petdb;db;help;help' {
            break
        }
        'petdb;owners' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '`--limit` / `--offset` of every list')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an owner and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '`import FILE` of owners, pets, species and procedures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;owners;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort column')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--with-pets', '--with-pets', [CompletionResultType]::ParameterName, 'Also load each owner''s pets (one batched query for all owners)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--with-pets', '--with-pets', [CompletionResultType]::ParameterName, 'Also load the owner''s pets (one batched query)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;update' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Also delete the owner''s pets and their procedures')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What a row whose id exists already does')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, without writing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;owners;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List owners')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one owner')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an owner and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an owner''s fields (an empty value clears phone or email)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an owner (refused while it has pets, unless --cascade)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) owners from a csv, tsv, json or jsonl file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;owners;help;list' {
            break
        }
        'petdb;owners;help;get' {
            break
        }
        'petdb;owners;help;add' {
            break
        }
        'petdb;owners;help;update' {
            break
        }
        'petdb;owners;help;delete' {
            break
        }
        'petdb;owners;help;import' {
            break
        }
        'petdb;owners;help;help' {
            break
        }
        'petdb;pets' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '`--limit` / `--offset` of every list')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a pet and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '`import FILE` of owners, pets, species and procedures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;pets;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only this owner''s pets')
            [CompletionResult]::new('--species', '--species', [CompletionResultType]::ParameterName, 'Only pets of this species (exact name, case-insensitive)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort column')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('--with-owner', '--with-owner', [CompletionResultType]::ParameterName, 'Also load each pet''s owner (one batched query for all pets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--with-owner', '--with-owner', [CompletionResultType]::ParameterName, 'Also load the pet''s owner (one batched query)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner id')
            [CompletionResult]::new('--species', '--species', [CompletionResultType]::ParameterName, 'Species name (see `petdb species list`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date, YYYY-MM-DD')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;update' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'New owner id')
            [CompletionResult]::new('--species', '--species', [CompletionResultType]::ParameterName, 'New species name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date, YYYY-MM-DD (empty to clear)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What a row whose id exists already does')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, without writing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;pets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pet')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a pet and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pet''s fields (an empty --birth-date clears it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pet and its procedures')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) pets from a csv, tsv, json or jsonl file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;pets;help;list' {
            break
        }
        'petdb;pets;help;get' {
            break
        }
        'petdb;pets;help;add' {
            break
        }
        'petdb;pets;help;update' {
            break
        }
        'petdb;pets;help;delete' {
            break
        }
        'petdb;pets;help;import' {
            break
        }
        'petdb;pets;help;help' {
            break
        }
        'petdb;species' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '`--limit` / `--offset` of every list')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a species and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '`import FILE` of owners, pets, species and procedures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;species;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;update' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What a row whose id exists already does')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, without writing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;species;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List species')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one species')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a species and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a species (an empty --description clears it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a species (refused while pets use it)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) species from a csv, tsv, json or jsonl file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;species;help;list' {
            break
        }
        'petdb;species;help;get' {
            break
        }
        'petdb;species;help;add' {
            break
        }
        'petdb;species;help;update' {
            break
        }
        'petdb;species;help;delete' {
            break
        }
        'petdb;species;help;import' {
            break
        }
        'petdb;species;help;help' {
            break
        }
        'petdb;procedures' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, '`--limit` / `--offset` of every list')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a procedure and print its id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'A positive row id')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, '`import FILE` of owners, pets, species and procedures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;procedures;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--pet', '--pet', [CompletionResultType]::ParameterName, 'Only this pet''s procedures')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only procedures on this owner''s pets')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind (exact, case-insensitive)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Performed on or after DATE (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Performed on or before DATE (YYYY-MM-DD)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort column')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Sort descending')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;procedures;get' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;procedures;add' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--pet', '--pet', [CompletionResultType]::ParameterName, 'Pet id')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What was done, e.g. vaccination')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date performed, YYYY-MM-DD [default: today, UTC]')
            [CompletionResult]::new('--cost-cents', '--cost-cents', [CompletionResultType]::ParameterName, 'Cost in cents (0 or more)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free-text notes, e.g. what was found')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;procedures;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;procedures;import' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What a row whose id exists already does')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, without writing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;procedures;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List procedures')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one procedure')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a procedure and print its id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a procedure')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) procedures from a csv, tsv, json or jsonl file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;procedures;help;list' {
            break
        }
        'petdb;procedures;help;get' {
            break
        }
        'petdb;procedures;help;add' {
            break
        }
        'petdb;procedures;help;delete' {
            break
        }
        'petdb;procedures;help;import' {
            break
        }
        'petdb;procedures;help;help' {
            break
        }
        'petdb;report' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('owners-summary', 'owners-summary', [CompletionResultType]::ParameterValue, 'Per owner: pets, procedures, total spend and last visit, biggest spenders first')
            [CompletionResult]::new('species-counts', 'species-counts', [CompletionResultType]::ParameterValue, 'Per species: pets, owners and procedures')
            [CompletionResult]::new('monthly-revenue', 'monthly-revenue', [CompletionResultType]::ParameterValue, 'Per month: procedures and revenue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;report;owners-summary' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Return at most N owners')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;report;species-counts' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;report;monthly-revenue' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From DATE (YYYY-MM-DD)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including DATE (YYYY-MM-DD)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;report;help' {
            [CompletionResult]::new('owners-summary', 'owners-summary', [CompletionResultType]::ParameterValue, 'Per owner: pets, procedures, total spend and last visit, biggest spenders first')
            [CompletionResult]::new('species-counts', 'species-counts', [CompletionResultType]::ParameterValue, 'Per species: pets, owners and procedures')
            [CompletionResult]::new('monthly-revenue', 'monthly-revenue', [CompletionResultType]::ParameterValue, 'Per month: procedures and revenue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;report;help;owners-summary' {
            break
        }
        'petdb;report;help;species-counts' {
            break
        }
        'petdb;report;help;monthly-revenue' {
            break
        }
        'petdb;report;help;help' {
            break
        }
        'petdb;sql' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the statement from FILE (`-` for stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the statement from FILE (`-` for stdin)')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Bind the next placeholder (`?` or `$1`): 42 binds an integer, 4.2 a real, anything else text; choose with a prefix: int:7, real:7, text:007')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--param-null', '--param-null', [CompletionResultType]::ParameterName, 'Bind NULL to the next placeholder')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;run' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Set parameter NAME to VALUE, e.g. owner=7 (once each; those with a default may be left out)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;queries' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting''s value and where it came from: flag, env, profile, defaults or built-in')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (--config, PETDB_CONFIG or the default), existing or not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;config;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting''s value and where it came from: flag, env, profile, defaults or built-in')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (--config, PETDB_CONFIG or the default), existing or not')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;config;help;show' {
            break
        }
        'petdb;config;help;path' {
            break
        }
        'petdb;config;help;help' {
            break
        }
        'petdb;cache' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved')
            [CompletionResult]::new('invalidate', 'invalidate', [CompletionResultType]::ParameterValue, 'Remove entries: all of them, those reading some tables, or one by key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every entry: key, tables, age, size, hits, most recently used first')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the cache lives (a directory, or the Redis URL and prefix)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Re-run cached entries and check that they agree with the database (exit 1 if not)')
            [CompletionResult]::new('warm', 'warm', [CompletionResultType]::ParameterValue, 'Run the read commands of a file (one a line) to fill the cache')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show how the cache would answer a read command, without running it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;cache;stats' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the statistics to FILE (atomically: a reader never sees a part), e.g. for node_exporter''s textfile collector with --format prometheus')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Zero the counters afterwards')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;invalidate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Entries that read any of these tables (of the current database)')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'One entry, by its key or a unique prefix of it (see `cache list`)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every entry in the cache')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;list' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;verify' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Check N entries chosen at random [default: 20]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Only entries that read any of these tables')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Check every entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;warm' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;explain' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;cache;help' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved')
            [CompletionResult]::new('invalidate', 'invalidate', [CompletionResultType]::ParameterValue, 'Remove entries: all of them, those reading some tables, or one by key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every entry: key, tables, age, size, hits, most recently used first')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the cache lives (a directory, or the Redis URL and prefix)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Re-run cached entries and check that they agree with the database (exit 1 if not)')
            [CompletionResult]::new('warm', 'warm', [CompletionResultType]::ParameterValue, 'Run the read commands of a file (one a line) to fill the cache')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show how the cache would answer a read command, without running it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;cache;help;stats' {
            break
        }
        'petdb;cache;help;invalidate' {
            break
        }
        'petdb;cache;help;list' {
            break
        }
        'petdb;cache;help;path' {
            break
        }
        'petdb;cache;help;verify' {
            break
        }
        'petdb;cache;help;warm' {
            break
        }
        'petdb;cache;help;explain' {
            break
        }
        'petdb;cache;help;help' {
            break
        }
        'petdb;watch' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Seconds between two checks of the tables it reads (fractions allowed, e.g. 0.5)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between two checks of the tables it reads (fractions allowed, e.g. 0.5)')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('--until-change', '--until-change', [CompletionResultType]::ParameterName, 'Exit (0) at the first change, after printing the new result')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user''s config dir]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Use the settings of [profiles.NAME] of the config file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user''s data dir]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr (NO_COLOR is respected under `auto`)')
            [CompletionResult]::new('--cache-dir', '--cache-dir', [CompletionResultType]::ParameterName, 'Cache directory [default: petdb in the user''s cache dir]')
            [CompletionResult]::new('--cache-url', '--cache-url', [CompletionResultType]::ParameterName, 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)')
            [CompletionResult]::new('--cache-prefix', '--cache-prefix', [CompletionResultType]::ParameterName, 'Prefix of every Redis key petdb writes')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Entries older than this many seconds are not served')
            [CompletionResult]::new('--max-stale', '--max-stale', [CompletionResultType]::ParameterName, 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]')
            [CompletionResult]::new('--consistency', '--consistency', [CompletionResultType]::ParameterName, 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit')
            [CompletionResult]::new('--cache-max-entries', '--cache-max-entries', [CompletionResultType]::ParameterName, 'Most entries kept; least recently used go first')
            [CompletionResult]::new('--cache-max-bytes', '--cache-max-bytes', [CompletionResultType]::ParameterName, 'Most bytes kept (e.g. 256MiB, 1GB)')
            [CompletionResult]::new('--cache-max-entry-bytes', '--cache-max-entry-bytes', [CompletionResultType]::ParameterName, 'A larger result is served but not cached')
            [CompletionResult]::new('--no-header', '--no-header', [CompletionResultType]::ParameterName, 'Leave out the header row (table, csv, tsv)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data: `add` prints the bare id, confirmations are not printed')
            [CompletionResult]::new('--echo-sql', '--echo-sql', [CompletionResultType]::ParameterName, 'Print every SQL statement sent (with binds and time) to stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Read from the database only: no cache lookup, no fill (writes still invalidate)')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Run the query even if cached, and replace the entry')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'petdb;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, migrate, inspect, seed or reset the database')
            [CompletionResult]::new('owners', 'owners', [CompletionResultType]::ParameterValue, 'Pet owners')
            [CompletionResult]::new('pets', 'pets', [CompletionResultType]::ParameterValue, 'Pets')
            [CompletionResult]::new('species', 'species', [CompletionResultType]::ParameterValue, 'Species')
            [CompletionResult]::new('procedures', 'procedures', [CompletionResultType]::ParameterValue, 'Procedures done to pets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Join-and-aggregate reports')
            [CompletionResult]::new('sql', 'sql', [CompletionResultType]::ParameterValue, 'Run one read-only SQL statement, cached like every other read')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a named query of the config file, cached like every other read')
            [CompletionResult]::new('queries', 'queries', [CompletionResultType]::ParameterValue, 'List the named queries of the config file, with their parameters')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the effective settings and where each came from, or the config file''s path')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'Inspect and manage the result cache')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Re-print a read whenever a table it reads changes (polls their versions, not the data)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'petdb;help;db' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (if it does not exist) and run its migrations')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Run pending migrations and print the ones that ran')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, the database, each migration and each table''s row count and version')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Fill an empty database with a deterministic, realistic data set')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every row and restart ids (reverts and re-runs all migrations)')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Load what `db dump` wrote, keeping every id (refused into a database with data unless --on-conflict is given)')
            break
        }
        'petdb;help;db;init' {
            break
        }
        'petdb;help;db;migrate' {
            break
        }
        'petdb;help;db;status' {
            break
        }
        'petdb;help;db;seed' {
            break
        }
        'petdb;help;db;reset' {
            break
        }
        'petdb;help;db;dump' {
            break
        }
        'petdb;help;db;load' {
            break
        }
        'petdb;help;owners' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List owners')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one owner')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an owner and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an owner''s fields (an empty value clears phone or email)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an owner (refused while it has pets, unless --cascade)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) owners from a csv, tsv, json or jsonl file')
            break
        }
        'petdb;help;owners;list' {
            break
        }
        'petdb;help;owners;get' {
            break
        }
        'petdb;help;owners;add' {
            break
        }
        'petdb;help;owners;update' {
            break
        }
        'petdb;help;owners;delete' {
            break
        }
        'petdb;help;owners;import' {
            break
        }
        'petdb;help;pets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List pets')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one pet')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a pet and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a pet''s fields (an empty --birth-date clears it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a pet and its procedures')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) pets from a csv, tsv, json or jsonl file')
            break
        }
        'petdb;help;pets;list' {
            break
        }
        'petdb;help;pets;get' {
            break
        }
        'petdb;help;pets;add' {
            break
        }
        'petdb;help;pets;update' {
            break
        }
        'petdb;help;pets;delete' {
            break
        }
        'petdb;help;pets;import' {
            break
        }
        'petdb;help;species' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List species')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one species')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a species and print its id')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a species (an empty --description clears it)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a species (refused while pets use it)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) species from a csv, tsv, json or jsonl file')
            break
        }
        'petdb;help;species;list' {
            break
        }
        'petdb;help;species;get' {
            break
        }
        'petdb;help;species;add' {
            break
        }
        'petdb;help;species;update' {
            break
        }
        'petdb;help;species;delete' {
            break
        }
        'petdb;help;species;import' {
            break
        }
        'petdb;help;procedures' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List procedures')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one procedure')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a procedure and print its id')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a procedure')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add (or with --on-conflict, update) procedures from a csv, tsv, json or jsonl file')
            break
        }
        'petdb;help;procedures;list' {
            break
        }
        'petdb;help;procedures;get' {
            break
        }
        'petdb;help;procedures;add' {
            break
        }
        'petdb;help;procedures;delete' {
            break
        }
        'petdb;help;procedures;import' {
            break
        }
        'petdb;help;report' {
            [CompletionResult]::new('owners-summary', 'owners-summary', [CompletionResultType]::ParameterValue, 'Per owner: pets, procedures, total spend and last visit, biggest spenders first')
            [CompletionResult]::new('species-counts', 'species-counts', [CompletionResultType]::ParameterValue, 'Per species: pets, owners and procedures')
            [CompletionResult]::new('monthly-revenue', 'monthly-revenue', [CompletionResultType]::ParameterValue, 'Per month: procedures and revenue')
            break
        }
        'petdb;help;report;owners-summary' {
            break
        }
        'petdb;help;report;species-counts' {
            break
        }
        'petdb;help;report;monthly-revenue' {
            break
        }
        'petdb;help;sql' {
            break
        }
        'petdb;help;run' {
            break
        }
        'petdb;help;queries' {
            break
        }
        'petdb;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting''s value and where it came from: flag, env, profile, defaults or built-in')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the config file''s path (--config, PETDB_CONFIG or the default), existing or not')
            break
        }
        'petdb;help;config;show' {
            break
        }
        'petdb;help;config;path' {
            break
        }
        'petdb;help;cache' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved')
            [CompletionResult]::new('invalidate', 'invalidate', [CompletionResultType]::ParameterValue, 'Remove entries: all of them, those reading some tables, or one by key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every entry: key, tables, age, size, hits, most recently used first')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print where the cache lives (a directory, or the Redis URL and prefix)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Re-run cached entries and check that they agree with the database (exit 1 if not)')
            [CompletionResult]::new('warm', 'warm', [CompletionResultType]::ParameterValue, 'Run the read commands of a file (one a line) to fill the cache')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Show how the cache would answer a read command, without running it')
            break
        }
        'petdb;help;cache;stats' {
            break
        }
        'petdb;help;cache;invalidate' {
            break
        }
        'petdb;help;cache;list' {
            break
        }
        'petdb;help;cache;path' {
            break
        }
        'petdb;help;cache;verify' {
            break
        }
        'petdb;help;cache;warm' {
            break
        }
        'petdb;help;cache;explain' {
            break
        }
        'petdb;help;watch' {
            break
        }
        'petdb;help;completions' {
            break
        }
        'petdb;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
