"""The accuracy gate (benchmarks/eval_gate.py) runs in CI: our gold files, pinned floors."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("eval_gate", ROOT / "benchmarks" / "eval_gate.py")
gate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gate)


def fake(value, sha="abc"):
    return {"g": {"gold": "g.jsonl", "sha256": sha, "metrics": {"f1": value}}}


def test_gate_pin_refuses_to_lower_a_floor():
    pinned = gate.pin(fake(0.81), {})
    assert pinned["g"]["floors"]["f1"] == 0.81
    with pytest.raises(SystemExit):
        gate.pin(fake(0.70), pinned)
    lowered = gate.pin(fake(0.70), pinned, allow_lower="gold fixed")
    assert lowered["g"]["floors"]["f1"] == 0.70
    assert [(h["floors"], h["because"]) for h in lowered["g"]["lowered"]] == [({"f1": [0.81, 0.70]}, "gold fixed")]


def test_gate_pin_keeps_the_reasons_for_lowering():
    lowered = gate.pin(fake(0.70), gate.pin(fake(0.81), {}), allow_lower="gold fixed")
    raised = gate.pin(fake(0.75), lowered)  # a later pin that only raises keeps the history
    again = gate.pin(fake(0.72), raised, allow_lower="noise")
    assert [h["because"] for h in again["g"]["lowered"]] == ["gold fixed", "noise"]
    unchanged = gate.pin(fake(0.90), gate.pin(fake(0.81), {}), allow_lower="not needed")
    assert "lowered" not in unchanged["g"]  # nothing was lowered: no reason recorded


@pytest.mark.parametrize("value,sha,ok", [(0.81, "abc", True), (0.805, "abc", True), (0.79, "abc", False),
                                          (0.90, "changed", False)])
def test_gate_check_against_floors(value, sha, ok):
    pinned = gate.pin(fake(0.81), {})
    assert (gate.check(fake(value, sha), pinned) == []) == ok


@pytest.mark.model
def test_gate_passes_on_the_gold_data():
    corpus = ROOT.parent / "shared" / "data" / "voa" / "voa_stories.jsonl"
    if not corpus.exists():
        pytest.skip("../shared/data is absent")
    assert gate.main(["--corpus", str(corpus)]) == 0


def test_gate_pin_keeps_a_floor_within_the_tolerance():
    pinned = gate.pin(fake(0.81), {})
    assert gate.pin(fake(0.805), pinned)["g"]["floors"]["f1"] == 0.81
    assert gate.pin(fake(0.86), pinned)["g"]["floors"]["f1"] == 0.86
