"""The team lead's administration of her team (online)."""
