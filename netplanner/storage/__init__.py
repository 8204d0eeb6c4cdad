"""The data file: engine and sessions, pragmas, schema migrations and opening checks."""
