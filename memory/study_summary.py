"""`warmline study summary`: per arm, how many sessions, which strategies were chosen, and how the participants'
emotion intensity changed from before to after the chat (with the post-chat empathy and relevance ratings)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from statistics import mean

from pydantic import BaseModel

from memory.export import ExportedSession, collect
from memory.log import ResearchLog


class ArmSummary(BaseModel):
    sessions: int
    completed: int
    turns: int
    strategy_share: dict[str, float]  # the select stage's choices, as shares of this arm's answered turns
    intensity_change: float | None  # mean of (post - pre) over sessions with both; negative = felt better
    intensity_pairs: int
    mean_empathy: float | None
    mean_relevance: float | None


class StudySummary(BaseModel):
    study: str
    sessions: int
    arms: dict[str, ArmSummary]


def summarise(log: ResearchLog, study_id: str) -> StudySummary:
    sessions = collect(log, study_id)
    arms = sorted({s.arm for s in sessions})
    return StudySummary(
        study=study_id,
        sessions=len(sessions),
        arms={arm: _arm([s for s in sessions if s.arm == arm]) for arm in arms},
    )


def _arm(sessions: list[ExportedSession]) -> ArmSummary:
    choices = Counter(
        str(stage.output["choice"])
        for s in sessions
        for t in s.turns
        for stage in t.stages
        if stage.stage == "select" and isinstance(stage.output, dict) and "choice" in stage.output
    )
    total = sum(choices.values())
    changes = [
        s.measures["post"]["intensity"] - s.measures["pre"]["intensity"]
        for s in sessions
        if "intensity" in s.measures.get("pre", {}) and "intensity" in s.measures.get("post", {})
    ]
    return ArmSummary(
        sessions=len(sessions),
        completed=sum(1 for s in sessions if s.completion_code),
        turns=sum(len(s.turns) for s in sessions),
        strategy_share={k: round(v / total, 4) for k, v in sorted(choices.items())},
        intensity_change=round(mean(changes), 3) if changes else None,
        intensity_pairs=len(changes),
        mean_empathy=_mean_post(sessions, "empathy"),
        mean_relevance=_mean_post(sessions, "relevance"),
    )


def _mean_post(sessions: list[ExportedSession], name: str) -> float | None:
    values = [s.measures["post"][name] for s in sessions if name in s.measures.get("post", {})]
    return round(mean(values), 3) if values else None


def chart(summary: StudySummary, path: Path) -> Path:
    """Strategy shares per arm and the mean intensity change per arm, as one PNG."""
    import matplotlib

    matplotlib.use("Agg")  # no display on a server
    import matplotlib.pyplot as plt

    arms = list(summary.arms)
    strategies = sorted({k for a in summary.arms.values() for k in a.strategy_share})
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [3, 1]})
    width = 0.8 / max(1, len(arms))
    for i, arm in enumerate(arms):
        shares = [summary.arms[arm].strategy_share.get(s, 0.0) for s in strategies]
        left.bar([x + i * width for x in range(len(strategies))], shares, width, label=arm)
    left.set_xticks([x + width * (len(arms) - 1) / 2 for x in range(len(strategies))])
    left.set_xticklabels([s.split(" ")[0] for s in strategies], rotation=30, ha="right")
    left.set_ylabel("share of turns")
    left.set_title("Strategy chosen, per arm")
    if arms:
        left.legend()
    changes = [summary.arms[a].intensity_change or 0.0 for a in arms]
    right.bar(arms, changes, color="tab:gray")
    right.axhline(0, color="black", linewidth=0.8)
    right.set_title("Mean intensity change\n(post - pre; below 0 = better)")
    figure.suptitle(f"Study {summary.study}: {summary.sessions} sessions")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path
