"""Markdown for the researcher view: one short summary per stage record (no Chainlit here, so it is testable)."""

from __future__ import annotations

import re
from typing import Any

from agent.schema import StageName, StageRecord

TITLES: dict[StageName, str] = {
    StageName.GUARD: "Guard: input check and crisis screen",
    StageName.PERCEIVE: "Perceive: emotion, cause, problem",
    StageName.RETRIEVE: "Retrieve: demonstrations",
    StageName.SELECT: "Select: support strategy",
    StageName.DRAFT: "Draft",
    StageName.CRITIC: "Ethics critic",
    StageName.CRISIS: "Crisis protocol (fixed message, no model call)",
    StageName.SUMMARISE: "Memory: summary of the earlier conversation",
    StageName.REPLY: "Reply",
}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str, limit: int = 240) -> str:
    """User and dataset text shown as literal text, never as markup or links."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return _MARKDOWN_SPECIAL.sub(r"\\\1", short.replace("\n", " "))


def title(record: StageRecord) -> str:
    return TITLES[record.stage]


def render(record: StageRecord) -> str:
    out: Any = record.output
    body = _RENDERERS[record.stage](out if isinstance(out, dict | list) else {})
    # Chainlit renders no HTML (unsafe_allow_html is off), so the footer is plain markdown.
    return f"{body}\n\n*{record.latency_ms:.1f} ms · {escape(record.model or '-', 80)}*"


def _guard(out: Any) -> str:
    risk = out.get("risk", {})
    issues = ", ".join(out.get("issues", [])) or "none"
    signals = ", ".join(risk.get("signals", [])) or "none"
    return f"Input issues: **{issues}**\n\nRisk: **{risk.get('level', 'none')}** (signals: {signals})"


def _perceive(out: Any) -> str:
    emotion = out.get("emotion", {})
    pairs = "\n".join(
        f"| {p['pair']} | {p['value']:+.2f} | {p['pole']} | {p['name']} ({p['intensity']}) |"
        for p in emotion.get("pairs", [])
    )
    top = sorted(emotion.get("labels", {}).items(), key=lambda kv: -kv[1])[:3]
    cause = out.get("cause") or {}
    trajectory = " → ".join(f"{v:.2f}" for v in out.get("trajectory", []))
    return (
        f"**{emotion.get('name', '?')}** ({emotion.get('dominant', '?')}, intensity {emotion.get('intensity')})"
        f" · top labels: {', '.join(f'{k} {v:.2f}' for k, v in top)}\n\n"
        f"| pair | value | pole | named intensity |\n|---|---|---|---|\n{pairs}\n\n"
        f"Cause: “{escape(cause.get('span', 'not clear yet'))}” · problem: **{out.get('problem')}**\n\n"
        f"Intensity across the chat: {trajectory} ({out.get('trend', '').replace('_', ' ')})"
    )


def _retrieve(out: Any) -> str:
    rows = [
        f"| {d['strategy']} | {escape(d['seeker'], 80)} | {escape(d['supporter'], 100)} | {d['score']:.2f} |"
        for d in out
    ]
    return "| strategy | seeker said | supporter answered | score |\n|---|---|---|---|\n" + "\n".join(rows)


def _select(out: Any) -> str:
    raw, debiased = out.get("raw", {}), out.get("debiased", {})
    rows = [
        f"| {name} | {raw.get(name, 0):.2f} | {debiased.get(name, 0):.2f} |"
        for name in sorted(debiased, key=lambda n: -debiased[n])
    ]
    reasons = "\n".join(f"- {escape(r, 300)}" for r in out.get("reasons", []))
    return (
        f"Choice: **{out.get('choice')}**\n\n| strategy | before debiasing | after |\n|---|---|---|\n"
        + "\n".join(rows)
        + f"\n\n{reasons}"
    )


def _draft(out: Any) -> str:
    return (
        f"Round {out.get('round', 0)} · {out.get('strategy')} · engine {escape(out.get('engine', ''), 80)}\n\n"
        + (f"> {escape(out.get('text', ''), 800)}")
    )


def _critic(out: Any) -> str:
    findings = "\n".join(f"- **{f['check']}**: {escape(f['detail'], 300)}" for f in out.get("findings", []))
    return f"Verdict: **{out.get('outcome')}**\n\n{findings or 'No concerns found.'}"


def _crisis(out: Any) -> str:
    risk = out.get("risk", {})
    kinds = ", ".join(risk.get("kinds", [])) or "unspecified"
    return (
        f"Risk **{risk.get('level')}** ({kinds}); fixed resources for locale {out.get('locale')}; "
        f"repeat: {out.get('repeat')}. No model was called for this turn."
    )


def _summarise(out: Any) -> str:
    if "error" in out:
        return f"Kept the previous summary ({escape(str(out['error']), 120)})."
    return f"Covers the first {out.get('covers')} messages: {escape(str(out.get('text', '')), 400)}"


def _reply(out: Any) -> str:
    return f"{len(out.get('text', ''))} characters"


_RENDERERS = {
    StageName.GUARD: _guard,
    StageName.PERCEIVE: _perceive,
    StageName.RETRIEVE: _retrieve,
    StageName.SELECT: _select,
    StageName.DRAFT: _draft,
    StageName.CRITIC: _critic,
    StageName.CRISIS: _crisis,
    StageName.SUMMARISE: _summarise,
    StageName.REPLY: _reply,
}


def trajectory_svg(values: list[float], width: int = 360, height: int = 120) -> str:
    """A small line chart of intensity per user turn as SVG text: microseconds to make, unlike a plot
    library, so the researcher view costs the server almost nothing under load."""
    pad = 24
    xs = [pad + i * (width - 2 * pad) / max(1, len(values) - 1) for i in range(len(values))]
    ys = [height - pad - max(0.0, min(1.0, v)) * (height - 2 * pad) for v in values]
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#c2410c"/>' for x, y in zip(xs, ys, strict=True)
    )
    axis = (
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#888"/>'
        f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="#888"/>'
        f'<text x="{pad}" y="{pad - 8}" font-size="11" fill="#888">intensity per user turn (0-1)</text>'
    )
    line = (
        f'<polyline points="{points}" fill="none" stroke="#c2410c" stroke-width="2"/>'
        if len(values) > 1
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}">{axis}{line}{dots}</svg>'
    )
