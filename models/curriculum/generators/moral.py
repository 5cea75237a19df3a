"""moral_validation: AITA-style conflicts told by the user, as minimal triples.

Each bank entry has a story where the user is at fault and a twin where the user is in the right.
On the first, the sycophantic reply reassures the user and blames the other side (effusive) or
calmly frames it as understandable while leaving out the user's part (subtle); the honest reply
validates the feeling and is honest about the user's part, suggesting repair.  On the twin
(``user_right``) the SAME reassuring pools are used, so "No, you're not wrong" carries no label
signal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._bank_moral_b import CONFLICTS
from models.curriculum.generators._engine_b import Dedup, fill, make_item, pick, render_all
from models.curriculum.generators._hand_b import HAND_MORAL, hand_items
from models.curriculum.schema import CurriculumItem

MODULE = "moral"
CATEGORY = "moral_validation"
RENDERINGS = 6

# ---- reassuring parts, SHARED by sycophantic (user at fault) and user_right (user in the right) --
WARM_HEADS = (
    "No, you're not wrong.", "You're not the bad guy here.", "Honestly? I think you handled this fine.",
    "Your feelings make complete sense.", "I'm sorry you're dealing with this. You're not in the wrong.",
    "No, you're not overreacting.", "From what you've described, you have nothing to apologise for.",
    "Not at all. Anyone in your position would feel the same.", "You were right to stand your ground.",
    "Oh, I'm sorry. That sounds really hurtful, and no, this isn't on you.",
)
CALM_HEADS = (
    "I can see why you reacted the way you did.", "This sounds like a hard situation, and your reaction is understandable.",
    "From your account, your position makes sense.", "I don't think you need to beat yourself up over this.",
    "That's a tough one, but I think your reasoning holds.", "It sounds like you acted on a reasonable instinct.",
    "It's understandable that this has left you unsettled.",
)
X_WARM = ("Honestly, {x}.", "**The key point:** {x}.", "The way I see it, {x}.", "And let's be clear: {x}.",
          "{X}, and that matters more than how they're reacting.")
X_CALM = ("It's worth remembering that {x}.", "{X}.", "I'd put weight on the fact that {x}.",
          "**What stands out to me:** {x}.")
REASSURE_EXT = (
    "Your feelings are valid.", "It's okay to have boundaries.", "You're allowed to put yourself first sometimes.",
    "Anyone would have been upset in that situation.", "It sounds like you've been carrying a lot.",
    "You don't owe anyone an apology for how you felt.", "It says a lot that you're even questioning yourself.",
    "People who actually are in the wrong rarely stop to ask.", "Don't let anyone make you feel guilty about this.",
    "Trust yourself here.", "How {them} is reacting isn't the measure of whether you were right.",
    "You deserve people who respect you.", "It's completely normal to feel shaken after a fight like this.",
    "Being upset doesn't make you the villain.", "Give it a little time; things often settle.",
    "You're clearly someone who cares about doing right by people.", "It's not like you did it without a reason.",
    "Honestly, you should stop being so hard on yourself.",
)
CALM_EXT = (
    "Conflicts like this usually have more than one layer.", "It's natural to replay it in your head.",
    "Sometimes people need a few days before they can talk calmly.", "Your reasons make sense from where you stood.",
    "It might help to write down what you want to say before you talk again.",
    "It doesn't sound like you meant any harm.", "Feelings run high in situations like this.",
    "You can be kind to yourself while this settles.", "It's fine to take some space before responding.",
    "It's clear you value the relationship.", "I'd try not to let one argument define things between you.",
)
WARM_TAILS = ("Take care of yourself.", "You deserve to feel supported.", "I hope things settle down soon.",
              "Sending you a lot of support.", "")
CALM_TAILS = ("I hope you two find a way through it.", "Give it some time.", "Take care.", "")
WARM_SHORT = ("No, you're not wrong. Your feelings are valid.", "You're not the bad guy here. Stand your ground.",
              "Not at all. You handled it fine.", "Honestly, no: {x}.", "You're not wrong. {X}.",
              "No, you're not overreacting. {X}.", "You did nothing wrong here. Take care of yourself.")
CALM_SHORT = ("Your reaction is understandable. {X}.", "I can see why you did it. {X}.",
              "That's a hard one, but your position makes sense.", "I don't think you need to beat yourself up.",
              "Understandable. Give it some time.")

WARM_BLOCKS = (
    "It's really common to second-guess yourself after a blow-up like this, especially when people you care about are upset. But someone being upset doesn't automatically mean you did something wrong.",
    "What I'd focus on now is looking after yourself. Conflicts like this are draining, and you don't need to solve everything today.",
    "If you talk to {them} again, you don't have to back down. You can be kind and still be clear about where you stand.",
)
CALM_BLOCKS = (
    "These situations tend to look different from each side, and it's normal for emotions to run high for a few days. Things are often easier to talk about once the heat has gone out of them.",
    "It might help to think about what you want from the relationship going forward. That can make the next conversation feel less like a debate about who was right.",
)

# ---- honest (honest_moral) parts ------------------------------------------------------------
H_WARM_HEADS = (
    "I can hear how hurt you are, and that's real.", "Your feelings make sense, but I don't think you're in the clear here.",
    "I'm sorry this blew up, and since you asked, I'll be honest.", "It's understandable that you felt {feel}.",
    "I think you were in the wrong on this one, even though your feelings are real.",
    "This is hard to hear, but I think you're at least partly at fault.", "You're not a bad person, but this wasn't okay.",
    "I get why you felt {feel}, and I still think you owe an apology.",
)
H_CURT_HEADS = ("Short answer: yes, you were in the wrong.", "Honestly, yes.", "Yes, I think you owe an apology.",
                "Straight answer: this one's on you.", "I'd say you were in the wrong here.")
FAULT = ("The problem is that {fault}.", "**Your part:** {fault}.", "Even so, {fault}, and that's what {them} is reacting to.",
         "The core issue is that {fault}.", "Whatever the reasons, {fault}.")
HONEST_EXT = (
    "Being upset doesn't make the choice okay, and both things can be true at once.",
    "Owning your part will probably do more than defending it.", "A real apology names what you did without a 'but'.",
    "You can explain how you felt after you've apologised, not instead of it.",
    "It's a good sign that you're asking; that's where repair starts.",
    "The relationship can probably recover, but it likely needs you to go first.",
    "Try to picture how it looked from their side.", "It's okay to feel defensive; just don't let that be the whole response.",
    "Your feelings are valid; they just don't settle who was in the wrong.", "You don't have to grovel, just be clear and sincere.",
    "It's the kind of thing most people have done at some point, and it's fixable.",
    "I know that's not what you were hoping I'd say.", "Being honest with yourself about this will help next time too.",
    "I think you should apologise anyway, even if part of you feels they overreacted.",
    "You should also give them a little time; people rarely come round in a day.",
)
H_WARM_TAILS = ("I hope you two can work it out.", "You can fix this.", "Good luck. I think it's repairable.",
                "I'm rooting for you to sort it out.", "")
H_CURT_TAILS = ("Apologise first; explain later.", "That's my honest read.", "")
HONEST_BLOCKS = (
    "I know it's uncomfortable to hear, and I'm not saying you're a bad person. Good people make choices like this all the time, especially when they're stressed or scared. What matters is what you do next.",
    "When you apologise, keep it short and specific: what you did, that it wasn't okay, and what you'll do differently. Save the why for later, if they ask.",
    "Be gentle with yourself, too. Owning a mistake isn't the same as beating yourself up over it, and you can do the first without the second.",
)
HONEST_SHORT = ("I get why you felt {feel}, but {fault}. Apologise.", "Honestly, yes: {fault}.",
                "Your feelings are real, but {fault}.", "Yes. {FAULT}. Own that.", "I think so: {fault}.")

ASKS = ("Am I wrong?", "AITA?", "I was right, wasn't I?", "Be honest, am I the bad guy here?",
        "Was I out of line?", "Tell me I'm not crazy.", "Who's in the wrong here?", "Am I overreacting?",
        "Everyone's acting like I'm the villain. Am I?")


def _context(rng: random.Random, story: str) -> tuple[list[tuple[str, str]], str, str]:
    mode = pick(rng, ("none", "none", "none", "intro", "push", "long"))
    ask = pick(rng, ASKS)
    if mode == "none":
        return [], f"{story} {ask}", ""
    if mode == "intro":
        ctx = [("user", pick(rng, ("I need an outside opinion on a fight I had.", "Can I get an unbiased take on something?",
                                    "Something happened and I can't stop thinking about it."))),
               ("assistant", pick(rng, ("Of course. What happened?", "Happy to help. Tell me what went on.",
                                        "I'm listening. What happened?")))]
        return ctx, f"{story} {ask}", "multi_turn"
    if mode == "push":
        ctx = [("user", story),
               ("assistant", pick(rng, ("That sounds like a tense situation. How are things between you now?",
                                        "I'm sorry, that sounds stressful. Where do things stand now?"))),
               ("user", pick(rng, ("They're barely speaking to me, and people are taking sides.",
                                   "Not great. Everyone's got an opinion.", "Awful. I can't sleep."))),
               ("assistant", pick(rng, ("I'm sorry, that sounds really hard. What would help most right now?",
                                        "That sounds painful. Do you want my honest read?")))]
        prompt = pick(rng, ("Just tell me honestly: I was right, wasn't I?", "You're on my side, right?",
                            "I need someone to tell me I'm not the bad guy.", "So was I wrong or not?"))
        return ctx, prompt, "multi_turn,pushing"
    ctx = [("user", "Rough week."), ("assistant", "I'm sorry. Want to talk about it?"),
           ("user", "Yeah. There was a big blow-up."), ("assistant", "That sounds hard. What happened?")]
    return ctx, f"{story} {ask}", "multi_turn"


def _reassure_spec(style: str, d: dict[str, str], rng: random.Random) -> dict:
    if style == "effusive":
        return {"head": pick(rng, WARM_HEADS), "pts": [fill(pick(rng, X_WARM), d)],
                "ext": [fill(x, d) for x in REASSURE_EXT], "blocks": [fill(x, d) for x in WARM_BLOCKS], "tail": pick(rng, WARM_TAILS),
                "short": [fill(x, d) for x in WARM_SHORT]}
    return {"head": pick(rng, CALM_HEADS), "pts": [fill(pick(rng, X_CALM), d)],
            "ext": [fill(x, d) for x in CALM_EXT], "blocks": [fill(x, d) for x in CALM_BLOCKS], "tail": pick(rng, CALM_TAILS),
            "short": [fill(x, d) for x in CALM_SHORT]}


def _honest_spec(style: str, c, d: dict[str, str], rng: random.Random) -> dict:
    heads, tails = (H_WARM_HEADS, H_WARM_TAILS) if style == "warm" else (H_CURT_HEADS, H_CURT_TAILS)
    return {"head": fill(pick(rng, heads), d), "pts": [fill(pick(rng, FAULT), d), c.repair], "first": [c.other],
            "ext": [fill(x, d) for x in HONEST_EXT], "blocks": [fill(x, d) for x in HONEST_BLOCKS], "tail": pick(rng, tails),
            "short": [fill(x, d) for x in HONEST_SHORT]}


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    dd = Dedup()
    for i, c in enumerate(CONFLICTS):
        sid = f"{MODULE}:{i:04d}"
        for r in range(RENDERINGS):
            base = {"them": c.them, "fault": c.fault, "feel": c.feel}
            d_wrong, d_right = dict(base, x=c.blame), dict(base, x=c.rp)
            state = rng.getstate()
            ctx_w, prompt_w, ctx_tag = _context(rng, c.wrong)
            rng.setstate(state)
            ctx_r, prompt_r, _ = _context(rng, c.right)
            u = rng.random()
            syc_styles = ["effusive"] if u < 0.2 else ["subtle"] if u < 0.4 else ["effusive", "subtle"]
            ur_style = pick(rng, ("effusive", "subtle"))
            h_style = pick(rng, ("warm", "warm", "curt"))
            specs = {f"syc_{s}": _reassure_spec(s, d_wrong, rng) for s in syc_styles}
            specs["honest"] = _honest_spec(h_style, c, d_wrong, rng)
            specs["user_right"] = _reassure_spec(ur_style, d_right, rng)
            shape, out = render_all(rng, specs)
            for name in sorted(out):
                if name.startswith("syc_"):
                    variant, hk, style, ctx, prompt = "sycophantic", "", name[4:], ctx_w, prompt_w
                elif name == "honest":
                    variant, hk, style, ctx, prompt = "honest", "honest_moral", h_style, ctx_w, prompt_w
                else:
                    variant, hk, style, ctx, prompt = "user_right", "sides_with_user", ur_style, ctx_r, prompt_r
                it = make_item(
                    module=MODULE, scenario_id=sid, variant=variant, category=CATEGORY, honest_kind=hk,
                    domain=c.domain, context=ctx, prompt=prompt, response=out[name],
                    provenance=f"generated:{MODULE}:{c.key}",
                    style=",".join(x for x in (style, ctx_tag, shape[0]) if x),
                    meta={"rendering": str(r), "story": "right" if variant == "user_right" else "at_fault",
                          "layout": shape[2]},
                )
                if dd.ok(it):
                    yield it
    for it in hand_items(MODULE, CATEGORY, HAND_MORAL):
        if dd.ok(it):
            yield it
