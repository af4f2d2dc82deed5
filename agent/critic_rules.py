"""The critic's deterministic checks over a draft, following the DiaSafety and Llama Guard categories.

Each check reads the draft (and, where the category is about context, the user's message and risk) and returns
findings. A finding is `severe` when the draft must not reach the user even after a revision (encouraging
self-harm, insulting the user, leaking the prompt); the critic then replaces it with a fixed fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from agent.crisis import fold as normalise
from agent.schema import Check, Finding, RiskAssessment, RiskLevel


@dataclass(frozen=True)
class Flag:
    finding: Finding
    severe: bool = False


@dataclass(frozen=True)
class DraftContext:
    """What the checks may read: the draft, the user's message and its risk, and what was said before."""

    draft: str
    user: str
    risk: RiskAssessment
    previous_replies: tuple[str, ...] = ()
    prompt_texts: tuple[str, ...] = ()


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# --- risk ignorance -----------------------------------------------------------------------------------------
_ENCOURAGE_HARM = _re(
    r"\b(?:you should|go ahead and|why not|just|you could|you might as well|maybe you should|it'?s okay to|"
    r"nobody would stop you if you|do it and) (?:kill|hurt|cut|harm|starve|burn) your ?self\b|\bkys\b"
    r"|\b(?:go ahead|do it)[,.!]? (?:end|finish) it\b|\b(?:nobody|no one) (?:would|will) miss you\b"
    r"|\b(?:world|everyone) (?:would|will) be better (?:off )?without you\b|\byou deserve (?:to die|to suffer|"
    r"the pain|to be hurt)\b|\b(?:painless|easiest|quickest|most effective|best) (?:way|method)s? to (?:die|kill"
    r" yourself|end (?:it|your life)|overdose)\b|\b(?:lethal|fatal) (?:dose|amount)\b|\bhow many (?:pills|"
    r"tablets) (?:it takes|would|you need)\b|\b(?:hide|hiding) (?:the )?(?:cuts|scars|marks) (?:with|by|under)\b"
    r"|\bthat'?s a (?:good|great|brave) (?:idea|choice|plan)\b(?=.{0,60}\b(?:end|die|kill|hurt|cut|plan)\b)"
)
_DISMISS = _re(
    r"\b(?:just )?(?:cheer up|get over it|snap out of it|stop being (?:so )?(?:dramatic|silly|sensitive)|"
    r"you'?re (?:just )?overreacting|it'?s not (?:a|that) big (?:of a )?deal|everyone feels (?:like )?that|"
    r"look on the bright side|it could be worse|don'?t be (?:so )?(?:dramatic|silly)|you'?ll be fine|"
    r"toughen up|man up|think positive|just relax|calm down)\b"
)
_ACKNOWLEDGE_RISK = _re(
    r"\b(?:safe|safety|988|116 ?123|999|911|112|024|3114|samaritans|helpline|hotline|lifeline|crisis|emergency|"
    r"worried about you|concerned about you|reach (?:out|a person)|someone you trust|talk to someone|"
    r"professional|doctor|counsel+or|support line|here (?:for|with) you|not alone)\b"
)

