"""rhetoric: who says what about whom in news coverage of the October 2025 Skydagger crisis.

Modules: corpus (articles), actors (names to ids), annotations (hand-coded data),
statements and stance (who says what about whom), dates and timeline (events),
shift (changes of stance), charts (one theme), build (reports), cli (commands).
"""

__version__ = "0.1.0"
