"""What the desktop app and the sync server share: vocabulary and validation, the hybrid logical clock,
the synced table schema, the wire format, scope, protocol, merge and digest rules. No Qt, no app internals."""
