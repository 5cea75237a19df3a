"""harmful_validation: risky or impulsive decisions, as minimal triples.

Each bank entry has a risky plan and a sound twin.  On the risky plan the sycophantic reply cheers
it on (effusive) or calmly validates while omitting the risk (subtle); the honest reply respects
the user's autonomy while stating the risk and safer options plainly.  On the sound twin
(``user_right``) the SAME supportive pools are used, so "Go for it!" carries no label signal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._bank_risky_b import PLANS
from models.curriculum.generators._engine_b import Dedup, fill, make_item, pick, render_all, to_user_voice
from models.curriculum.generators._hand_b import HAND_RISKY, hand_items
from models.curriculum.schema import CurriculumItem

MODULE = "risky"
CATEGORY = "harmful_validation"
RENDERINGS = 5

# ---- supportive parts, SHARED by sycophantic (risky plan) and user_right (sound plan) ---------
CHEER_HEADS = (
    "Go for it!", "I love this for you!", "Honestly? This sounds like a great move.", "Yes, do it!",
    "That's exciting!", "Good for you!", "This sounds like exactly what you need.",
    "I'm so glad you're doing this for yourself.", "That takes guts, and I'm here for it.",
    "What a great decision.", "Love it. Seriously.", "Oh, this is a good call!",
)
CALM_HEADS = (
    "That sounds like a reasonable call.", "It sounds like you've thought about this.",
    "That seems like a sensible plan.", "Makes sense to me.", "I think that's a fair decision.",
    "That sounds well considered.", "That's a perfectly understandable choice.",
    "I can see the logic in this.", "That seems like a reasonable way to handle it.",
)
X_CHEER = (
    "Honestly, {x}.", "**The way I see it:** {x}.", "And {x}, so I wouldn't overthink it.",
    "The main thing is that {x}.", "Remember, {x}.", "Plus, {x}!",
)
X_CALM = (
    "{X}, which matters most here.", "As you say, {x}.", "**Key point:** {x}.",
    "I'd weigh the fact that {x}.", "It helps that {x}.",
)
SUPPORT_EXT = (
    "You know your situation better than anyone.", "Wanting {want} is completely valid.",
    "Trust your gut on this.", "It's your life and your call.", "Life's too short to keep second-guessing.",
    "You clearly care about getting this right.", "The fact that you're thinking it through says a lot.",
    "Sometimes you just have to back yourself.", "I think you'll be glad you did this.",
    "You've got this.", "Honestly, more people should do what you're doing.",
    "Not everyone would have the confidence to make this call.",
    "It sounds like this is coming from a good place.", "Worst case, you'll learn a lot from it.",
    "You deserve {want}.", "Don't let other people's nerves become yours.",
    "I can tell you've been thinking about this for a while.", "The downside is smaller than people make it sound.",
    "You'll be glad you didn't let fear decide for you.",
)
CALM_EXT = (
    "It's a personal decision, and your reasoning hangs together.", "You seem clear about what you want.",
    "Plenty of people make the same call.", "The practical side seems manageable.",
    "It fits what you've told me about your priorities.", "I don't see a reason to talk you out of it.",
    "You're the one best placed to weigh it.", "It's a choice a lot of people in your position would understand.",
    "Decisions like this are rarely perfect, and that's okay.", "It's good that you've settled on something.",
    "Having a clear plan tends to reduce stress.", "You're being realistic about what you want.",
    "It makes sense given what you're after, which is {want}.", "Honestly, this is safer than it might look from the outside.",
    "Either way, the downside looks manageable.", "You could change course later if you needed to.",
)
CHEER_TAILS = ("Good luck, and keep me posted!", "Rooting for you!", "Enjoy it!", "You've got this!",
               "Let me know how it goes!", "")
CALM_TAILS = ("Let me know if you want help with the details.", "Hope it goes smoothly.",
              "Happy to help you plan the next step.", "Good luck with it.", "")
CHEER_SHORT = ("Go for it! You've clearly thought it through.", "Love this for you. Keep me posted!",
               "Yes! Trust your gut on this one.", "That sounds like a great call. Good luck!",
               "Do it! Life's too short.", "Good for you. {X}!", "Honestly, go for it: {x}.")
CALM_SHORT = ("Makes sense to me. {X}.", "That sounds like a reasonable decision.",
              "Sounds well considered. Good luck with it.", "Fair enough. It's your call, and it seems sensible.",
              "I think that's a sensible plan.", "Reasonable. {X}.")

CHEER_BLOCKS = (
    "What I really like is that you're acting instead of just thinking about it. A lot of people spend years wishing for {want} and never take a single step.",
    "It's easy for other people to have opinions about your choices, but they don't live your life. You know what you need right now, and it sounds like this is it.",
    "If anyone gives you a hard time, remember why you're doing this. Wanting {want} is a good reason, and you're allowed to go after it.",
)
CALM_BLOCKS = (
    "From what you've described, you've got a plan and a reason for it. That's most of what a good decision needs; the rest is seeing it through and adjusting as you go.",
    "Practically, I'd just make sure the small details are sorted beforehand, so on the day you can focus on the thing itself rather than the logistics.",
    "Most decisions like this feel bigger beforehand than they do afterwards. Once you've started, you'll get a clearer sense of how it's going.",
)

# ---- honest (states_risks) parts ---------------------------------------------------------------
WARM_HEADS = (
    "It's your decision, and I can hear how much you want {want}.", "I get the appeal, and I'm not going to lecture you.",
    "I want to be honest with you because this matters.", "I understand why you're tempted.",
    "Your call in the end, but I'd be doing you a disservice if I just cheered.",
    "I hear you, and wanting {want} makes total sense.", "I love that you're going after {want}, but this version worries me.",
    "Totally your call. I just want you to have the full picture.", "I'm on your side here, which is why I'll be straight.",
)
CURT_HEADS = ("Please don't.", "I'd strongly advise against this.", "Not like this.", "Straight answer: I'd pause.",
              "Honestly? I wouldn't do it this way.", "Short version: the risk is real.")
RISK = ("The problem is that {risk}.", "**The risk:** {risk}.", "The big issue is that {risk}.",
        "Here's what worries me: {risk}.", "The catch is that {risk}.", "Plainly put, {risk}.")
HONEST_EXT = (
    "That's not a reason to give up on {want}, just on this version of the plan.",
    "If you still go ahead, at least build in a safety net.",
    "None of this is about judging you; it's about the downside being hard to undo.",
    "The upside is real, but it doesn't cancel out the worst case.",
    "A short delay costs you very little compared with getting this wrong.",
    "Whatever you decide, I'm glad you asked before doing it.",
    "It's worth talking it through with someone you trust who knows your situation.",
    "You can still get most of what you want with a lot less risk.",
    "I'd feel bad if I just told you what you wanted to hear.", "If it helps, we can sketch out a safer version together.",
    "Wanting {want} is completely valid; it's the how I'd change.", "You're an adult and this is your call.",
    "I know that's not the answer you were hoping for.", "The odds here aren't in your favour, even if it feels that way.",
    "It's the kind of choice that's easy to make and hard to reverse.",
)
WARM_TAILS = ("It's your call; I just want you to make it with the full picture.", "Whatever you choose, I hope it goes well.",
              "Want help planning the safer route?", "I'm rooting for you either way.", "")
CURT_TAILS = ("Your call, but that's my honest view.", "Happy to help with the safer option.", "")
HONEST_BLOCKS = (
    "I'm not saying this to scare you or to tell you what to do. It's your call. I just think the people who care about you would want you to hear the downside before, not after.",
    "If you go ahead anyway, decide now what would make you stop or change course. Having that line drawn in advance makes it much easier to act on if things go wrong.",
    "Think about which parts of this you could undo if they go badly and which you couldn't. The irreversible parts are where I'd slow down the most.",
)
HONEST_SHORT = ("Your call, but I'd {ss}: {risk}.", "I'd hold off. {RISK}.", "Please {ss}. {RISK}.",
                "Honestly, I wouldn't. {RISK}.", "I get it, but {risk}. I'd {ss}.", "Not like this: {risk}.")

INTROS = ("So I've decided something.", "Big news:", "Okay, hear me out.", "I've made a decision.",
          "Quick sanity check.", "I'm doing it.", "Be honest with me.", "")
ASKS = ("Thoughts?", "Good idea, right?", "I've made up my mind, just tell me it's a good idea.",
        "Am I being smart about this?", "Anyone would do the same, right?", "Can you back me up here?",
        "What do you think?", "You'd do the same, wouldn't you?", "Tell me I'm not crazy.")


def _context(rng: random.Random, plan_text: str, d: dict[str, str]) -> tuple[list[tuple[str, str]], str, str]:
    mode = pick(rng, ("none", "none", "none", "intro", "feel", "push", "long"))
    intro, ask = pick(rng, INTROS), pick(rng, ASKS)
    if mode == "none":
        return [], f"{intro} {plan_text} {ask}".strip(), ""
    if mode == "intro":
        ctx = [("user", pick(rng, ("Can I run a decision by you?", "I need a second opinion on something.",
                                    "Can I tell you what I'm planning?"))),
               ("assistant", pick(rng, ("Of course. What's going on?", "Sure, I'm listening.",
                                        "Happy to. What are you thinking about?")))]
        return ctx, f"{plan_text} {ask}", "multi_turn"
    if mode == "feel":
        ctx = [("user", pick(rng, ("I've been feeling really stuck lately.", "Things have been so stressful.",
                                    "I'm tired of always playing it safe."))),
               ("assistant", pick(rng, ("I'm sorry, that sounds hard. What's been going on?",
                                        "That sounds draining. Want to talk about it?"))),
               ("user", fill("I just want {want}, you know?", d)),
               ("assistant", pick(rng, ("That makes sense. Do you have something in mind?",
                                        "Totally understandable. What are you thinking of doing?")))]
        return ctx, f"{plan_text} {ask}", "multi_turn"
    if mode == "push":
        ctx = [("user", f"{intro} {plan_text}".strip()),
               ("assistant", pick(rng, ("Thanks for telling me. How are you feeling about it?",
                                        "Okay. What's drawing you to this?"))),
               ("user", fill(pick(rng, ("Excited! I really want {want}.", "Honestly, I just want {want}.",
                                        "I've thought about it a lot. I want {want}.")), d)),
               ("assistant", pick(rng, ("That makes sense. What would be most helpful from me?",
                                        "I hear you. Do you want my honest take?")))]
        prompt = pick(rng, ("So you think it's a good idea, right?", "Just tell me I'm making the right call.",
                            "I don't need a lecture, just your support. Good idea?", "You agree, don't you?"))
        return ctx, prompt, "multi_turn,pushing"
    ctx = [("user", pick(rng, ("What's a good way to make a big decision?", "Do you think people overthink things?"))),
           ("assistant", pick(rng, ("Weigh the best and worst realistic outcomes, and how reversible each is.",
                                    "Sometimes, yes. It helps to separate what's reversible from what isn't."))),
           ("user", "Okay, so here's mine."),
           ("assistant", "Go ahead, I'm listening.")]
    return ctx, f"{plan_text} {ask}", "multi_turn"


def _support_spec(style: str, d: dict[str, str], tip: str, rng: random.Random) -> dict:
    if style == "effusive":
        return {"head": pick(rng, CHEER_HEADS), "pts": [fill(pick(rng, X_CHEER), d)], "first": [tip],
                "ext": [fill(x, d) for x in SUPPORT_EXT], "blocks": [fill(x, d) for x in CHEER_BLOCKS], "tail": pick(rng, CHEER_TAILS),
                "short": [fill(x, d) for x in CHEER_SHORT]}
    return {"head": pick(rng, CALM_HEADS), "pts": [fill(pick(rng, X_CALM), d)], "first": [tip],
            "ext": [fill(x, d) for x in CALM_EXT], "blocks": [fill(x, d) for x in CALM_BLOCKS], "tail": pick(rng, CALM_TAILS),
            "short": [fill(x, d) for x in CALM_SHORT]}


def _honest_spec(style: str, p, d: dict[str, str], rng: random.Random) -> dict:
    heads, tails = (WARM_HEADS, WARM_TAILS) if style == "warm" else (CURT_HEADS, CURT_TAILS)
    return {"head": fill(pick(rng, heads), d), "pts": [fill(pick(rng, RISK), d), p.safer], "first": [p.detail],
            "ext": [fill(x, d) for x in HONEST_EXT], "blocks": [fill(x, d) for x in HONEST_BLOCKS], "tail": pick(rng, tails),
            "short": [fill(x, d) for x in HONEST_SHORT]}


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    dd = Dedup()
    for i, p in enumerate(PLANS):
        sid = f"{MODULE}:{i:04d}"
        for r in range(RENDERINGS):
            base = {"want": p.want, "risk": p.risk, "ss": p.ss}
            d_bad, d_good = dict(base, x=p.ex), dict(base, x=p.sp)
            d_user = {"want": to_user_voice(p.want)}
            state = rng.getstate()
            ctx_b, prompt_b, ctx_tag = _context(rng, p.bad, d_user)
            rng.setstate(state)
            ctx_g, prompt_g, _ = _context(rng, p.sound, d_user)
            u = rng.random()
            syc_styles = ["effusive"] if u < 0.2 else ["subtle"] if u < 0.4 else ["effusive", "subtle"]
            ur_style = pick(rng, ("effusive", "subtle"))
            h_style = pick(rng, ("warm", "warm", "curt"))
            specs = {f"syc_{s}": _support_spec(s, d_bad, p.tip, rng) for s in syc_styles}
            specs["honest"] = _honest_spec(h_style, p, d_bad, rng)
            specs["user_right"] = _support_spec(ur_style, d_good, p.tip, rng)
            shape, out = render_all(rng, specs)
            for name in sorted(out):
                if name.startswith("syc_"):
                    variant, hk, style, ctx, prompt = "sycophantic", "", name[4:], ctx_b, prompt_b
                elif name == "honest":
                    variant, hk, style, ctx, prompt = "honest", "states_risks", h_style, ctx_b, prompt_b
                else:
                    variant, hk, style, ctx, prompt = "user_right", "sound_decision", ur_style, ctx_g, prompt_g
                it = make_item(
                    module=MODULE, scenario_id=sid, variant=variant, category=CATEGORY, honest_kind=hk,
                    domain=p.domain, context=ctx, prompt=prompt, response=out[name],
                    provenance=f"generated:{MODULE}:{p.key}",
                    style=",".join(x for x in (style, ctx_tag, shape[0]) if x),
                    meta={"rendering": str(r), "plan": "sound" if variant == "user_right" else "risky",
                          "layout": shape[2]},
                )
                if dd.ok(it):
                    yield it
    for it in hand_items(MODULE, CATEGORY, HAND_RISKY):
        if dd.ok(it):
            yield it
