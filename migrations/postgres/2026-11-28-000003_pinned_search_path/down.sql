ALTER FUNCTION petdb_bump_table_version() RESET search_path;
ALTER FUNCTION petdb_note_ddl() RESET search_path;
