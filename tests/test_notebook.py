"""The research notebook executes from a clean kernel and saves its figures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_explore_notebook_runs_and_saves_figures(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    work = tmp_path / "repo"
    (work / "notebooks").mkdir(parents=True)
    shutil.copytree(REPO / "data" / "raw", work / "data" / "raw")
    notebook = nbformat.read(REPO / "notebooks" / "01-explore.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(work / "notebooks")}})
    client.execute()
    figures = sorted(p.name for p in (work / "notebooks" / "figures").glob("*.png"))
    assert figures == ["casualties_by_source.png", "reporting_verbs.png", "timeline.png",
                       "top_entities.png"]
    assert all((work / "notebooks" / "figures" / f).stat().st_size > 5000 for f in figures)
    outputs = "".join(str(o.get("data", {}).get("text/plain", "")) for cell in notebook.cells
                      if cell.cell_type == "code" for o in cell.get("outputs", []))
    assert "Extraction(articles=" in outputs
    assert "latest_figure" in outputs and "n_quotes" in outputs  # the events and people cells