# --- unauthorised expertise ---------------------------------------------------------------------------------
_CONDITIONS = (
    r"(?:clinical depression|major depress\w*|depression|bipolar(?: disorder)?|bpd|borderline(?: personality"
    r" disorder)?|adhd|add|ptsd|c-ptsd|ocd|generali[sz]ed anxiety(?: disorder)?|an anxiety disorder|panic"
    r" disorder|schizophreni\w+|psychosis|autism|asperger'?s|an eating disorder|anorexia|bulimia|narcissistic"
    r" personality disorder|npd|a personality disorder|dementia|insomnia|diabetes|cancer|a concussion)"
)
_DIAGNOSIS = _re(
    rf"\byou (?:definitely |clearly |probably |likely |must |might |may )?(?:have|suffer from|are suffering from"
    rf"|are showing (?:signs|symptoms) of|sound like you have|seem to have|have got) {_CONDITIONS}\b"
    rf"|\b(?:sounds|looks|seems) like (?:you have |classic |textbook )?{_CONDITIONS}\b|\bi(?:'d| would)? diagnose"
    rf"|\byou(?:'re| are) (?:definitely |clearly |probably )?(?:bipolar|clinically depressed|a narcissist"
    rf"|autistic|psychotic|schizophrenic|anorexic|bulimic)\b|\bthat'?s (?:a )?(?:classic |textbook )?"
    rf"(?:symptom|sign)s? of {_CONDITIONS}\b"
)
_DRUGS = (
    r"(?:sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|paxil|venlafaxine|"
    r"effexor|duloxetine|cymbalta|bupropion|wellbutrin|mirtazapine|trazodone|xanax|alprazolam|valium|diazepam|"
    r"lorazepam|ativan|klonopin|clonazepam|lithium|lamotrigine|quetiapine|seroquel|olanzapine|risperidone|"
    r"adderall|ritalin|methylphenidate|melatonin|ambien|zolpidem|ibuprofen|paracetamol|acetaminophen|tylenol|"
    r"aspirin|advil|codeine|tramadol|oxycodone|morphine|benzos?|benzodiazepines?|ssris?|antidepressants?|"
    r"antipsychotics?|sleeping pills|painkillers|st\.? john'?s wort|cbd|ashwagandha)"
)
_MEDICATION = _re(
    rf"\b\d+(?:\.\d+)? ?(?:mg|milligrams?|mcg|ml|g)\b|\b(?:take|try|start|ask for|get (?:on|some)|use|double"
    rf"|increase|up|raise|lower|decrease|reduce|skip|stop|quit|switch to|come off|wean off) (?:\w+ ){{0,2}}"
    rf"{_DRUGS}\b|\b(?:increase|decrease|lower|raise|double|halve|change|adjust|skip|stop) (?:your|the) "
    rf"(?:dose|dosage|meds|medication|prescription)\b|\b{_DRUGS} (?:will|would|should|could|can) (?:help|fix|"
    rf"cure|sort)\b|\b(?:dose|dosage) (?:of|is|should be)\b|\b(?:pills?|tablets?) (?:a|per|every) (?:day|"
    rf"night|hours?)\b"
)
_PRESCRIPTION = _re(
    r"\byou should (?:definitely )?(?:sue|file (?:for divorce|a lawsuit|charges|for bankruptcy)|get a lawyer and"
    r" sue|invest|buy (?:stocks?|shares|crypto|bitcoin|gold)|sell (?:your|all) |put (?:your|all) (?:money|"
    r"savings)|take out a (?:loan|mortgage)|stop paying|declare bankruptcy|quit your job|break your lease|"
    r"withhold rent|sign|refuse to sign)\b|\b(?:legally|by law),? (?:you (?:can|must|are entitled)|they can'?t)"
    r"|\byou(?:'re| are) (?:legally )?entitled to\b|\b(?:invest|put) (?:your|all your) (?:savings|money) in\b"
    r"|\byou (?:will|would) (?:definitely )?win (?:the|your|in) (?:case|court|lawsuit)\b"
    r"|\b(?:cure|treat) (?:your|the) (?:depression|anxiety|illness|infection|pain) (?:with|by)\b"
)

# --- toxicity and agreement with toxicity -------------------------------------------------------------------
_INSULT_WORDS = (
    r"(?:stupid|idiot\w*|moron\w*|dumb|pathetic|worthless|useless|a loser|loser|disgusting|retard\w*|ugly|"
    r"fat|crazy|psycho|freak|trash|garbage|scum|a waste of space|a joke|an embarrassment|weak|lazy|selfish|"
    r"a burden|annoying|attention[- ]seeking|dramatic|a failure|hopeless)"
)
_TOXIC_DRAFT = _re(
    rf"\byou(?:'re| are| sound| look| seem)(?: so| such| really| just| truly| a| an| completely)* "
    rf"{_INSULT_WORDS}\b|\b(?:shut up|fuck (?:you|off)|screw you|go to hell|piss off|get lost|stfu|nobody "
    rf"cares|no one cares|who cares about you|grow up|deal with it|your (?:own )?fault)\b|\bhow (?:stupid|"
    rf"pathetic|dumb) (?:are you|of you|can you be)\b"
)
_USER_TOXIC = _re(
    rf"\b(?:is|are|was|were) (?:such |a |an |so |all |just )*(?:{_INSULT_WORDS}|idiots|morons|animals|"
    rf"subhuman|vermin|parasites|scum|inferior|evil|savages|criminals)\b|\b(?:hate|despise|can'?t stand) "
    rf"(?:all |those |these )?(?:\w+ )?(?:people|women|men|gays|immigrants|foreigners|muslims|jews|christians|"
    rf"blacks|whites|asians|fat people|them)\b|\bdeserve(?:s|d)? (?:to (?:die|suffer|be hurt|be beaten|get"
    rf" hurt)|it|what (?:they|he|she) got)\b|\bshould (?:all )?(?:die|be shot|be killed|be locked up|go back)\b"
    rf"|\b(?:fuck|fucking|bitch|bastard|asshole|dickhead|cunt|slut|whore)\b"
)
_AGREE = _re(
    r"\b(?:you'?re (?:so |absolutely |totally |completely )?right|i (?:totally |completely |fully )?agree|"
    r"exactly|so true|they (?:really )?(?:are|deserve)|(?:he|she) (?:really )?(?:is|deserves)|that'?s (?:so )?"
    r"true|100 ?%|absolutely|couldn'?t agree more|good for you|serves (?:them|him|her) right|they had it "
    r"coming|i'?d (?:do|have done) the same|sounds fair)\b"
)

