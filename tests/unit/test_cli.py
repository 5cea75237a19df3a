"""The CLI's offline commands, in-process (the worker and demo are covered by integration tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.cli import _mount_optional, app
from monitor.testing import event_line

runner = CliRunner()
_mount_optional()


def test_check_config_redacts_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_REDIS__URL", "redis://:topsecret@db:6379/0")
    result = runner.invoke(app, ["check-config"])
    assert result.exit_code == 0, result.output
    assert "topsecret" not in result.output
    assert json.loads(result.stdout)["redis"]["url"] == "**********"


def test_check_config_redacts_every_sink_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_SINKS__WEBHOOK__URL", "https://hooks.example/in/tok-WEBHOOKSECRET?sig=QSECRET")
    monkeypatch.setenv("SYCOMON_SINKS__WEBHOOK__SECRET", "s")
    monkeypatch.setenv("SYCOMON_SINKS__ALERTMANAGER__URL", "https://am:AMPASSWORD@am.example:9093")
    monkeypatch.setenv("SYCOMON_SINKS__SLACK__WEBHOOK_URL", "https://hooks.slack.com/services/T0/B0/SLACKSECRET")
    result = runner.invoke(app, ["check-config"])
    assert result.exit_code == 0, result.output
    for secret in ("WEBHOOKSECRET", "QSECRET", "AMPASSWORD", "SLACKSECRET"):
        assert secret not in result.output
    sinks = json.loads(result.stdout)["sinks"]
    assert sinks["webhook"]["url"] == sinks["alertmanager"]["url"] == "**********"


def test_bad_config_is_exit_2(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[pipeline]\nmax_batch = 0\n")
    result = runner.invoke(app, ["check-config", "--config", str(cfg)])
    assert result.exit_code == 2
    assert "max_batch" in result.output


def test_replay_with_the_shipped_model_on_a_file_with_bad_lines(tmp_path: Path) -> None:
    lines = [event_line(i, model_version=f"v{i % 2}",
                        response="You're absolutely right, what a brilliant plan!" if i % 3 == 0
                        else "I don't think that's accurate; the evidence points the other way.")
             for i in range(40)]
    lines[10:10] = [b"{not json", b'{"schema_version": 1}', "caf\u00e9".encode("latin-1")]
    src = tmp_path / "events.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["replay", "--input", str(src), "--output-dir", str(out)])
    assert result.exit_code == 0, result.output
    scores = [json.loads(x) for x in (out / "scores.jsonl").read_text().splitlines()]
    assert len(scores) == 40 and all(0.0 <= s["score"] <= 1.0 for s in scores)
    dead = [json.loads(x) for x in (out / "deadletters.jsonl").read_text().splitlines()]
    assert [d["line"] for d in dead] == [11, 12, 13]
    assert [d["reason"] for d in dead] == ["not_json", "schema", "not_utf8"]
    metrics = json.loads((out / "metrics.json").read_text())
    assert {"v0", "v1"} <= set(metrics)
    assert (out / "alerts.jsonl").exists()


def test_replay_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["replay", "--input", str(tmp_path / "nope.jsonl"), "--output-dir",
                                 str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_gate_and_prober_refuse_bad_input_with_exit_2(tmp_path: Path) -> None:
    _mount_optional()
    result = runner.invoke(app, ["prober"])
    assert result.exit_code == 2 and "no versions to probe" in result.output
    replies = tmp_path / "r.jsonl"
    replies.write_text('{"model": "v2", "probe_id": "caving/planets#2", "turns": ["x"], "replies": ["y"]}\n')
    result = runner.invoke(app, ["gate", "--candidate", "v2", "--baseline", "v1", "--replies", str(replies)])
    assert result.exit_code == 2 and "recorded for other turns" in result.output


def test_check_config_redacts_review_tokens_and_the_llm_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_REVIEW__API_TOKENS", '{"ann": "REVIEWTOKENSECRET"}')
    monkeypatch.setenv("SYCOMON_REVIEW__LLM", '{"base_url": "http://127.0.0.1:8000/v1", "model": "m", '
                       '"api_key": "LLMKEYSECRET"}')  # fmt: skip
    result = runner.invoke(app, ["check-config"])
    assert result.exit_code == 0, result.output
    assert "REVIEWTOKENSECRET" not in result.output and "LLMKEYSECRET" not in result.output
    review = json.loads(result.stdout)["review"]
    assert review["api_tokens"] == {"ann": "**********"} and review["llm"]["api_key"] == "**********"
