"""Hand coding for forks: a draft from the extraction, and the round trip through Label Studio."""
