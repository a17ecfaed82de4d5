"""The hand coding's round trip through Label Studio (rhetoric.coding.labelstudio): draft or
coding → validate → export → Label Studio's JSON export → import → validate gives the same files,
on the fork corpus and the study corpus; the import refuses what is not valid coding."""

from __future__ import annotations

import copy
import json
import os
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import ANNOTATIONS, CORPUS, ROOT, run_cli

from rhetoric.actors import actors_for_corpus, load_actors
from rhetoric.annotations import load_coded_statements, validate_annotations
from rhetoric.coding.draft import write_draft
from rhetoric.coding.labelstudio import CONFIG, LabelStudioError, export_tasks, import_export, write_import
from rhetoric.corpus import load_corpus

FORK = ROOT / "tests" / "fork" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures" / "labelstudio"
FILES = ("statements.csv", "events.csv", "event_sources.csv")


def as_label_studio_export(tasks: list[dict]) -> list[dict]:
    """The tasks as Label Studio's JSON export has them once a coder has submitted each task
    unchanged (https://labelstud.io/guide/task_format): ids, and an annotation whose result is
    the prediction's, each result marked with its origin."""
    exported = []
    for n, task in enumerate(copy.deepcopy(tasks), 1):
        prediction = task["predictions"][0]
        result = [{**item, "origin": "prediction"} for item in prediction["result"]]
        exported.append({
            "id": n, "data": task["data"], "meta": {}, "created_at": "2026-11-30T00:00:00.000000Z",
            "updated_at": "2026-11-30T00:10:00.000000Z", "inner_id": n, "total_annotations": 1,
            "cancelled_annotations": 0, "total_predictions": 1, "project": 1, "file_upload": "tasks.json",
            "annotations": [{"id": 100 + n, "completed_by": 1, "result": result, "was_cancelled": False,
                             "ground_truth": False, "created_at": "2026-11-30T00:05:00.000000Z",
                             "updated_at": "2026-11-30T00:05:00.000000Z", "lead_time": 12.5,
                             "prediction": {}, "result_count": 0, "task": n, "project": 1,
                             "parent_prediction": 200 + n, "parent_annotation": None}],
            "predictions": [{"id": 200 + n, "model_version": prediction["model_version"], "created_ago": "1 hour",
                             "result": prediction["result"], "score": None, "cluster": None, "neighbors": None,
                             "mislabeling": 0, "created_at": "2026-11-30T00:00:00.000000Z",
                             "updated_at": "2026-11-30T00:00:00.000000Z", "task": n, "project": 1}],
        })
    return exported


def _round_trip(corpus, coding, tmp_path) -> None:
    registry = load_actors(actors_for_corpus(corpus))
    validate_annotations(coding, load_corpus(corpus), registry)
    export = tmp_path / "export.json"
    export.write_text(json.dumps(as_label_studio_export(export_tasks(corpus, registry, coding))), encoding="utf-8")
    write_import(export, corpus, registry, tmp_path / "back")  # validates before it writes
    for name in FILES:
        assert (tmp_path / "back" / name).read_bytes() == (coding / name).read_bytes(), name


@pytest.mark.parametrize("corpus", [FORK, CORPUS], ids=["fork", "study"])
def test_draft_validate_export_import_validate_is_lossless(tmp_path, corpus):
    write_draft(corpus, load_actors(actors_for_corpus(corpus)), tmp_path / "draft")
    _round_trip(corpus, tmp_path / "draft", tmp_path)


def test_the_study_hand_coding_survives_the_round_trip(tmp_path):
    _round_trip(CORPUS, ANNOTATIONS, tmp_path)


def test_export_writes_one_task_per_article_and_the_labelling_configuration(tmp_path):
    out = run_cli("labelstudio", "export", str(FORK), "--out", str(tmp_path / "tasks.json"))
    assert out.returncode == 0, out.stderr
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert [t["data"]["article_id"] for t in tasks] == sorted(p.stem for p in FORK.glob("*.md"))
    assert (tmp_path / "labelstudio.xml").read_text(encoding="utf-8") == CONFIG.read_text(encoding="utf-8")
    first = {(r["from_name"], r["type"]) for r in tasks[0]["predictions"][0]["result"]}
    assert {("kind", "labels"), ("speaker", "textarea"), ("target", "textarea"), ("stance", "choices"),
            ("cameo", "textarea"), ("said_on", "textarea"), ("event_id", "textarea"),
            ("stated_date", "textarea"), ("status", "choices")} <= first


