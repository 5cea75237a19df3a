from __future__ import annotations

from pathlib import Path

import pytest

from monitor.errors import ConfigError
from monitor.settings import load_settings, redacted_dump


def test_defaults() -> None:
    s = load_settings()
    assert s.topics.responses == "sycomon.responses"
    assert s.sampling.default_rate == 1.0
    assert s.kafka.bootstrap_servers == "127.0.0.1:9092"


def test_env_overrides_file_and_nested(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        'app_id = "from-file"\n[kafka]\nbootstrap_servers = "file:9092"\n[sampling.rates]\nv2 = 0.5\n'
    )
    monkeypatch.setenv("SYCOMON_KAFKA__BOOTSTRAP_SERVERS", "env:9092")
    s = load_settings(cfg)
    assert s.app_id == "from-file"
    assert s.kafka.bootstrap_servers == "env:9092"
    assert s.sampling.rates == {"v2": 0.5}


def test_yaml_file(tmp_path: Path) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text("pipeline:\n  max_batch: 7\nweb:\n  port: 7000\n")
    s = load_settings(cfg)
    assert (s.pipeline.max_batch, s.web.port) == (7, 7000)


def test_secrets_never_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYCOMON_REDIS__URL", "redis://:hunter2@db:6379/0")
    (tmp_path / "sycomon_kafka").write_text('{"sasl_password": "s3cret-pw", "sasl_mechanism": "PLAIN"}')
    s = load_settings(secrets_dir=tmp_path)
    assert s.redis.url.get_secret_value().endswith("@db:6379/0")
    dump = redacted_dump(s) + repr(s) + str(s)
    assert "hunter2" not in dump and "s3cret-pw" not in dump


@pytest.mark.parametrize(
    ("content", "suffix", "match"),
    [
        ("[sampling.rates]\nv2 = 1.5\n", ".toml", "must be in"),
        ("nonsense_key = 1\n", ".toml", "nonsense_key"),
        ("pipeline: [1, 2\n", ".yaml", "invalid configuration"),
        ("x", ".ini", "expected .toml"),
    ],
)
def test_bad_config_is_a_clear_error(tmp_path: Path, content: str, suffix: str, match: str) -> None:
    cfg = tmp_path / f"c{suffix}"
    cfg.write_text(content)
    with pytest.raises(ConfigError, match=match):
        load_settings(cfg)


def test_missing_config_file() -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(Path("/nonexistent.toml"))


@pytest.mark.parametrize(
    ("protocol", "tls"),
    [("PLAINTEXT", False), ("SASL_PLAINTEXT", False), ("SSL", True), ("SASL_SSL", True)],
)
def test_kafka_clients_get_tls_only_for_tls_protocols(
    protocol: str, tls: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssl

    from monitor.runtime.publish import kafka_client_options

    monkeypatch.setenv("SYCOMON_KAFKA__SECURITY_PROTOCOL", protocol)
    opts = kafka_client_options(load_settings())
    assert opts["security_protocol"] == protocol
    assert isinstance(opts.get("ssl_context"), ssl.SSLContext) == tls
