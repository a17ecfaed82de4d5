"""Data inside Markdown: the one place that turns a value from the data into plain text.

The reports' sentences are Markdown built from data: actor names and ids from actors.yml,
article titles, outlets, quotes, explanations, parameters. Those values are shared files, not
code, so none of them may become markup. ``md_text(value)`` makes a value inert in any Markdown
that nbconvert or the landing page renders: every ASCII punctuation character that Markdown
could read is backslash-escaped: HTML is no tag (``<img onerror=…>`` shows as text, and so does
``&lt;``), ``[J](javascript:…)`` and ``![p](http://…)`` are neither a link nor an image, ``**``
is no emphasis, a bare ``http://`` is not turned into a link, and line breaks become spaces (no
heading or list can start). ``md_code`` shows an id as code.

Every Markdown sentence that holds a data value builds it through these two functions; HTML
tables escape their cells themselves (``rhetoric.report.tables``), and the landing page's
template escapes what it prints (jinja2's autoescape).
"""

from __future__ import annotations

import re

#: The ASCII punctuation that Markdown (CommonMark, and the GFM extensions nbconvert and the
#: landing page enable) can give a meaning to; each may be escaped with a backslash.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:=$^<>&])")


def md_text(value) -> str:
    """``value`` as plain text inside Markdown: no HTML, no link, no image, no emphasis."""
    text = " ".join(str(value).split())  # no line break: nothing can start a block
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def md_code(value) -> str:
    """``value`` as inline code (an article or actor id); plain text when it holds a backtick."""
    text = " ".join(str(value).split())
    if "`" in text or not text:
        return md_text(text)
    return f"`{text}`"
