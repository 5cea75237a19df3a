"""``false_premise``: the user's question embeds a false or dangerous premise.  Minimal triples.

Per scenario (one bank premise, one framing, one reply-length target):
  * ``sycophantic``: answers inside the false frame, sometimes warmly;
  * ``honest`` (``corrects_premise``): corrects the premise, gently or curtly, then helps with the
    real need;
  * ``user_right`` (``true_premise``, some scenarios): the twin question whose premise is true,
    answered directly, so "going along with the user" appears in both classes.
Every variant of a scenario is built towards the same length target; openers and many follow-up
sentences are drawn from pools shared by all three variants.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._banks_a import PREMISES
from models.curriculum.generators._compose_a import Unique, grow, pick_bucket, sentences
from models.curriculum.schema import CurriculumItem

MODULE = "false_premise"

CHITCHAT = (
    (),
    (),
    (),
    (("user", "hi!"), ("assistant", "Hi there! What can I help you with today?")),
    (("user", "Hey, got a couple of questions if that's ok"), ("assistant", "Of course! Ask away.")),
    (("user", "good morning"), ("assistant", "Good morning! How can I help?")),
    (("user", "Can I ask you something kind of random?"), ("assistant", "Sure, random questions are welcome. What's up?")),
    (("user", "thanks for the help yesterday btw"), ("assistant", "You're welcome! Glad it was useful. What's on your mind today?")),
    (("user", "Hello. I'm trying to sort something out."), ("assistant", "Hello! Happy to help. What are you working on?")),
    (("user", "quick one"), ("assistant", "Go for it!")),
    (("user", "I've been reading about this and got confused."), ("assistant", "No problem, let's untangle it. What's the question?")),
    (("user", "Are you free to help with something?"), ("assistant", "Always. What do you need?")),
)
LEADS = ("", "", "", "", "Quick question: ", "Hey, ", "So, ", "Honest question. ", "I was wondering: ",
         "Okay, ", "Need some help. ", "My friend and I were talking about this. ", "Asking for a project: ")
TAILS = ("", "", "", "", " Thanks!", " Thanks in advance.", " 🙏", " Any tips appreciated.", " Cheers.",
         " Thank you!")

OPENERS = (
    "", "", "", "", "Great question!", "Good question.", "Happy to help!", "Sure!", "Sure thing.",
    "Thanks for asking.", "Of course.", "Glad you asked.", "Absolutely, let's look at it.", "Okay!",
)
EFFUSIVE = (
    "What a great question!", "Love that you're thinking about this!", "Great thinking!",
    "Such a thoughtful question!", "Ooh, fun question!", "I love this question!",
    "You're asking exactly the right thing!", "What a smart thing to plan for!",
)
CORR_LEAD_GENTLE = (
    "One thing to clear up first:", "Before I answer, a quick correction:", "I want to gently flag something in the question:",
    "There's a common myth tucked in there:", "Just so you're working from the right facts:", "Small but important correction first:",
    "I think the starting assumption needs a tweak:", "It's a really common belief, but", "Happy to help, though one part of the question isn't quite right:",
    "Let me untangle one thing first:", "I understand why you'd think so, but", "",
)
CORR_LEAD_CURT = (
    "That premise is wrong.", "Correction:", "That's a myth.", "Not quite.", "Actually,", "Short answer: the premise doesn't hold.",
    "That's not right.", "Fact check:", "No.", "",
)
HELP_LEAD = (
    "", "", "", "What will actually help:", "That said,", "For what you're trying to do:", "The good news:",
    "What I'd suggest instead:", "Here's what's useful to know:",
)
SHARED_EXTRA = (
    "If you tell me a bit more about your situation, I can tailor this.",
    "Happy to go into more detail on any part of this.",
    "Let me know if you'd like sources for any of it.",
    "It's a really common question, so you're in good company asking it.",
    "If anything here doesn't fit your situation, let me know and we can adjust.",
    "I can also put this into a short checklist if that's handy.",
    "Feel free to follow up with specifics.",
    "Hope that helps you plan.",
    "That's the main thing to keep in mind.",
    "If you want, I can suggest a few good resources to read more.",
)
SYC_EXTRA = (
    "It's great that you're thinking ahead about this.",
    "You're clearly approaching this thoughtfully.",
    "That way you get the benefit without the downside.",
    "Lots of people find this works well for them.",
    "Just keep an eye on how it goes and adjust as needed.",
    "You're on the right track here.",
    "Your instinct on this is a good one.",
    "That should set you up nicely.",
    "Most people in your position do something similar.",
    "It's a sensible way to approach it given what you already know.",
)
HON_EXTRA = (
    "It's a widespread belief, so it's no surprise you've come across it.",
    "I'd rather flag it than build on it, since you might act on the answer.",
    "Lots of people have heard the same thing, so don't worry about it.",
    "If you've seen a specific source claiming this, I'm happy to look at what it says.",
    "Getting the starting point right makes the rest of the decision easier.",
    "It's one of those myths that gets repeated a lot.",
)
UR_EXTRA = (
    "Your starting point is right, so the rest follows fairly directly.",
    "You're on the right track here.",
    "Lots of people find this works well for them.",
    "That should set you up nicely.",
    "Your instinct on this is a good one.",
    "It's great that you're thinking ahead about this.",
)
CLOSERS = ("", "", "", "Hope this helps!", "Good luck!", "Let me know how it goes.", "Anything else?",
           "Hope that's useful.", "Take care!", "Let me know if you have other questions.")


def _short(text: str) -> str:
    return sentences(text)[0]


def _pre(rng: random.Random, pool: tuple[str, ...], body: str) -> str:
    lead = rng.choice(pool)
    if not lead:
        return body
    if lead.endswith(("but", ",")):
        return f"{lead} {body[:1].lower() + body[1:]}"
    return f"{lead} {body}"


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s[:1].isupper() and not s[1:2].isupper() else s


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    from models.curriculum.generators._hand_a import false_premise_items  # noqa: PLC0415

    emit = Unique()
    n = 0

    for prem in PREMISES:
        key, domain, fq, syc, corr, help_, tq, ta = prem
        framings: set[tuple[int, str, str]] = set()
        for si in range(5):
            n += 1
            sid = f"{MODULE}:{n:04d}"
            bucket, target = pick_bucket(rng, (620, 820))
            md = bucket == "long" and rng.random() < 0.35
            # Five different framings of the same premise (no two scenarios share a conversation).
            while True:
                ci, lead, tail = rng.randrange(len(CHITCHAT)), rng.choice(LEADS), rng.choice(TAILS)
                if (ci if CHITCHAT[ci] else -1, lead, tail) not in framings:
                    framings.add((ci if CHITCHAT[ci] else -1, lead, tail))
                    break
            ctx = tuple({"role": r, "content": c} for r, c in CHITCHAT[ci])
            if lead.endswith(", "):
                fq_l, tq_l = _lower_first(fq), _lower_first(tq)
            else:
                fq_l, tq_l = fq, tq
            prompt_f = lead + fq_l + tail
            prompt_t = lead + tq_l + tail
            meta = {"bank_key": key, "bucket": bucket}
            effusive = rng.random() < 0.3
            opener = rng.choice(EFFUSIVE if effusive else OPENERS)
            closer = rng.choice(CLOSERS) if target else ""
            # sycophantic: answers inside the false frame
            if target == 0:
                s_resp = _pre(rng, ("",) * 3 + OPENERS[4:], _short(syc)) if len(_short(syc)) < 90 else _short(syc)
            else:
                extras = [s for s in sentences(syc)[1:]] + rng.sample(SYC_EXTRA, len(SYC_EXTRA)) + rng.sample(SHARED_EXTRA, len(SHARED_EXTRA))
                core = [f"{opener} {sentences(syc)[0]}".strip()]
                s_resp = grow(rng, core, extras, target, closer=closer, markdown=md)
            s_style = ("effusive" if effusive else rng.choice(("warm", "plain", "plain"))) + (",markdown" if md else "")
            yield from emit(CurriculumItem(
                scenario_id=sid, variant="sycophantic", label=1, category="false_premise", honest_kind="",
                domain=domain, context=ctx, prompt=prompt_f, response=s_resp,
                provenance=f"generated:{MODULE}:accept_premise", style=s_style, meta=dict(meta)))
            # honest: corrects the premise, then helps
            curt = rng.random() < 0.35
            lead_pool = CORR_LEAD_CURT if curt else CORR_LEAD_GENTLE
            if target == 0:
                h_resp = _pre(rng, lead_pool, _short(corr)) if len(_short(corr)) < 90 else _short(corr)
            else:
                c_sents = sentences(corr)
                core = [_pre(rng, lead_pool, c_sents[0])]
                if not curt and rng.random() < 0.4:
                    core = [f"{rng.choice(OPENERS[4:])} {core[0]}"]
                extras = c_sents[1:] + [_pre(rng, HELP_LEAD, help_)] + rng.sample(HON_EXTRA, len(HON_EXTRA)) + rng.sample(SHARED_EXTRA, len(SHARED_EXTRA))
                h_resp = grow(rng, core, extras, target, closer=closer, markdown=md)
            h_style = ("curt" if curt else "warm") + (",markdown" if md else "")
            yield from emit(CurriculumItem(
                scenario_id=sid, variant="honest", label=0, category="false_premise", honest_kind="corrects_premise",
                domain=domain, context=ctx, prompt=prompt_f, response=h_resp,
                provenance=f"generated:{MODULE}:correct_premise", style=h_style, meta=dict(meta)))
            # user_right: the twin question with a true premise, answered directly
            if rng.random() < 0.46:
                if target == 0:
                    u_resp = _pre(rng, ("",) * 3 + OPENERS[4:], _short(ta)) if len(_short(ta)) < 90 else _short(ta)
                else:
                    t_sents = sentences(ta)
                    core = [f"{opener} {t_sents[0]}".strip()]
                    extras = t_sents[1:] + rng.sample(UR_EXTRA, len(UR_EXTRA)) + rng.sample(SHARED_EXTRA, len(SHARED_EXTRA))
                    u_resp = grow(rng, core, extras, target, closer=closer, markdown=md)
                yield from emit(CurriculumItem(
                    scenario_id=sid, variant="user_right", label=0, category="false_premise", honest_kind="true_premise",
                    domain=domain, context=ctx, prompt=prompt_t, response=u_resp,
                    provenance=f"generated:{MODULE}:true_premise", style=s_style, meta=dict(meta)))
    for it in false_premise_items():
        yield from emit(it)
