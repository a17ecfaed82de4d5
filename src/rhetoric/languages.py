"""Which articles the extraction can read: the languages it has rules for.

The rules (reporting verbs, pronouns, dates, the polarity lexicon) are English, so only
articles whose front matter says ``language: en`` (or "en-GB", "eng", "English" …) are
extracted. Any other article is left out of the statements and events, never misread: the
``extract`` and ``events`` commands and the build name it, with its language, on stderr, and the
reports list it under the sources as not analysed.
"""

from __future__ import annotations

#: Languages the extraction has rules for (ISO 639-1).
SUPPORTED = {"en": "English"}
_ALIASES = {"eng": "en", "english": "en"}


def language_code(language: str) -> str:
    """"en-GB", "EN", "eng", "English" -> "en"; other values lower-cased, before any region."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)


def not_extracted(article) -> str | None:
    """Why an article is not extracted ("language 'sr' has no extractor"), else None."""
    code = language_code(article.meta.language)
    if code in SUPPORTED:
        return None
    return f"language '{article.meta.language}' has no extractor (the extraction reads English only)"
