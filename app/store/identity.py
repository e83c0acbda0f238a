"""What marks a SQLite file as an Accord record, and which version of the schema it has."""

# 'Accd': marks a SQLite file as an Accord record (PRAGMA application_id).
APPLICATION_ID = 0x41636364

# One more with every migration added (see schema.py); tests check it against the migrations applied.
SCHEMA_VERSION = 6
