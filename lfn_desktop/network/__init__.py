"""The network map's domain: snapshot figures and comparison, exchange formats. No Qt here."""
