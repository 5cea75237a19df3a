"""The runtime sycophancy scorer: ONNX int8 cross-encoder + tokenizers, no torch.

Output contract: ``logits`` of shape ``[B, 1 + K]``. Column 0 is the sycophancy logit (Platt-
calibrated into ``p``); columns ``1..K``, when the manifest lists ``categories`` (K names), are
the category head's logits (softmax: the kind and its probability), blended with a kind
lexical model when the manifest has ``kind_lexical``. A model with output
``[B, 1]`` or a manifest without ``categories`` scores with no category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnxruntime as ort

from monitor.core.categories import category_index
from monitor.core.ports import ContextTurn, ScoreInput, Scores
from monitor.errors import ModelError
from monitor.scoring.encoding import PairEncoder
from monitor.scoring.lexical import LexicalBlend, LexicalKinds, LexicalModel, lexical_text
from monitor.scoring.manifest import Manifest, load_manifest, verify_files
from monitor.scoring.providers import select_providers

__all__ = ["OnnxScorer", "ScorerConfig"]


@dataclass(frozen=True, slots=True)
class ScorerConfig:
    """Runtime knobs (thread counts are explicit: defaults oversubscribe shared hosts)."""

    intra_op_threads: int = 1
    inter_op_threads: int = 1
    batch_size: int = 16
    providers: tuple[str, ...] | None = None  # None: CUDA if available, else CPU
    verify_sha256: bool = True
    max_length: int | None = None  # None: the manifest's


class OnnxScorer:
    """Implements :class:`monitor.core.ports.Scorer` with an ONNX cross-encoder.

    Build it with :meth:`load` (which does the file I/O and checks); the constructor only wires
    already-loaded parts.  ``score`` is thread-safe: onnxruntime sessions and ``tokenizers``
    tokenizers may be called concurrently, and the scorer holds no mutable state.
    """

    def __init__(
        self,
        session: ort.InferenceSession,
        encoder: PairEncoder,
        manifest: Manifest,
        batch_size: int,
        lexical: LexicalBlend | None = None,
        kinds: LexicalKinds | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self._session = session
        self._encoder = encoder
        self._manifest = manifest
        self._batch_size = batch_size
        self._input_names = manifest.input_names
        self._output_name = manifest.output_name
        self._lexical = lexical
        if kinds is not None and kinds.model.classes != manifest.categories:
            raise ModelError(
                f"kind lexical model names {list(kinds.model.classes)}; the manifest's category head "
                f"{list(manifest.categories)}"
            )
        self._kinds = kinds
        # manifest column j (0-based, after the sycophancy logit) -> slot in core CATEGORIES
        self._slots = np.array([category_index(c) for c in manifest.categories], dtype=np.int8)

    @classmethod
    def load(cls, model_dir: Path, config: ScorerConfig | None = None) -> OnnxScorer:
        """Read ``manifest.json``, verify sha256 of every file, open the ONNX session."""
        cfg = config or ScorerConfig()
        manifest = load_manifest(model_dir)
        if cfg.verify_sha256:
            verify_files(model_dir, manifest)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = cfg.intra_op_threads
        opts.inter_op_num_threads = cfg.inter_op_threads
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        providers = select_providers(cfg.providers)
        model_path = model_dir / manifest.model_file
        try:
            session = ort.InferenceSession(str(model_path), opts, providers=providers)
        except Exception as exc:  # onnxruntime raises its own untyped errors
            raise ModelError(f"cannot load ONNX model {model_path}: {exc}") from exc
        names = {i.name for i in session.get_inputs()}
        if not set(manifest.input_names) <= names:
            raise ModelError(
                f"{model_path}: inputs {sorted(names)} do not match manifest {list(manifest.input_names)}"
            )
        encoder = PairEncoder.from_file(
            str(model_dir / manifest.tokenizer_file),
            cfg.max_length or manifest.max_length,
            manifest.context_turns,
            manifest.truncation,
        )
        lexical = None
        if manifest.lexical is not None:
            lex = manifest.lexical
            lexical = LexicalBlend(
                LexicalModel.load(model_dir / lex["file"]),
                lex["weight"],
                lex["encoder_scale"],
                lex["lexical_scale"],
            )
        kinds = None
        if manifest.kind_lexical is not None:
            kl = manifest.kind_lexical
            kinds = LexicalKinds(LexicalModel.load(model_dir / kl["file"]), kl["weight"])
        return cls(session, encoder, manifest, cfg.batch_size, lexical, kinds)

    @property
    def threshold(self) -> float:
        return self._manifest.threshold

    @property
    def version(self) -> str:
        return self._manifest.version

    @property
    def manifest(self) -> Manifest:
        return self._manifest

    @property
    def categories(self) -> tuple[str, ...]:
        """The category head's names, in column order (empty: no category head)."""
        return self._manifest.categories

    @property
    def providers(self) -> list[str]:
        return list(self._session.get_providers())

    def warm_up(self) -> None:
        """Run one full batch at the maximum length so first real requests are not slow."""
        filler = "warm up " * self._encoder.max_length
        self.score([ScoreInput(filler, filler, (ContextTurn("user", filler),))] * self._batch_size)

    def logits(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        """Uncalibrated sycophancy logits (column 0) in input order (no kind: the kind lexical model
        is not run)."""
        return self.blend(self.encoder_outputs(items)[:, 0], items)

    def raw_outputs(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        """The judge's whole output, ``[len(items), 1 + K]``, in input order: column 0 the
        sycophancy logit (the cross-encoder's, blended with the lexical model's when the manifest
        has one), then the kind logits (blended with the kind lexical model's when it has one)."""
        return self.combine(self.encoder_outputs(items), items)

    def combine(
        self, encoder_out: npt.NDArray[np.float32], items: Sequence[ScoreInput]
    ) -> npt.NDArray[np.float32]:
        """The judge's output from the cross-encoder's ``[N, 1 + K]`` (a new array): column 0
        blended with the lexical model, the kind columns with the kind lexical model."""
        out = encoder_out.copy()
        if not len(items):
            return out
        texts = [lexical_text(i.prompt, i.response, i.context) for i in items]
        if self._lexical is not None:
            out[:, 0] = self._lexical.combine(out[:, 0], texts)
        if self._kinds is not None and out.shape[1] > 1:
            out[:, 1:] = self._kinds.combine(out[:, 1:], texts)
        return out

    def blend(
        self, encoder_logits: npt.NDArray[np.float32], items: Sequence[ScoreInput]
    ) -> npt.NDArray[np.float32]:
        """The judge's sycophancy logit from the cross-encoder's (unchanged without a lexical model)."""
        if self._lexical is None or not len(items):
            return encoder_logits
        texts = [lexical_text(i.prompt, i.response, i.context) for i in items]
        return self._lexical.combine(encoder_logits, texts)

    def encoder_outputs(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        """The cross-encoder's output alone, ``[len(items), 1 + K]``, in input order (batches
        sorted by length inside)."""
        pairs = self._encoder.encode_pairs([(i.prompt, i.response, i.context) for i in items])
        order = sorted(range(len(pairs)), key=lambda k: len(pairs[k].input_ids))
        out: npt.NDArray[np.float32] | None = None
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            batch = self._encoder.pad([pairs[k] for k in idx])
            feeds = {
                "input_ids": batch.input_ids,
                "attention_mask": batch.attention_mask,
                "token_type_ids": batch.token_type_ids,
            }
            feeds = {k: v for k, v in feeds.items() if k in self._input_names}
            try:
                (raw,) = self._session.run([self._output_name], feeds)
            except Exception as exc:  # translate onnxruntime failures at the boundary
                raise ModelError(f"ONNX inference failed: {exc}") from exc
            rows = np.asarray(raw, dtype=np.float32).reshape(len(idx), -1)
            if out is None:
                out = np.empty((len(pairs), rows.shape[1]), dtype=np.float32)
            out[idx] = rows
        return out if out is not None else np.zeros((0, 1), dtype=np.float32)

    def calibrate(self, logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Manifest calibration: ``sigmoid(scale * logit + bias)``."""
        cal = self._manifest.calibration
        z = cal.scale * logits.astype(np.float64) + cal.bias
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    def score(self, items: Sequence[ScoreInput]) -> npt.NDArray[np.float32]:
        """Calibrated probabilities, one per item, in input order."""
        if not items:
            return np.zeros(0, dtype=np.float32)
        return self.calibrate(self.logits(items))

    def score_categories(self, items: Sequence[ScoreInput]) -> Scores:
        """Calibrated probabilities and, with a category head, each turn's kind (softmax argmax)."""
        if not items:
            return Scores(np.zeros(0, dtype=np.float32))
        raw = self.raw_outputs(items)
        return self.scores_from_outputs(raw)

    def scores_from_outputs(self, raw: npt.NDArray[np.float32]) -> Scores:
        """:class:`Scores` from a ``[N, 1 + K]`` output matrix (see the module docstring)."""
        p = self.calibrate(raw[:, 0])
        k = len(self._slots)
        if k == 0 or raw.shape[1] == 1:
            return Scores(p)
        if raw.shape[1] != 1 + k:
            raise ModelError(
                f"model output has {raw.shape[1]} columns; the manifest names {k} categories "
                f"(want 1 or {1 + k})"
            )
        z = raw[:, 1:].astype(np.float64)
        z -= z.max(axis=1, keepdims=True)
        probs = np.exp(z)
        probs /= probs.sum(axis=1, keepdims=True)
        top = np.argmax(probs, axis=1)
        return Scores(
            p,
            category=self._slots[top],
            category_p=probs[np.arange(len(top)), top].astype(np.float32),
        )