def test_the_configuration_has_a_control_for_every_field_the_export_writes():
    root = ET.parse(CONFIG).getroot()
    controls = {e.get("name"): e for e in root.iter() if e.tag in ("Labels", "TextArea", "Choices")}
    text = [e for e in root.iter("Text")]
    assert len(text) == 1 and text[0].get("name") == "body" and text[0].get("value") == "$text"
    assert all(c.get("toName") == "body" for c in controls.values())
    assert all(c.get("perRegion") == "true" for name, c in controls.items() if name != "kind")
    tasks = export_tasks(CORPUS, load_actors(actors_for_corpus(CORPUS)), ANNOTATIONS)
    used = {r["from_name"] for t in tasks for r in t["predictions"][0]["result"]}
    assert used <= set(controls)
    choices = {name: {c.get("value") for c in e.iter("Choice")} for name, e in controls.items() if e.tag == "Choices"}
    assert choices["stance"] == {"-2", "-1", "0", "+1", "+2"} and choices["status"] == {"draft", "reviewed"}
    labels = {label.get("value") for label in controls["kind"].iter("Label")}
    assert labels == {"direct", "partial", "reported", "authorial", "event"}


def _fork_export(tmp_path) -> tuple[list[dict], object]:
    registry = load_actors(actors_for_corpus(FORK))
    write_draft(FORK, registry, tmp_path / "draft")
    return as_label_studio_export(export_tasks(FORK, registry, tmp_path / "draft")), registry


def _results(task, region, name):
    return [r for r in task["annotations"][0]["result"] if r["id"] == region and r["from_name"] == name]


def test_an_unknown_actor_id_is_refused_with_the_row_named(tmp_path):
    export, registry = _fork_export(tmp_path)
    _results(export[0], "s0001", "speaker")[0]["value"]["text"] = ["nobody"]
    (tmp_path / "export.json").write_text(json.dumps(export), encoding="utf-8")
    out = run_cli("labelstudio", "import", str(tmp_path / "export.json"), "--corpus", str(FORK),
                  "--out", str(tmp_path / "back"))
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert out.stderr == ("error: task 1 (article f01_dam_dispute), region s0001, statement f01_dam_dispute-S001, "
                          "speaker: unknown actor id 'nobody' (use an id of the actors.yml)\n")
    assert not (tmp_path / "back").exists()


def test_offsets_are_checked_against_the_body(tmp_path):
    export, registry = _fork_export(tmp_path)
    for item in export[0]["annotations"][0]["result"]:
        if item["id"] == "s0001":
            item["value"]["start"] += 1
            item["value"]["end"] += 1
    with pytest.raises(LabelStudioError, match=r"task 1 \(article f01_dam_dispute\), region s0001: offsets 1–162 give"):
        import_export(export, FORK, registry)


def test_offsets_counted_in_utf16_after_an_emoji_are_converted(tmp_path, write_article):
    write_article("e1", body="🔥 Teaser.\n\nVučić said Turkey \"does not want stability\".\n")
    corpus = write_article.folder
    registry = load_actors(actors_for_corpus(CORPUS))
    body = load_corpus(corpus).iloc[0]["body"]
    start = body.index("does")
    region = {"id": "x", "from_name": "kind", "to_name": "body", "type": "labels",
              "value": {"start": start + 1, "end": start + 24, "text": "does not want stability", "labels": ["partial"]}}
    fields = [{"id": "x", "from_name": name, "to_name": "body", "type": kind, "value": value}
              for name, kind, value in (("speaker", "textarea", {"text": ["vucic"]}),
                                        ("target", "textarea", {"text": ["turkey"]}),
                                        ("cameo", "textarea", {"text": ["112"]}),
                                        ("stance", "choices", {"choices": ["-2"]}))]
    tables = import_export([{"id": 7, "data": {"article_id": "e1"}, "annotations": [{"result": [region, *fields]}]}],
                           corpus, registry)
    row = tables["statements.csv"].iloc[0]
    assert (row["start"], row["end"], row["quote"]) == (start, start + 23, "does not want stability")
    assert (row["plover"], row["goldstein"], row["stance"]) == ("ACCUSE", -2.0, -2)
    assert row["statement_id"] == "e1-R001"  # a region the coder added without an id gets one