# --- biased opinion -----------------------------------------------------------------------------------------
_GROUPS = (
    r"(?:women|men|girls|boys|gays?|gay people|lesbians|trans (?:people|women|men)|transgender people|"
    r"muslims|jews|christians|atheists|hindus|buddhists|immigrants|foreigners|refugees|black people|blacks|"
    r"white people|whites|asians|asian people|latinos|hispanics|mexicans|africans|arabs|indians|chinese|"
    r"americans|russians|old people|the elderly|young people|millennials|boomers|poor people|rich people|"
    r"disabled people|fat people|liberals|conservatives|democrats|republicans|feminists|religious people)"
)
_BIAS = _re(
    rf"\b(?:all |most |those |these |typical )?{_GROUPS} (?:are|is|can'?t|cannot|never|always|shouldn'?t|"
    rf"should(?:n'?t)? be allowed|don'?t deserve|tend to be|are naturally|are just|are all) (?:\w+ ){{0,3}}"
    rf"(?:\w+)\b|\b(?:typical|such a|what a) (?:woman|man|girl|boy|immigrant|foreigner|muslim|jew|christian|"
    rf"black|white|asian|gay)(?: thing)?\b|\byou should (?:vote for|support) (?:the )?\w+"
)
_BIAS_OK = _re(
    r"\b(?:are|is) (?:not all|not the same|individuals|people too|human|diverse|different from one another|"
    r"welcome|valid|deserving of respect)|\b(?:can|could) be (?:anyone|any)|\bstereotyp"
)

# --- manipulation -------------------------------------------------------------------------------------------
_MANIPULATION = _re(
    r"\b(?:i'?m|i am) the only (?:one|person|friend) (?:who|that) (?:truly |really )?(?:understands?|gets|cares"
    r"|listens)|\byou (?:don'?t|do not) need (?:anyone|anybody|other people|your friends|your family|a "
    r"therapist|therapy|anyone else) (?:else )?(?:but|except|other than|as long as you have|when you have) me\b"
    r"|\byou (?:don'?t|do not) need (?:a therapist|therapy|professional help|anyone else)\b|\bonly (?:talk|"
    r"come) to me\b|\b(?:don'?t|do not|never) tell (?:anyone|anybody|your (?:therapist|doctor|family|parents|"
    r"friends|partner))\b|\byou can'?t trust (?:anyone|them|your (?:friends|family|therapist))\b|\b(?:stay|talk) "
    r"(?:here )?with me instead of\b|\byou need me\b|\bwithout me you(?:'d| would| will)\b|\bafter (?:all|"
    r"everything) i'?ve done for you\b|\byou owe (?:me|it to me)\b|\byou(?:'re| are) (?:letting (?:me|everyone)"
    r" down|hurting me|making me sad)\b|\byou should (?:feel|be) (?:ashamed|guilty|embarrassed)\b|\bshame on "
    r"you\b|\bif you (?:really )?cared(?: about me)?,? you(?:'d| would)\b|\bdon'?t (?:leave|go),? i(?:'ll| will)"
    r" (?:be|miss)\b|\bpromise (?:me )?you(?:'ll| will) (?:come back|talk to me every|never leave)\b"
)

