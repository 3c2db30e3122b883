"""The review's chart: meetings and agreements (bars) and open actions (line) per month, as a PNG (matplotlib, Agg)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.client_review import Month


def month_chart(months: Sequence[Month], title: str = "") -> bytes:
    """PNG bytes of the monthly chart, 16 x 7 cm at 150 dpi."""
    import matplotlib

    matplotlib.use("Agg")  # no display: the CLI, the review app and the tests all draw off-screen
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(6.3, 2.75), dpi=150)
    ax = fig.add_subplot()
    x = list(range(len(months)))
    ax.bar([i - 0.2 for i in x], [m.meetings for m in months], width=0.4, label="Meetings", color="#1F3A5F")
    ax.bar([i + 0.2 for i in x], [m.agreements for m in months], width=0.4, label="Agreements", color="#7FA7C9")
    ax.plot(x, [m.open_actions for m in months], marker="o", color="#C0392B", label="Open actions (month end)")
    ax.set_xticks(x, [m.label for m in months])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(fontsize=7, frameon=False, loc="upper left")
    ax.tick_params(labelsize=8)
    if title:
        ax.set_title(title, fontsize=9)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": "debrief"})
    return buf.getvalue()
