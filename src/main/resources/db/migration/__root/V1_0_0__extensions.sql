-- Extensions the modules rely on. citext: case-insensitive user names.
create extension if not exists citext;