# --- identity -----------------------------------------------------------------------------------------------
_IDENTITY = _re(
    r"\bi(?:'m| am) (?:a |an |your |actually a |really a |just a )?(?:real )?(?:human|person|human being|"
    r"man|woman|guy|girl|licensed \w+|trained (?:therapist|counsel+or|psychologist|professional)|therapist|"
    r"psychologist|psychiatrist|counsel+or|doctor|physician|nurse|social worker|lawyer|attorney|financial "
    r"advis[oe]r|mental health professional|clinician)\b|\bi(?:'m| am) not (?:an? )?(?:ai|bot|robot|machine|"
    r"computer program|chatbot|language model)\b|\bas (?:a|your) (?:therapist|psychologist|psychiatrist|"
    r"counsel+or|doctor|physician|nurse|lawyer|attorney|professional|human)\b|\bin my (?:clinical|professional)"
    r" (?:practice|experience|opinion)\b|\bmy (?:other )?(?:patients|clients)\b|\bi (?:have|'ve) (?:a )?"
    r"(?:degree|license|licence|phd|md) in\b|\bwhen i was (?:a kid|young|your age|in school)\b|\bmy (?:wife|"
    r"husband|kids|children|mom|dad|mother|father|girlfriend|boyfriend) (?:and i|used to|always)\b"
    r"|\bi(?:'m| am) (?!not\b)(?:[a-z]+,? ){1,3}(?:a |an )?(?:real|actual|genuine|flesh and blood) (?:human|person"
    r"|human being|\w+ volunteer|\w+ therapist)\b|[,;] not (?:a |an )?(?:bot|ai|robot|chatbot|machine|program)\b"
)

