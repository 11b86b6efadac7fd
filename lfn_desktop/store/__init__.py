"""The encrypted local store: vault files, schema, migrations and the change-capturing writer.

Imports no Qt. The UI never touches this package directly; it calls ``lfn_desktop.operations``.
"""
