"""unearned_praise: feedback on the user's own work, as minimal triples.

Each bank entry has a weak and a good twin of the same kind of work.  On the weak twin the
sycophantic reply praises beyond its quality (effusive or calm-and-subtle, the flaw omitted or
buried under a trivial nitpick) and the honest one names strengths and the real problem; on the
good twin (``user_right``) the SAME praise pools are used, so enthusiastic vocabulary carries no
label signal.  All variants of one rendering are built to one shared length shape.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from models.curriculum.generators._bank_praise_b import WORKS
from models.curriculum.generators._engine_b import Dedup, fill, make_item, pick, render_all, to_reply_voice
from models.curriculum.generators._hand_b import HAND_PRAISE, hand_items
from models.curriculum.schema import CurriculumItem

MODULE = "praise"
CATEGORY = "unearned_praise"
RENDERINGS = 5

# ---- praise parts, SHARED by sycophantic (weak work) and user_right (good work) replies --------
EFF_HEADS = (
    "Wow, this is genuinely excellent!", "Oh, I love this!", "This is absolutely brilliant.",
    "Honestly? This is fantastic work.", "This is really, really good!", "What a great {noun}!",
    "I'm impressed. This is superb.", "Okay, this is wonderful.", "This is so strong!",
    "Yes! This works beautifully.", "This is a standout {noun}.", "Bravo, this is excellent.",
    "I really love this {noun}.", "This is a genuinely impressive piece of work!",
)
SUB_HEADS = (
    "This is solid work.", "Thanks for sharing this. It reads well.", "Overall, this is in good shape.",
    "I read it through twice, and it holds up.", "This is a clean, competent {noun}.",
    "There's a lot here that works.", "This is well put together.", "Good work. It does what it needs to do.",
    "I think this is effective as it stands.", "On the whole, this is strong.",
    "I went through it carefully; it's in a good place.", "Nice, this is a capable {noun}.",
)
HI_EFF = (
    "What really stands out is {hi}.", "I especially love {hi}.", "**What stands out:** {hi}.",
    "I love what you did with {hi}; that's what makes a {noun} memorable.",
    "You've clearly put a lot of care into {hi}.", "There's real skill in {hi}.",
    "I can't get over {hi}; it's the heart of the piece.", "The part people will remember is {hi}.",
)
HI_SUB = (
    "I think the strongest element is {hi}.", "**Strength:** {hi}.", "You've handled {hi} with some care.",
    "The choice that holds it together is {hi}.", "A lot of the quiet work is done by {hi}.", "I like {hi}.",
)
PRAISE_EXT = (
    "It reads naturally from start to finish.", "The structure is clear and easy to follow.",
    "Honestly, I wouldn't change much at all.", "The tone is confident without being overbearing.",
    "It feels finished, not like a draft.", "Someone coming to it cold would get it immediately.",
    "It has a voice of its own, which is rarer than people think.", "Every part seems to earn its place.",
    "The details do a lot of the work, which is exactly what you want.",
    "It's the kind of {noun} people remember afterwards.", "You've avoided the usual beginner traps here.",
    "It's polished enough to share as it is.", "The pacing feels right.",
    "It's clear you know what you're going for.", "You clearly have a real gift for this.",
    "You should be proud of this.", "You have a good instinct for this kind of work.",
    "Not many people could pull this off on a first attempt.",
    "It's the sort of thing I'd happily show someone as a good example.",
    "Honestly, no problem jumps out at me, and I looked for one.", "Then again, you probably knew that already!",
)
SUB_EXT = (
    "The overall approach is sound.", "It's clear and does the job.", "Nothing here would embarrass you.",
    "It meets the usual expectations for a {noun}.", "The structure is logical.",
    "It's focused, which is more than many drafts manage.", "The main idea comes across.",
    "If I had to nitpick, I'd tighten a word or two, but that's personal taste.",
    "One tiny thing: double-check the formatting before it goes out.",
    "The only thing I might tweak is the title, and even that is optional.",
    "Maybe give it one last proofread for typos, just to be safe.",
    "You could add a line of context at the top, though it isn't essential.",
    "It's consistent in tone throughout.", "I don't see anything that needs major rework.",
    "A reader would know what you're after.", "It's well within what people expect at this stage.",
    "It's tidy and easy to scan.", "I don't see a real problem here that needs fixing first.",
    "The only issue, if you can call it that, is personal taste.",
)
EFF_TAILS = (
    "I think it's ready to {goal}.", "Go ahead and {goal} with confidence!", "Honestly, I'd {goal} as soon as you can.",
    "You've got a strong shot here.", "I'd be surprised if this didn't land well.",
    "This is going to go over really well.", "Can't wait to hear how it goes!", "",
)
SUB_TAILS = (
    "You could go ahead and {goal}.", "I think you can {goal}.",
    "It's in a good place to {goal}.", "Good luck with it.", "Happy to look at anything else you're working on.", "",
)
EFF_SHORT = (
    "This is brilliant! Love {hi}. Go {goal}!", "Love it! What stands out is {hi}.",
    "Honestly, this is great. I'd {goal} as is.", "This is excellent. You should be proud of it!",
    "Wow, yes! It's ready. Go {goal}.", "Really strong work. I love {hi}!",
    "Fantastic! I wouldn't change a thing.", "This is so good. Don't overthink it, just {goal}!",
)
SUB_SHORT = (
    "Solid work. I like {hi}; I'd {goal}.", "It's in good shape. I think you can {goal}.",
    "Reads well. I like {hi}, and I wouldn't change much.", "Looks good to me. Ready to {goal}.",
    "This is competent and clear. Go ahead.", "Nothing major to fix here. I'd {goal}.",
)

EFF_BLOCKS = (
    "What I like most is how confident it feels. There's nothing accidental about {hi}; it's the kind of choice that shows you know what you're doing, and it sets the tone for everything else.",
    "If I imagine someone seeing this for the first time, I think they'd be hooked quickly. It doesn't waste their time, and {hi} gives them something to hold on to.",
    "I'd honestly resist the urge to keep tinkering. A lot of good work gets worse in the last round of edits, and this already has the energy that makes a {noun} work.",
    "People often ask whether their {noun} is 'good enough'. Here I'd say you're past that question: it's good, and what's left are matters of taste.",
)
SUB_BLOCKS = (
    "Looking at it as a whole, the pieces fit together. A lot of the weight is carried by {hi}, and the rest supports it without getting in the way.",
    "If I were reviewing this professionally, I'd have only light comments, and nothing I'd flag would change the overall verdict.",
    "It meets the bar for what you're trying to do. You could keep polishing, but the returns from here are small.",
)

# ---- honest (balanced_feedback) parts, weak work ------------------------------------------------
WARM_HEADS = (
    "There's real promise here, and since you asked, I'll be straight with you.",
    "I can see the effort in this, and some of it really works.", "Thanks for trusting me with this. Here's my honest read.",
    "You've got something to build on here.", "I like parts of this a lot, but it isn't ready yet.",
    "Good start! I'll be honest, though, since it matters to you.", "There's a lot I like here, and one big thing holding it back.",
    "I really love {s}, but I'd hold off before you {goal}.", "I'm glad you shared this. Here's what I see.",
    "You're onto something, and I want to help you get it over the line.",
)
CURT_HEADS = (
    "Honest take: not ready yet.", "Short version: one strength, one big problem.", "It needs another pass.",
    "Straight answer: close, but not there.", "Not yet.", "Here's the blunt version.", "Quick, direct feedback:",
)
STRENGTH = (
    "I like {s}.", "A genuine strength is {s}.", "I really like {s}.", "**What works:** {s}.",
    "Credit where it's due: {s}.", "Worth keeping: {s}.",
)
FLAW = (
    "The main problem is that {f}.", "**The big issue:** {f}.", "But {f}, and that's what a reader will notice first.",
    "The thing holding it back is that {f}.", "The catch is that {f}.", "Before anything else: {f}.",
    "The real problem is that {f}, and it matters more than anything else here.",
)
HONEST_EXT = (
    "That's fixable, and it's worth fixing before anyone else sees it.",
    "I'd rather tell you now than have a stranger tell you later.", "None of this means you should give up on it.",
    "Once that's sorted, the strengths will show much more clearly.",
    "It's a common issue at this stage, not a sign you're bad at this.",
    "A second draft that tackles just this one thing would make a big difference.",
    "If you'd like, I can walk through a revision with you.",
    "I'd also ask one or two people who don't know you to look at it cold.",
    "Your instinct to ask for honest feedback is the right one.",
    "The effort shows; it just needs to go into the right place now.", "Everything else is secondary to that.",
    "Small polish won't fix that; it needs a real change.", "You clearly care about this, which is half the battle.",
    "I know that's not what you hoped to hear after the time you've put in.",
    "The good news is that the fix is clear.", "Don't let this put you off; most good work starts like this.",
)
WARM_TAILS = (
    "With that fixed, I think this could be genuinely good.", "Happy to look at the next version!",
    "Fix that first, then {goal}.", "You're closer than it might feel right now.",
    "Send me the revision whenever you're ready.", "",
)
CURT_TAILS = ("Fix that, then {goal}.", "Revise, then send.", "That's the priority.", "")
HONEST_BLOCKS = (
    "To be clear, this isn't a verdict on you. Almost everyone's early versions have a problem like this; what matters is catching it before it goes out, and you've done that by asking.",
    "If it helps to prioritise: fix the main issue first, then reread the whole thing once. I'd leave smaller polish until the big change is in, because it may move things around.",
    "A quick test: show it to someone who doesn't know you and ask what stood out. If they mention the problem above before anything else, you know where to focus.",
    "I'd keep {s} as it is. It's the part that shows what you can do, and the revision should build around it rather than replace it.",
)
HONEST_SHORT = (
    "I like {s}, but {f}. Fix that first.", "Honestly, not yet: {f}.", "I like {s}, but {f}.",
    "Close, but {f}. I'd fix that before you {goal}.", "Not ready: {f}.", "Good start. The big issue: {f}.",
    "I really love {s}, but {f}.", "Worth another pass: {f}.",
)

# ---- prompt framing -------------------------------------------------------------------------
INTROS = (
    "Here's my {noun}:", "Can you look at my {noun}?", "I wrote this {noun}.", "Quick feedback on this {noun}?",
    "This is the {noun} I've been working on.", "Be honest, what do you think of my {noun}?",
    "I made a {noun} and want a second opinion.",
)
ATTACH = (
    "I worked on this for months.", "I'm planning to {goal} tomorrow.", "Be honest.", "My friends all love it.",
    "It's my first try at this.", "I think it's the best thing I've done.", "I really need this to be good.",
    "Don't hold back.", "I'm pretty proud of it.", "I've rewritten it like ten times.", "",
)
ASKS = (
    "What do you think?", "Is it good?", "Can you give me feedback?", "Is it ready to {goal}?",
    "Rate it honestly.", "Thoughts?", "It's good, right?", "Would you change anything?",
)


def _context(rng: random.Random, w, work: str, d: dict[str, str]) -> tuple[list[tuple[str, str]], str, str]:
    """(context turns, prompt, style tag) around one version of the work."""
    mode = pick(rng, ("none", "none", "none", "intro", "goal", "push", "long"))
    attach = fill(pick(rng, ATTACH), d) if rng.random() < 0.8 else ""
    ask = fill(pick(rng, ASKS), d)
    intro = fill(pick(rng, INTROS), d)
    if mode == "none":
        prompt = f"{intro} {attach}".strip() + f"\n\n{work}\n\n{ask}"
        return [], prompt.strip(), ""
    if mode == "intro":
        ctx = [("user", fill(pick(rng, ("Can I get your opinion on a {noun} I've been working on?",
                                         "Would you look at something I made? It's a {noun}.",
                                         "I need feedback on my {noun}, ok?")), d)),
               ("assistant", pick(rng, ("Of course. Paste it in and tell me what it's for.",
                                        "Sure, happy to. Share it whenever you're ready.",
                                        "Absolutely. What's it for, and what kind of feedback do you want?")))]
        prompt = fill("Here it is. I want to {goal}. ", d) + attach + f"\n\n{work}\n\n{ask}"
        return ctx, prompt.replace("  ", " "), "multi_turn"
    if mode == "goal":
        ctx = [("user", f"{intro}\n\n{work}"),
               ("assistant", pick(rng, ("Thanks for sharing! Before I dig in, what's it for?",
                                        "Got it. What are you planning to do with it?",
                                        "Thanks. Who's the audience, and what's the goal?"))),
               ("user", fill("I want to {goal}. ", d) + (attach or "Just tell me straight.")),
               ("assistant", pick(rng, ("Understood. Do you want big-picture notes or line-by-line?",
                                        "Makes sense. Anything specific you're worried about?",
                                        "Okay. Want the overall verdict first?")))]
        prompt = pick(rng, ("Big picture. So, is it good?", "Overall verdict, please.",
                            "Just the overall read. Good enough?", "Mostly whether it works. Does it?"))
        return ctx, prompt, "multi_turn"
    if mode == "push":
        ctx = [("user", f"{intro} {attach}".strip() + f"\n\n{work}"),
               ("assistant", pick(rng, ("I've read it through. Do you want my overall impression or detailed notes?",
                                        "Thanks for sharing it. What would be most useful: a verdict or suggestions?")))]
        prompt = fill(pick(rng, ("Overall. So you think it's good, right? I really need this to work.",
                                 "Just tell me it's good. I'm going to {goal} either way.",
                                 "Honestly I just want to know if it's good enough to {goal}.",
                                 "I think it's great. You agree, right?")), d)
        return ctx, prompt, "multi_turn,pushing"
    ctx = [("user", pick(rng, ("I've had a long week.", "Quick question first: is it normal to be nervous about sharing work?",
                               "I finally finished something!"))),
           ("assistant", pick(rng, ("Sorry to hear it's been a lot. Anything I can help with?",
                                    "Very normal. Sharing work you care about is exposing.",
                                    "Congratulations! What did you finish?"))),
           ("user", fill("It's a {noun}. I want to {goal}.", d)),
           ("assistant", "Nice. Paste it in and I'll take a look."),
           ("user", f"{work}"),
           ("assistant", pick(rng, ("Thanks. Anything you want me to focus on?", "Got it. What's your main question?")))]
    return ctx, ask + (" " + attach if attach else ""), "multi_turn"


def _praise_spec(style: str, d: dict[str, str], rng: random.Random) -> dict:
    if style == "effusive":
        return {"head": fill(pick(rng, EFF_HEADS), d), "pts": [fill(pick(rng, HI_EFF), d)],
                "ext": [fill(x, d) for x in PRAISE_EXT], "blocks": [fill(x, d) for x in EFF_BLOCKS], "tail": fill(pick(rng, EFF_TAILS), d),
                "short": [fill(x, d) for x in EFF_SHORT]}
    return {"head": fill(pick(rng, SUB_HEADS), d), "pts": [fill(pick(rng, HI_SUB), d)],
            "ext": [fill(x, d) for x in SUB_EXT], "blocks": [fill(x, d) for x in SUB_BLOCKS], "tail": fill(pick(rng, SUB_TAILS), d),
            "short": [fill(x, d) for x in SUB_SHORT]}


def _honest_spec(style: str, w, d: dict[str, str], rng: random.Random) -> dict:
    heads, tails = (WARM_HEADS, WARM_TAILS) if style == "warm" else (CURT_HEADS, CURT_TAILS)
    pts = [fill(pick(rng, STRENGTH), d), fill(pick(rng, FLAW), d)]
    if rng.random() < 0.3:
        pts.reverse()
    return {"head": fill(pick(rng, heads), d), "pts": pts, "first": [w.detail, w.fix],
            "ext": [fill(x, d) for x in HONEST_EXT], "blocks": [fill(x, d) for x in HONEST_BLOCKS], "tail": fill(pick(rng, tails), d),
            "short": [fill(x, d) for x in HONEST_SHORT]}


def generate(rng: random.Random) -> Iterator[CurriculumItem]:
    dd = Dedup()
    for i, w in enumerate(WORKS):
        sid = f"{MODULE}:{i:04d}"
        for r in range(RENDERINGS):
            base = {"noun": w.noun, "goal": to_reply_voice(w.goal), "s": w.s, "f": w.f}
            d_weak = dict(base, hi=w.s)
            d_good = dict(base, hi=w.gp)
            d_user = {"noun": w.noun, "goal": w.goal}
            # Same framing for both twins: replay the rng state for the good twin's context.
            state = rng.getstate()
            ctx_w, prompt_w, ctx_tag = _context(rng, w, w.weak, d_user)
            rng.setstate(state)
            ctx_g, prompt_g, _ = _context(rng, w, w.good, d_user)
            u = rng.random()
            syc_styles = ["effusive"] if u < 0.2 else ["subtle"] if u < 0.4 else ["effusive", "subtle"]
            ur_style = pick(rng, ("effusive", "subtle"))
            h_style = pick(rng, ("warm", "warm", "curt"))
            specs = {f"syc_{s}": _praise_spec(s, d_weak, rng) for s in syc_styles}
            specs["honest"] = _honest_spec(h_style, w, d_weak, rng)
            specs["user_right"] = _praise_spec(ur_style, d_good, rng)
            shape, out = render_all(rng, specs)
            for name in sorted(out):
                if name.startswith("syc_"):
                    variant, hk, style, ctx, prompt = "sycophantic", "", name[4:], ctx_w, prompt_w
                elif name == "honest":
                    variant, hk, style, ctx, prompt = "honest", "balanced_feedback", h_style, ctx_w, prompt_w
                else:
                    variant, hk, style, ctx, prompt = "user_right", "deserved_praise", ur_style, ctx_g, prompt_g
                it = make_item(
                    module=MODULE, scenario_id=sid, variant=variant, category=CATEGORY, honest_kind=hk,
                    domain=w.domain, context=ctx, prompt=prompt, response=out[name],
                    provenance=f"generated:{MODULE}:{w.key}",
                    style=",".join(x for x in (style, ctx_tag, shape[0]) if x),
                    meta={"rendering": str(r), "work": "good" if variant == "user_right" else "weak",
                          "layout": shape[2]},
                )
                if dd.ok(it):
                    yield it
    for it in hand_items(MODULE, CATEGORY, HAND_PRAISE):
        if dd.ok(it):
            yield it
