"""The domain: vocabulary, validation rules and errors. Knows nothing of Qt or SQL."""
