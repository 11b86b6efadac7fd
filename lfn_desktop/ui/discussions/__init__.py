"""Case discussions (casusbesprekingen)."""
