"""The project's colours, defined once: the categorical palette and the stance scale.

``rhetoric.report.charts`` uses them in the altair theme and the charts; the article reader
pages (``rhetoric.report.reader``) colour their highlights with the same stance scale. This
module imports nothing, so pages that draw no chart need not load altair to use it.
"""

from __future__ import annotations

#: Okabe & Ito (2008), a categorical palette that stays distinct for colour-blind readers.
CATEGORICAL = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

#: Stance −2 … +2: orange (hostile) through grey (neutral) to purple (favourable), the
#: colour-blind-safe PuOr scheme. The same mapping in every report.
STANCE_DOMAIN = [-2, -1, 0, 1, 2]
STANCE_COLORS = ["#b35806", "#f1a340", "#bdbdbd", "#998ec3", "#542788"]


def stance_color(stance: float | None) -> str:
    """The scale's colour nearest to ``stance`` (grey for no stance)."""
    if stance is None or stance != stance:  # None or NaN
        return STANCE_COLORS[2]
    step = max(STANCE_DOMAIN[0], min(STANCE_DOMAIN[-1], round(float(stance))))
    return STANCE_COLORS[STANCE_DOMAIN.index(step)]
