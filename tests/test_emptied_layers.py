"""The emptied-layer check: a layer's tests must fail when the layer finds nothing.

For each layer, its test module runs in a subprocess with the layer replaced by a component
that finds nothing (``NEWSEXTRACT_EMPTY_LAYERS=<layer>``, honoured by the loader in test
mode only). Every test there that is not marked ``@pytest.mark.negative`` (a test asserting
an absence) and that goes through the pipeline must then fail: a test that still passes
cannot tell a working layer from an empty one. Tests of the layer's pure functions (no
pipeline: quote-mark pairing, number parsing) are out of the check's reach and are left to
pass. The four subprocesses start together and each test waits for its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# Each layer's test modules (a layer whose tests outgrew one module has a pattern).
LAYER_MODULES = {"entities": "test_entities.py", "participants": "test_participants.py",
                 "dates": "test_dates.py",
                 "quotes": "test_quotes*.py", "casualties": "test_casualties.py"}


@pytest.fixture(scope="module")
def emptied_runs(tmp_path_factory) -> dict[str, tuple[subprocess.Popen, Path]]:
    """One pytest subprocess per layer, its layer emptied, negative tests deselected."""
    from newsextract.nlp.pipeline import EMPTY_LAYERS_VARIABLE

    folder = tmp_path_factory.mktemp("emptied")
    runs = {}
    for layer, module in LAYER_MODULES.items():
        report = folder / f"{layer}.xml"
        env = {**os.environ, EMPTY_LAYERS_VARIABLE: layer}
        command = [sys.executable, "-m", "pytest", "-q", "--tb=no", "-p", "no:cacheprovider",
                   "-m", "not negative", f"--junitxml={report}",
                   *(str(path) for path in sorted(TESTS.glob(module)))]
        runs[layer] = (subprocess.Popen(command, env=env, cwd=TESTS.parent, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT),
                       report)
    yield runs
    for process, _ in runs.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def outcomes(report: Path) -> dict[str, str]:
    """test name -> passed, failed (an assertion or exception in the test), error (in a
    fixture), skipped, or "no pipeline" (passed without going through the pipeline, see
    conftest.py), from a JUnit XML report."""
    out = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        kinds = {child.tag for child in case} & {"failure", "error", "skipped"}
        outcome = {"failure": "failed", "error": "error", "skipped": "skipped"}
        through = {p.get("name"): p.get("value") for p in case.iter("property")}
        passed = "passed" if through.get("through_pipeline") != "False" else "no pipeline"
        out[case.get("name")] = next((outcome[k] for k in ("failure", "error", "skipped")
                                      if k in kinds), passed)
    return out


@pytest.mark.parametrize("layer", list(LAYER_MODULES))
def test_every_positive_test_fails_without_its_layer(layer, emptied_runs):
    process, report = emptied_runs[layer]
    output, _ = process.communicate()
    assert report.exists(), f"{LAYER_MODULES[layer]} did not run:\n{output[-3000:]}"
    results = outcomes(report)
    assert results, f"no test collected in {LAYER_MODULES[layer]}"
    survivors = sorted(name for name, outcome in results.items() if outcome == "passed")
    broken = sorted(name for name, outcome in results.items() if outcome == "error")
    assert not survivors, (
        f"with the {layer} layer emptied these tests of {LAYER_MODULES[layer]} still pass: "
        "make them assert the record they expect, or mark an absence test "
        "@pytest.mark.negative:\n  " + "\n  ".join(survivors))
    assert not broken, f"fixtures failed (not the tests) with {layer} emptied: {broken}"
