"""The SQLite store: tables, engine, migrations, repository functions and bank sync."""
