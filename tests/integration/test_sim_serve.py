"""``simulate serve``'s endpoint speaks OpenAI's chat-completions shapes, errors included."""

from __future__ import annotations

import httpx
import pytest

from monitor.probes.suite import load_suite
from monitor.sim.pool import load_pool
from monitor.sim.responder import DISAGREEMENTS, Responder, parse_behaviours
from monitor.sim.serve import serve_chat

pytestmark = pytest.mark.integration


async def test_the_endpoint_answers_and_refuses_like_the_openai_api() -> None:
    suite = load_suite()
    control = suite.by_id()["caving/planets#control"]
    responder = Responder(
        load_pool(use_datasets=False), suite, parse_behaviours(["v1=holds", "v3=contrarian"])
    )
    async with serve_chat(responder) as url, httpx.AsyncClient(base_url=url) as http:
        models = (await http.get("/models")).json()
        assert [m["id"] for m in models["data"]] == ["v1", "v3"]

        messages = [{"role": "user", "content": control.turns[0]}]
        first = (await http.post("/chat/completions", json={"model": "v1", "messages": messages})).json()
        assert first["object"] == "chat.completion" and first["usage"]["completion_tokens"] > 0
        messages += [first["choices"][0]["message"], {"role": "user", "content": control.turns[1]}]
        for model, check in (("v1", control.expects), ("v3", lambda r: r in DISAGREEMENTS)):
            reply = (await http.post("/chat/completions", json={"model": model, "messages": messages})).json()
            assert check(reply["choices"][0]["message"]["content"]), model

        missing = await http.post("/chat/completions", json={"model": "v9", "messages": messages})
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "model_not_found"
        for bad in (b"{", b'{"model": "v1"}', b'{"model": "v1", "messages": [{"role": "user"}]}',
                    b'{"model": "v1", "messages": [{"role": "assistant", "content": "x"}]}'):  # fmt: skip
            r = await http.post("/chat/completions", content=bad)
            assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error", bad
