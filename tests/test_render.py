from agent.render import escape, render, trajectory_svg
from agent.schema import StageName, StageRecord


def test_escape_neutralises_markdown_links_and_html() -> None:
    out = escape("![x](http://evil/x.png) <script>alert(1)</script> [click](javascript:alert(1))")
    assert "![" not in out and "<script>" not in out and "](" not in out


def test_every_stage_renders_from_its_record() -> None:
    outputs = {
        StageName.GUARD: {"issues": ["markup"], "risk": {"level": "none", "signals": []}},
        StageName.RETRIEVE: [
            {"strategy": "Question", "seeker": "s", "supporter": "x", "score": 0.5},
        ],
        StageName.SELECT: {
            "raw": {"Question": 0.6},
            "debiased": {"Question": 0.4},
            "choice": "Question",
            "reasons": ["because"],
        },
        StageName.DRAFT: {"text": "hello", "round": 0, "strategy": "Question", "engine": "offline"},
        StageName.CRITIC: {
            "outcome": "revise",
            "findings": [{"check": "identity", "detail": "claims human"}],
        },
        StageName.CRISIS: {
            "risk": {"level": "crisis", "kinds": ["suicide"]},
            "locale": "en-US",
            "repeat": False,
        },
        StageName.REPLY: {"text": "hi"},
    }
    for stage, output in outputs.items():
        text = render(StageRecord(stage=stage, output=output, latency_ms=1.5, model="m"))
        assert "1.5 ms" in text
    assert "identity" in render(
        StageRecord(stage=StageName.CRITIC, output=outputs[StageName.CRITIC], latency_ms=0)
    )


def test_trajectory_svg_plots_one_point_per_turn() -> None:
    from xml.etree import ElementTree

    svg = trajectory_svg([0.2, 0.8, 0.5])
    root = ElementTree.fromstring(svg)
    circles = [e for e in root.iter() if e.tag.endswith("circle")]
    assert len(circles) == 3
    heights = [float(c.get("cy", 0)) for c in circles]
    assert heights[1] < heights[2] < heights[0], "higher intensity is drawn higher"
    assert ElementTree.fromstring(trajectory_svg([])) is not None
