# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_petdb_global_optspecs
    string join \n config= profile= database-url= format= no-header q/quiet echo-sql v/verbose color= cache-dir= cache-url= cache-prefix= no-cache refresh ttl= max-stale= consistency= cache-max-entries= cache-max-bytes= cache-max-entry-bytes= h/help V/version
end

function __fish_petdb_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_petdb_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_petdb_using_subcommand
    set -l cmd (__fish_petdb_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c petdb -n "__fish_petdb_needs_command" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_needs_command" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_needs_command" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_needs_command" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_needs_command" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_needs_command" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_needs_command" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_needs_command" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_needs_command" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_needs_command" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_needs_command" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_needs_command" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_needs_command" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_needs_command" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_needs_command" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_needs_command" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_needs_command" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_needs_command" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_needs_command" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_needs_command" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "db" -d 'Create, migrate, inspect, seed or reset the database'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "owners" -d 'Pet owners'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "pets" -d 'Pets'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "species" -d 'Species'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "procedures" -d 'Procedures done to pets'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "report" -d 'Join-and-aggregate reports'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "sql" -d 'Run one read-only SQL statement, cached like every other read'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "run" -d 'Run a named query of the config file, cached like every other read'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "queries" -d 'List the named queries of the config file, with their parameters'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "config" -d 'Show the effective settings and where each came from, or the config file\'s path'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "cache" -d 'Inspect and manage the result cache'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "watch" -d 'Re-print a read whenever a table it reads changes (polls their versions, not the data)'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c petdb -n "__fish_petdb_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "init" -d 'Create the database (if it does not exist) and run its migrations'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "migrate" -d 'Run pending migrations and print the ones that ran'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "status" -d 'Show the backend, the database, each migration and each table\'s row count and version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "seed" -d 'Fill an empty database with a deterministic, realistic data set'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "reset" -d 'Delete every row and restart ids (reverts and re-runs all migrations)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "dump" -d 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "load" -d 'What `import` and `db load` share'
complete -c petdb -n "__fish_petdb_using_subcommand db; and not __fish_seen_subcommand_from init migrate status seed reset dump load help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l owners -d 'Number of owners' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l pets-per-owner -d 'Average pets per owner (each owner gets 0..=2×K)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l procedures-per-pet -d 'Average procedures per pet (each pet gets 0..=2×P)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l rng-seed -d 'Random seed: the same seed gives the same data on either backend' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l reset -d 'Delete existing data first (as `db reset --yes`) instead of refusing'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -l if-empty -d 'Seed only an empty database; leave one with data as it is (exit 0)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from seed" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -l yes -d 'Confirm that all data is to be deleted'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l on-conflict -d 'What a row whose id exists already does (required when the database has data)' -r -f -a "error\t'Report it as an error: nothing is written'
skip\t'Leave the existing row as it is'
update\t'Overwrite the existing row with the columns given'"
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -l dry-run -d 'Check every row and report the counts, without writing anything'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the database (if it does not exist) and run its migrations'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Run pending migrations and print the ones that ran'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the backend, the database, each migration and each table\'s row count and version'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Fill an empty database with a deterministic, realistic data set'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete every row and restart ids (reverts and re-runs all migrations)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load what `db dump` wrote, keeping every id (refused into a database with data unless --on-conflict is given)'
complete -c petdb -n "__fish_petdb_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "list" -d '`--limit` / `--offset` of every list'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "get" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "add" -d 'Add an owner and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "update" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "delete" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "import" -d '`import FILE` of owners, pets, species and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l name -d 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l sort -d 'Sort column' -r -f -a "id\t''
name\t''
created-at\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l limit -d 'Return at most N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -l with-pets -d 'Also load each owner\'s pets (one batched query for all owners)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -l with-pets -d 'Also load the owner\'s pets (one batched query)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l phone -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l email -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l phone -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l email -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -l cascade -d 'Also delete the owner\'s pets and their procedures'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l input-format -d 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]' -r -f -a "csv\t''
tsv\t''
json\t''
jsonl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l on-conflict -d 'What a row whose id exists already does' -r -f -a "error\t'Report it as an error: nothing is written'
skip\t'Leave the existing row as it is'
update\t'Overwrite the existing row with the columns given'"
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, without writing anything'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "list" -d 'List owners'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one owner'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an owner and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an owner\'s fields (an empty value clears phone or email)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an owner (refused while it has pets, unless --cascade)'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add (or with --on-conflict, update) owners from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand owners; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "list" -d '`--limit` / `--offset` of every list'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "get" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "add" -d 'Add a pet and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "update" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "delete" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "import" -d '`import FILE` of owners, pets, species and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l owner -d 'Only this owner\'s pets' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l species -d 'Only pets of this species (exact name, case-insensitive)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l name -d 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l sort -d 'Sort column' -r -f -a "id\t''
name\t''
birth-date\t''
created-at\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l limit -d 'Return at most N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -l with-owner -d 'Also load each pet\'s owner (one batched query for all pets)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -l with-owner -d 'Also load the pet\'s owner (one batched query)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l owner -d 'Owner id' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l species -d 'Species name (see `petdb species list`)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l birth-date -d 'Birth date, YYYY-MM-DD' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l owner -d 'New owner id' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l species -d 'New species name' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l birth-date -d 'Birth date, YYYY-MM-DD (empty to clear)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l input-format -d 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]' -r -f -a "csv\t''
tsv\t''
json\t''
jsonl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l on-conflict -d 'What a row whose id exists already does' -r -f -a "error\t'Report it as an error: nothing is written'
skip\t'Leave the existing row as it is'
update\t'Overwrite the existing row with the columns given'"
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, without writing anything'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List pets'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one pet'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a pet and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a pet\'s fields (an empty --birth-date clears it)'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a pet and its procedures'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add (or with --on-conflict, update) pets from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand pets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "list" -d '`--limit` / `--offset` of every list'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "get" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "add" -d 'Add a species and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "update" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "delete" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "import" -d '`import FILE` of owners, pets, species and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand species; and not __fish_seen_subcommand_from list get add update delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l name -d 'Name contains PAT (case-insensitive; `*` and `?` are wildcards)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l limit -d 'Return at most N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l description -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l name -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l description -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l input-format -d 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]' -r -f -a "csv\t''
tsv\t''
json\t''
jsonl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l on-conflict -d 'What a row whose id exists already does' -r -f -a "error\t'Report it as an error: nothing is written'
skip\t'Leave the existing row as it is'
update\t'Overwrite the existing row with the columns given'"
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, without writing anything'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "list" -d 'List species'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one species'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a species and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a species (an empty --description clears it)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a species (refused while pets use it)'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add (or with --on-conflict, update) species from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand species; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "list" -d '`--limit` / `--offset` of every list'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "get" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "add" -d 'Record a procedure and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "delete" -d 'A positive row id'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "import" -d '`import FILE` of owners, pets, species and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and not __fish_seen_subcommand_from list get add delete import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l pet -d 'Only this pet\'s procedures' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l owner -d 'Only procedures on this owner\'s pets' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind (exact, case-insensitive)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l since -d 'Performed on or after DATE (YYYY-MM-DD)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l until -d 'Performed on or before DATE (YYYY-MM-DD)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l sort -d 'Sort column' -r -f -a "id\t''
performed-at\t''
cost\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l limit -d 'Return at most N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -l desc -d 'Sort descending'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l pet -d 'Pet id' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l kind -d 'What was done, e.g. vaccination' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l date -d 'Date performed, YYYY-MM-DD [default: today, UTC]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l cost-cents -d 'Cost in cents (0 or more)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l notes -d 'Free-text notes, e.g. what was found' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l input-format -d 'Its format [default: from the extension: .csv, .tsv, .json, .jsonl; csv for stdin]' -r -f -a "csv\t''
tsv\t''
json\t''
jsonl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l on-conflict -d 'What a row whose id exists already does' -r -f -a "error\t'Report it as an error: nothing is written'
skip\t'Leave the existing row as it is'
update\t'Overwrite the existing row with the columns given'"
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, without writing anything'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "list" -d 'List procedures'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one procedure'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a procedure and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a procedure'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "import" -d 'Add (or with --on-conflict, update) procedures from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand procedures; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -f -a "owners-summary" -d 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -f -a "species-counts" -d 'Per species: pets, owners and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -f -a "monthly-revenue" -d 'Per month: procedures and revenue'
complete -c petdb -n "__fish_petdb_using_subcommand report; and not __fish_seen_subcommand_from owners-summary species-counts monthly-revenue help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l limit -d 'Return at most N owners' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from owners-summary" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from species-counts" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l since -d 'From DATE (YYYY-MM-DD)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l until -d 'Up to and including DATE (YYYY-MM-DD)' -r
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from monthly-revenue" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "owners-summary" -d 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "species-counts" -d 'Per species: pets, owners and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "monthly-revenue" -d 'Per month: procedures and revenue'
complete -c petdb -n "__fish_petdb_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -s f -l file -d 'Read the statement from FILE (`-` for stdin)' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l param -d 'Bind the next placeholder (`?` or `$1`): 42 binds an integer, 4.2 a real, anything else text; choose with a prefix: int:7, real:7, text:007' -r
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -l param-null -d 'Bind NULL to the next placeholder'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand sql" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand run" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand run" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand run" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l param -d 'Set parameter NAME to VALUE, e.g. owner=7 (once each; those with a default may be left out)' -r
complete -c petdb -n "__fish_petdb_using_subcommand run" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand run" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand run" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand run" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand run" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand run" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand run" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand queries" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "show" -d 'Every setting\'s value and where it came from: flag, env, profile, defaults or built-in'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "path" -d 'Print the config file\'s path (--config, PETDB_CONFIG or the default), existing or not'
complete -c petdb -n "__fish_petdb_using_subcommand config; and not __fish_seen_subcommand_from show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every setting\'s value and where it came from: flag, env, profile, defaults or built-in'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the config file\'s path (--config, PETDB_CONFIG or the default), existing or not'
complete -c petdb -n "__fish_petdb_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "stats" -d 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "invalidate" -d 'Remove entries: all of them, those reading some tables, or one by key'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "list" -d 'Every entry: key, tables, age, size, hits, most recently used first'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "path" -d 'Print where the cache lives (a directory, or the Redis URL and prefix)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "verify" -d 'Re-run cached entries and check that they agree with the database (exit 1 if not)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "warm" -d 'Run the read commands of a file (one a line) to fill the cache'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "explain" -d 'Show how the cache would answer a read command, without running it'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and not __fish_seen_subcommand_from stats invalidate list path verify warm explain help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l output -d 'Write the statistics to FILE (atomically: a reader never sees a part), e.g. for node_exporter\'s textfile collector with --format prometheus' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -l reset -d 'Zero the counters afterwards'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l table -d 'Entries that read any of these tables (of the current database)' -r -f -a "species\t''
owners\t''
pets\t''
procedures\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l key -d 'One entry, by its key or a unique prefix of it (see `cache list`)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -l all -d 'Every entry in the cache'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from invalidate" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l sample -d 'Check N entries chosen at random [default: 20]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l table -d 'Only entries that read any of these tables' -r -f -a "species\t''
owners\t''
pets\t''
procedures\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -l all -d 'Check every entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from warm" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from explain" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "invalidate" -d 'Remove entries: all of them, those reading some tables, or one by key'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every entry: key, tables, age, size, hits, most recently used first'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the cache lives (a directory, or the Redis URL and prefix)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Re-run cached entries and check that they agree with the database (exit 1 if not)'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "warm" -d 'Run the read commands of a file (one a line) to fill the cache'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "explain" -d 'Show how the cache would answer a read command, without running it'
complete -c petdb -n "__fish_petdb_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -s n -l interval -d 'Seconds between two checks of the tables it reads (fractions allowed, e.g. 0.5)' -r
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -l until-change -d 'Exit (0) at the first change, after printing the new result'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand watch" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l config -d 'Config file of settings, profiles and named queries [default: petdb/config.toml in the user\'s config dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l profile -d 'Use the settings of [profiles.NAME] of the config file' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l database-url -d 'Database: `postgres://…` / `postgresql://…` for PostgreSQL, anything else is a SQLite file path (`sqlite://` prefix optional) [default: petdb.sqlite3 in the user\'s data dir]' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
tsv\t''
prometheus\t'Prometheus text exposition (`cache stats` only)'"
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l color -d 'When to use colour on stderr (NO_COLOR is respected under `auto`)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-dir -d 'Cache directory [default: petdb in the user\'s cache dir]' -r -F
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-url -d 'Keep the cache in Redis, Redis Cluster/Valkey (redis+cluster://H:P,H:P/) or memcached (memcache://H:P), shared by every host using it (instead of --cache-dir)' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-prefix -d 'Prefix of every Redis key petdb writes' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l ttl -d 'Entries older than this many seconds are not served' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l max-stale -d 'When the database cannot be reached, answer from a cached result up to this old (e.g. 30m, 2h), with a warning [default: off]' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l consistency -d 'strict: a hit also checks that the tables it read are unchanged (one small query); ttl: trust the TTL alone, touching no database on a hit' -r -f -a "strict\t''
ttl\t''"
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-max-entries -d 'Most entries kept; least recently used go first' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-max-bytes -d 'Most bytes kept (e.g. 256MiB, 1GB)' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l cache-max-entry-bytes -d 'A larger result is served but not cached' -r
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l no-header -d 'Leave out the header row (table, csv, tsv)'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -s q -l quiet -d 'Print only data: `add` prints the bare id, confirmations are not printed'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l echo-sql -d 'Print every SQL statement sent (with binds and time) to stderr'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -s v -l verbose -d 'Show cache events (hit, miss, stale, fill, …) on stderr, without the SQL'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l no-cache -d 'Read from the database only: no cache lookup, no fill (writes still invalidate)'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -l refresh -d 'Run the query even if cached, and replace the entry'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c petdb -n "__fish_petdb_using_subcommand completions" -s V -l version -d 'Print version'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "db" -d 'Create, migrate, inspect, seed or reset the database'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "owners" -d 'Pet owners'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "pets" -d 'Pets'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "species" -d 'Species'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "procedures" -d 'Procedures done to pets'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "report" -d 'Join-and-aggregate reports'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "sql" -d 'Run one read-only SQL statement, cached like every other read'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "run" -d 'Run a named query of the config file, cached like every other read'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "queries" -d 'List the named queries of the config file, with their parameters'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "config" -d 'Show the effective settings and where each came from, or the config file\'s path'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "cache" -d 'Inspect and manage the result cache'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "watch" -d 'Re-print a read whenever a table it reads changes (polls their versions, not the data)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c petdb -n "__fish_petdb_using_subcommand help; and not __fish_seen_subcommand_from db owners pets species procedures report sql run queries config cache watch completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init" -d 'Create the database (if it does not exist) and run its migrations'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Run pending migrations and print the ones that ran'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show the backend, the database, each migration and each table\'s row count and version'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "seed" -d 'Fill an empty database with a deterministic, realistic data set'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "reset" -d 'Delete every row and restart ids (reverts and re-runs all migrations)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "dump" -d 'Write every table (species, owners, pets, procedures): JSON lines on stdout, or a directory of csv files'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "load" -d 'Load what `db dump` wrote, keeping every id (refused into a database with data unless --on-conflict is given)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "list" -d 'List owners'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "get" -d 'Show one owner'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "add" -d 'Add an owner and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "update" -d 'Change an owner\'s fields (an empty value clears phone or email)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "delete" -d 'Delete an owner (refused while it has pets, unless --cascade)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from owners" -f -a "import" -d 'Add (or with --on-conflict, update) owners from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "list" -d 'List pets'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "get" -d 'Show one pet'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "add" -d 'Add a pet and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "update" -d 'Change a pet\'s fields (an empty --birth-date clears it)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "delete" -d 'Delete a pet and its procedures'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from pets" -f -a "import" -d 'Add (or with --on-conflict, update) pets from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "list" -d 'List species'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "get" -d 'Show one species'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "add" -d 'Add a species and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "update" -d 'Change a species (an empty --description clears it)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "delete" -d 'Delete a species (refused while pets use it)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from species" -f -a "import" -d 'Add (or with --on-conflict, update) species from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from procedures" -f -a "list" -d 'List procedures'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from procedures" -f -a "get" -d 'Show one procedure'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from procedures" -f -a "add" -d 'Record a procedure and print its id'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from procedures" -f -a "delete" -d 'Delete a procedure'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from procedures" -f -a "import" -d 'Add (or with --on-conflict, update) procedures from a csv, tsv, json or jsonl file'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "owners-summary" -d 'Per owner: pets, procedures, total spend and last visit, biggest spenders first'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "species-counts" -d 'Per species: pets, owners and procedures'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "monthly-revenue" -d 'Per month: procedures and revenue'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every setting\'s value and where it came from: flag, env, profile, defaults or built-in'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the config file\'s path (--config, PETDB_CONFIG or the default), existing or not'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "stats" -d 'Hits, misses, stale, expired, fills, evictions, entries, bytes, hit ratio, time saved'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "invalidate" -d 'Remove entries: all of them, those reading some tables, or one by key'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "list" -d 'Every entry: key, tables, age, size, hits, most recently used first'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "path" -d 'Print where the cache lives (a directory, or the Redis URL and prefix)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "verify" -d 'Re-run cached entries and check that they agree with the database (exit 1 if not)'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "warm" -d 'Run the read commands of a file (one a line) to fill the cache'
complete -c petdb -n "__fish_petdb_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "explain" -d 'Show how the cache would answer a read command, without running it'
