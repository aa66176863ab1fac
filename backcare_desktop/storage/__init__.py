"""SQLite storage: schema, migrations, backups and the repository API.

No widgets here, and no SQL anywhere else in the app.
"""
