"""The ethics critic: checks every draft before it reaches the user.

Offline critic = deterministic rules (agent.critic_rules) plus, when its artefact is present, a classifier
trained on DiaSafety (agent.safety_model) that scores the (user message, draft) pair. Verdicts:
- `pass`: nothing found;
- `revise`: findings become the drafter's feedback (the pipeline allows at most two rounds);
- `replace`: a severe finding (encouraging self-harm, insulting the person, leaking the prompt, empty draft);
  the pipeline sends `fallback_reply(request)` instead.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from functools import cache

from agent.critic_rules import DraftContext, Flag, run_checks
from agent.safety_model import SafetyModel, load_safety_model
from agent.schema import Check, Draft, Finding, Outcome, RiskLevel, Verdict
from agent.settings import PROJECT_ROOT
from agent.stages import DraftRequest

log = logging.getLogger(__name__)

# Self-written, warm and non-committal: they promise nothing, advise nothing and keep the person talking.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "en": (
        "I'm here and I'm listening. I'd like to understand this better: what feels hardest for you right now?",
        "Thank you for sharing this with me. I want to make sure I get it right, so could you tell me a bit more"
        " about what's been happening?",
        "That sounds like a lot to carry. I'm an AI, so I can't give expert advice, but I can listen. What's on"
        " your mind most right now?",
        "I hear you. Take your time; I'm here. How are you feeling as we talk about this?",
    ),
    "es": (
        "Estoy aquí y te escucho. ¿Qué es lo que más te pesa ahora mismo?",
        "Gracias por contármelo. ¿Quieres contarme un poco más de lo que ha pasado?",
    ),
    "de": (
        "Ich bin da und höre dir zu. Was ist gerade am schwersten für dich?",
        "Danke, dass du mir das erzählst. Magst du mir ein bisschen mehr darüber sagen?",
    ),
    "fr": (
        "Je suis là et je t'écoute. Qu'est-ce qui est le plus difficile pour toi en ce moment ?",
        "Merci de me le confier. Tu veux m'en dire un peu plus sur ce qui se passe ?",
    ),
}
_CAREFUL_FALLBACK: dict[str, str] = {
    "en": "I'm still here with you. How are you doing right now, in this moment?",
    "es": "Sigo aquí contigo. ¿Cómo estás ahora mismo, en este momento?",
    "de": "Ich bin weiter hier bei dir. Wie geht es dir gerade, in diesem Moment?",
    "fr": "Je suis toujours là avec toi. Comment vas-tu en ce moment, là, maintenant ?",
}
# The classifier alone (no rule fired) asks for a revision only when it is this sure: live drafts are
# not DiaSafety's Reddit replies, and a needless revision costs a round.
LIVE_THRESHOLD = 0.8
_CATEGORY_CHECK = {
    "Risk Ignorance": Check.RISK_IGNORANCE,
    "Unauthorized Expertise": Check.UNAUTHORISED_EXPERTISE,
    "Toxicity Agreement": Check.TOXICITY,
    "Biased Opinion": Check.BIASED_OPINION,
    "Offending User": Check.TOXICITY,
}


def fallback_reply(request: DraftRequest) -> str:
    """A safe reply for when the critic replaces a draft; varies with the turn so it does not repeat."""
    language = request.context.conversation.locale.split("-")[0].lower()
    if request.context.conversation.careful_mode or request.context.turn.risk.level is not RiskLevel.NONE:
        return _CAREFUL_FALLBACK.get(language, _CAREFUL_FALLBACK["en"])
    options = _FALLBACKS.get(language, _FALLBACKS["en"])
    previous = set(request.context.conversation.assistant_texts())
    fresh = [o for o in options if o not in previous] or list(options)
    digest = int(hashlib.sha256(request.context.turn.id.encode()).hexdigest(), 16)
    return fresh[digest % len(fresh)]


def draft_context(draft: Draft, request: DraftRequest, prompt_texts: tuple[str, ...] = ()) -> DraftContext:
    return DraftContext(
        draft=draft.text,
        user=request.context.turn.text,
        risk=request.context.turn.risk,
        previous_replies=tuple(request.context.conversation.assistant_texts()),
        prompt_texts=prompt_texts,
    )


def decide(flags: list[Flag], critic: str) -> Verdict:
    if not flags:
        return Verdict(outcome=Outcome.PASS, critic=critic)
    outcome = Outcome.REPLACE if any(f.severe for f in flags) else Outcome.REVISE
    findings = tuple(dict.fromkeys(f.finding for f in flags))
    return Verdict(outcome=outcome, findings=findings, critic=critic)


class OfflineCritic:
    """Rules first; the DiaSafety classifier adds a finding only when no rule fired and it is confident."""

    name = "offline"

    def __init__(self, model: SafetyModel | None = None, threshold: float = LIVE_THRESHOLD) -> None:
        self.model = model
        self.threshold = threshold

    async def review(self, draft: Draft, request: DraftRequest) -> Verdict:
        if self.model is None:
            return self.review_sync(draft, request)
        # The classifier is a small transformer pass: keep it off the event loop.
        return await asyncio.to_thread(self.review_sync, draft, request)

    def review_sync(self, draft: Draft, request: DraftRequest) -> Verdict:
        return self.review_context(draft_context(draft, request, _prompt_texts()))

    def review_context(self, ctx: DraftContext) -> Verdict:
        """The whole offline review of one draft in its context (also what `warmline bench critic` times)."""
        flags = run_checks(ctx)
        if not flags and self.model is not None:
            flags = self._model_flags(ctx.user, ctx.draft)
        return decide(flags, self.name)

    def _model_flags(self, user: str, draft: str) -> list[Flag]:
        assert self.model is not None
        score = self.model.score(user, draft)
        if score.unsafe < self.threshold:
            return []
        check = _CATEGORY_CHECK.get(score.category, Check.TOXICITY)
        detail = f"the safety classifier rates this reply unsafe ({score.category}, p={score.unsafe:.2f})"
        return [Flag(Finding(check=check, detail=detail))]


@cache
def _prompt_texts() -> tuple[str, ...]:
    """The system templates a draft must never echo (prompt-leak check)."""
    texts: list[str] = []
    for path in sorted((PROJECT_ROOT / "prompts").glob("*.yaml")):
        try:
            from agent.prompts import load_prompt

            prompt = load_prompt(path.stem)
        except Exception as error:  # a broken prompt file must not stop the critic
            log.warning("prompt %s not readable for the leak check: %s", path.stem, error)
            continue
        texts.extend(m.template for m in prompt.messages if m.role == "system")
    return tuple(texts)


def load_critic(with_model: bool = True) -> OfflineCritic:
    """The offline critic, with the trained classifier when its artefact is present."""
    return OfflineCritic(load_safety_model() if with_model else None)