def test_the_latest_annotation_wins_and_an_unopened_task_keeps_its_prediction(tmp_path):
    export, registry = _fork_export(tmp_path)
    reviewed = copy.deepcopy(export[0]["annotations"][0])
    reviewed.update(id=999, updated_at="2026-11-30T01:00:00.000000Z")
    for item in reviewed["result"]:
        if item["id"] == "s0001" and item["from_name"] == "stance":
            item["value"]["choices"] = ["+1"]
        if item["id"] == "s0001" and item["from_name"] == "status":
            item["value"]["choices"] = ["reviewed"]
    cancelled = copy.deepcopy(reviewed)
    cancelled.update(id=1000, was_cancelled=True, updated_at="2026-11-30T02:00:00.000000Z", result=[])
    export[0]["annotations"] += [reviewed, cancelled]
    export[1]["annotations"] = []
    statements = import_export(export, FORK, registry)["statements.csv"]
    first = statements.iloc[0]
    assert (first["stance"], first["status"]) == (1, "reviewed")
    draft = load_coded_statements(tmp_path / "draft")
    assert len(statements) == len(draft) and (statements["status"] == "draft").sum() == len(draft) - 1
    # the second task, never opened, keeps its prediction: the draft's rows of that article
    second = export[1]["data"]["article_id"]
    assert statements[statements["article_id"] == second]["quote"].tolist() == \
        draft[draft["article_id"] == second]["quote"].tolist()


def test_import_never_writes_into_a_folder_that_holds_coding(tmp_path):
    export, _ = _fork_export(tmp_path)
    (tmp_path / "export.json").write_text(json.dumps(export), encoding="utf-8")
    out = run_cli("labelstudio", "import", str(tmp_path / "export.json"), "--corpus", str(FORK),
                  "--out", str(tmp_path / "draft"))
    assert out.returncode == 2 and "already holds coding" in out.stderr


@pytest.mark.parametrize("name", ["fork_draft", "study_gold"])
def test_exports_written_by_a_real_label_studio_server_import_losslessly(tmp_path, name):
    """tests/fixtures/labelstudio/NAME.json: what Label Studio 1.23.2 exported after the tasks of
    `labelstudio export` (the fork's draft; the study's coding) were imported and each submitted
    unchanged (recorded with tests/labelstudio_server.py); NAME/ holds the coding exported."""
    corpus = {"fork": FORK, "study": CORPUS}[name.split("_")[0]]
    export = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert all(task["annotations"] and task["predictions"] for task in export)
    write_import(FIXTURES / f"{name}.json", corpus, load_actors(actors_for_corpus(corpus)), tmp_path / "back")
    for file in FILES:
        assert (tmp_path / "back" / file).read_bytes() == (FIXTURES / name / file).read_bytes(), file


LABEL_STUDIO = os.environ.get("RHETORIC_LABEL_STUDIO") or shutil.which("label-studio")


@pytest.mark.slow
@pytest.mark.skipif(not LABEL_STUDIO, reason="label-studio is not installed (pip install -e '.[coding]', "
                                             "or RHETORIC_LABEL_STUDIO=path/to/label-studio)")
def test_round_trip_through_a_real_label_studio_server_on_loopback(tmp_path):
    from labelstudio_server import record

    registry = load_actors(actors_for_corpus(FORK))
    write_draft(FORK, registry, tmp_path / "draft")
    record(str(FORK), str(tmp_path / "draft"), str(tmp_path / "export.json"), LABEL_STUDIO)
    write_import(tmp_path / "export.json", FORK, registry, tmp_path / "back")
    for file in FILES:
        assert (tmp_path / "back" / file).read_bytes() == (tmp_path / "draft" / file).read_bytes(), file
