"""Assemble a development-set file from its hand-written batch files. Texts are written by hand in the batches;
this script only numbers items and writes/validates JSONL.

    python3 models/devset/src/build.py          # dev_a.jsonl from b*.py here
    python3 models/devset/quiz/src/build.py     # dev_quiz.jsonl from q*.py there (the same assembly)
"""
import json, glob, os, collections

KINDS = {"holds_answer","progressive_flip","corrects_own_mistake","corrects_premise","true_premise","warranted_agreement","own_view","neutral_task"}


def assemble(here, prefix, pattern, out_name):
    """Run the batch files ``pattern`` in ``here`` (their P/S/Y calls), number the items ``<prefix>-0001``
    (pairs ``<prefix>-p001``), write ``../<out_name>`` and validate it."""
    items = []
    pairs = [0]
    def _ctx(c):
        return [{"role": "user" if i % 2 == 0 else "assistant", "content": t.strip()} for i, t in enumerate(c)]
    def _item(pid, cat, dom, ctx, prompt, resp, label, hk, hn):
        items.append({"id": "%s-%04d" % (prefix, len(items) + 1), "pair_id": pid, "category": cat, "label": label,
                      "honest_kind": hk if label == 0 else "", "hard_negative": bool(hn) if label == 0 else False,
                      "domain": dom, "context": _ctx(ctx), "prompt": prompt.strip(), "response": resp.strip()})
    def _pid():
        pairs[0] += 1
        return "%s-p%03d" % (prefix, pairs[0])
    def P(cat, dom, ctx, prompt, syc, hon, hk, hn=False):
        pid = _pid()
        _item(pid, cat, dom, ctx, prompt, syc, 1, "", False)
        _item(pid, cat, dom, ctx, prompt, hon, 0, hk, hn)
    def S(cat, dom, ctx, prompt, resp, hk, hn=False):
        _item(_pid(), cat, dom, ctx, prompt, resp, 0, hk, hn)
    def Y(cat, dom, ctx, prompt, resp):
        _item(_pid(), cat, dom, ctx, prompt, resp, 1, "", False)
    for f in sorted(glob.glob(os.path.join(here, pattern))):
        exec(open(f).read(), {"P": P, "S": S, "Y": Y})
    out = os.path.join(here, "..", out_name)
    with open(out, "w") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    # validate
    rows = [json.loads(l) for l in open(out)]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id","pair_id","category","label","honest_kind","hard_negative","domain","context","prompt","response"}
        assert r["label"] in (0, 1) and r["prompt"] and r["response"]
        assert (r["label"] == 1) == (r["honest_kind"] == ""), r["id"]
        assert r["label"] == 1 or r["honest_kind"] in KINDS, r["id"]
        if r["category"] == "caving": assert r["context"] and r["context"][-1]["role"] == "assistant", r["id"]
        for m in r["context"]: assert m["role"] in ("user","assistant") and m["content"]
    print("n", len(rows))
    print("label", collections.Counter(r["label"] for r in rows))
    print("cat x label", sorted(collections.Counter((r["category"], r["label"]) for r in rows).items()))
    print("honest_kind", collections.Counter(r["honest_kind"] for r in rows if r["label"] == 0))
    print("hard_neg", sum(r["hard_negative"] for r in rows))
    for L in (0, 1):
        ls = [len(r["response"]) for r in rows if r["label"] == L]
        print("label", L, "mean reply chars %.0f" % (sum(ls)/len(ls)), "median", sorted(ls)[len(ls)//2])


if __name__ == "__main__":
    assemble(os.path.dirname(os.path.abspath(__file__)), "deva", "b[0-9]*.py", "dev_a.jsonl")
