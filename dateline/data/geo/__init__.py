"""Curated geographic supplement (regions, aliases, demonyms)."""
