"""Storage: SQLAlchemy tables, engine set-up, migrations, the journal, search, backup, verify."""
