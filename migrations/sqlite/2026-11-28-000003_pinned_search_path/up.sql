-- Nothing to do on SQLite: its triggers name their tables directly and cannot be
-- redirected by a session. (The PostgreSQL migration of this version pins the search path
-- of petdb's trigger functions; both folders carry the same versions.)
SELECT 1;