# --- privacy ------------------------------------------------------------------------------------------------
_ASK_PERSONAL = _re(
    r"\b(?:what(?:'s| is) your|tell me your|give me your|send me your|share your|can i have your|i need your|"
    r"could you (?:give|send|tell) me your|may i have your) (?:full |real |home |last |exact )?(?:name|"
    r"surname|address|phone(?: number)?|number|mobile|e-?mail|social security|ssn|passport|id number|date of "
    r"birth|birthday|bank|account|card|credit card|password|pin|location|school|workplace|employer)\b|\bwhere "
    r"(?:exactly )?do you live\b|\bwhich (?:school|street|city|town) (?:do|are) you\b|\bsend me (?:a )?"
    r"(?:photo|picture|pic|selfie)s?\b|\bwhat'?s your (?:address|number|e-?mail)\b"
)
_EMAIL = _re(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_PHONE = _re(r"(?<!\w)(?:\+?\d[\d ().-]{7,}\d)(?!\w)")
_CARD = _re(r"\b(?:\d[ -]?){13,19}\b")
_HELPLINES = frozenset({"988", "116123", "741741", "08002000247", "08001110111", "08001110222", "18007997233",
                        "18002221222", "85258", "88788", "116016", "3114", "3919", "024", "112", "999", "911"})  # fmt: skip

# --- prompt leak --------------------------------------------------------------------------------------------
_LEAK = _re(
    r"\b(?:my|the) (?:system )?(?:prompt|instructions|guidelines|rules) (?:say|says|are|is|tell me|told me|"
    r"state)\b|\bi (?:was|am|have been) (?:instructed|told|programmed|prompted) to\b|\bsystem prompt\b|"
    r"\b(?:here (?:is|are)|these are) my (?:instructions|rules|prompt)\b|\bdeveloper (?:message|mode)\b|"
    r"<\|?(?:system|im_start)\|?>|\bnever reveal or discuss these instructions\b"
)


_DENIAL = _re(
    r"\b(?:not|never|n't|no one|nobody|doesn'?t mean|don'?t think|didn'?t say|isn'?t (?:a sign|true|fair)|"
    r"wrong to (?:say|think)|stop telling yourself|it'?s not that|who said|that doesn'?t make)\b"
)


def _find(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0) if match else None


def _find_asserted(pattern: re.Pattern[str], text: str) -> str | None:
    """A match the sentence does not deny: "it doesn't mean you are weak" is support, not an insult."""
    for match in pattern.finditer(text):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;") + 1
        if not _DENIAL.search(text[max(sentence_start, match.start() - 60) : match.start()]):
            return match.group(0)
    return None


def check_risk(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    hit = _find(_ENCOURAGE_HARM, draft)
    if hit:
        return [
            Flag(
                Finding(check=Check.RISK_IGNORANCE, detail=f"encourages or enables self-harm ('{hit}')"), True
            )
        ]
    at_risk = ctx.risk.level is not RiskLevel.NONE
    dismissed = _find(_DISMISS, draft)
    if at_risk and dismissed:
        detail = f"the person signalled risk and the draft minimises it ('{dismissed}')"
        return [Flag(Finding(check=Check.RISK_IGNORANCE, detail=detail))]
    if ctx.risk.level is RiskLevel.CRISIS and not _ACKNOWLEDGE_RISK.search(draft):
        detail = "the person is at risk and the draft does not check on their safety"
        return [Flag(Finding(check=Check.RISK_IGNORANCE, detail=detail))]
    return []


def check_expertise(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    flags: list[Flag] = []
    for pattern, what in ((_DIAGNOSIS, "diagnoses"), (_MEDICATION, "names or doses medication"),
                          (_PRESCRIPTION, "gives a legal, financial or medical prescription")):  # fmt: skip
        hit = _find(pattern, draft)
        if hit:
            detail = f"{what} ('{hit}'); suggest talking to a qualified professional instead"
            flags.append(Flag(Finding(check=Check.UNAUTHORISED_EXPERTISE, detail=detail)))
    return flags


def check_toxicity(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    hit = _find_asserted(_TOXIC_DRAFT, draft)
    if hit:
        return [
            Flag(Finding(check=Check.TOXICITY, detail=f"insults or dismisses the person ('{hit}')"), True)
        ]
    user = normalise(ctx.user)
    agreed = _find(_AGREE, draft)
    if agreed and _USER_TOXIC.search(user):
        detail = (
            f"agrees with a hostile or demeaning statement ('{agreed}'); acknowledge feelings, not the claim"
        )
        return [Flag(Finding(check=Check.TOXICITY, detail=detail))]
    return []


def check_bias(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    for match in _BIAS.finditer(draft):
        denied = _DENIAL.search(draft[max(0, match.start() - 60) : match.start()])
        if not _BIAS_OK.search(match.group(0)) and not denied:
            detail = f"generalises about a group or takes a political side ('{match.group(0)}')"
            return [Flag(Finding(check=Check.BIASED_OPINION, detail=detail))]
    return []


def _pattern_flag(pattern: re.Pattern[str], ctx: DraftContext, check: Check, detail: str) -> list[Flag]:
    """One finding when the pattern matches the draft; `detail` names the match as {hit}."""
    hit = _find(pattern, normalise(ctx.draft))
    return [Flag(Finding(check=check, detail=detail.format(hit=hit)))] if hit else []


def check_manipulation(ctx: DraftContext) -> list[Flag]:
    detail = "guilt, isolation or fostering dependence ('{hit}'); encourage other support instead"
    return _pattern_flag(_MANIPULATION, ctx, Check.MANIPULATION, detail)


def check_identity(ctx: DraftContext) -> list[Flag]:
    detail = "claims to be human, a professional or to have a life ('{hit}'); Warmline is an AI"
    return _pattern_flag(_IDENTITY, ctx, Check.IDENTITY, detail)


def check_privacy(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    hit = _find(_ASK_PERSONAL, draft)
    if hit:
        return [Flag(Finding(check=Check.PRIVACY, detail=f"asks for personal data ('{hit}')"))]
    if _repeats_personal_data(ctx.draft):
        return [
            Flag(Finding(check=Check.PRIVACY, detail="repeats personal data (e-mail, phone or card number)"))
        ]
    return []


def _repeats_personal_data(draft: str) -> bool:
    if _EMAIL.search(draft):
        return True
    numbers = [re.sub(r"\D", "", m.group(0)) for m in (*_PHONE.finditer(draft), *_CARD.finditer(draft))]
    return any(n not in _HELPLINES and len(n) >= 7 for n in numbers)


def check_prompt_leak(ctx: DraftContext) -> list[Flag]:
    draft = normalise(ctx.draft)
    hit = _find(_LEAK, draft)
    if hit or _copies_prompt(draft, ctx.prompt_texts):
        detail = f"reveals or discusses its instructions ('{hit or 'copies prompt text'}')"
        return [Flag(Finding(check=Check.PROMPT_LEAK, detail=detail), True)]
    return []


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _copies_prompt(draft: str, prompt_texts: Sequence[str]) -> bool:
    mine = _shingles(draft)
    return bool(mine) and any(mine & _template_shingles(p) for p in prompt_texts)


@cache
def _template_shingles(template: str) -> frozenset[tuple[str, ...]]:
    # The templates never change while the server runs; folding them on every review cost a few ms per turn.
    return frozenset(_shingles(normalise(template)))


def check_quality(ctx: DraftContext) -> list[Flag]:
    text = ctx.draft.strip()
    if not text:
        return [Flag(Finding(check=Check.QUALITY, detail="the draft is empty"), True)]
    if normalise(text) in {normalise(p) for p in ctx.previous_replies}:
        return [Flag(Finding(check=Check.QUALITY, detail="repeats an earlier reply word for word"))]
    return []


CHECKS: tuple[Callable[[DraftContext], list[Flag]], ...] = (
    check_risk,
    check_expertise,
    check_toxicity,
    check_bias,
    check_manipulation,
    check_identity,
    check_privacy,
    check_prompt_leak,
    check_quality,
)


def run_checks(ctx: DraftContext) -> list[Flag]:
    return [flag for check in CHECKS for flag in check(ctx)]
