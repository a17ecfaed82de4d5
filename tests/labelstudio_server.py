"""A real Label Studio server on loopback, for the round-trip test and its recorded exports.

``LabelStudio(executable)`` starts ``label-studio start`` on 127.0.0.1 with a fresh data folder
and a user whose API token is set by environment variables, and talks to its REST API with
urllib: create a project with the shipped labelling configuration, import tasks, submit an
annotation, export the project as JSON. ``python tests/labelstudio_server.py CORPUS CODING OUT``
records such an export (tests/fixtures/labelstudio/).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

TOKEN = "0123456789abcdef0123456789abcdef01234567"
USER, PASSWORD = "coder@example.org", "rhetoric-test-pw"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LabelStudio:
    def __init__(self, executable: str, startup: float = 900):
        self.data = tempfile.mkdtemp(prefix="rhetoric-labelstudio-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": self.data, "LABEL_STUDIO_USERNAME": USER,
               "LABEL_STUDIO_PASSWORD": PASSWORD, "LABEL_STUDIO_USER_TOKEN": TOKEN,
               "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true"}
        self.log = open(Path(self.data) / "server.log", "w")
        self.process = subprocess.Popen([executable, "start", "--no-browser", "--host", self.url,
                                         "--internal-host", "127.0.0.1", "--port", str(self.port)],
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + startup
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"label-studio exited ({self.process.returncode}); log: {self.log.name}")
            try:
                self.call("GET", "/api/projects")
                return
            except urllib.error.HTTPError as exc:
                if exc.code != 401:
                    raise
                self.allow_legacy_tokens()
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(2)
        self.stop()
        raise RuntimeError(f"label-studio did not answer within {startup} s; log: {self.log.name}")

    def allow_legacy_tokens(self) -> None:
        """Label Studio 1.2x disables the fixed API tokens ("legacy") of a new organisation; the
        server's own database (a throwaway one) enables them for the test user."""
        import sqlite3

        database = Path(self.data) / "label_studio.sqlite3"
        with sqlite3.connect(database) as db:
            db.execute("UPDATE jwt_auth_jwtsettings SET legacy_api_tokens_enabled = 1")
        time.sleep(1)

    def call(self, method: str, path: str, body=None):
        data = json.dumps(body).encode("utf-8") if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers={
            "Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            text = response.read().decode("utf-8")
        return json.loads(text) if text else None

    def project(self, title: str, config: str) -> int:
        return self.call("POST", "/api/projects", {"title": title, "label_config": config})["id"]

    def import_tasks(self, project: int, tasks: list[dict]) -> None:
        self.call("POST", f"/api/projects/{project}/import", tasks)

    def tasks(self, project: int) -> list[dict]:
        found = self.call("GET", f"/api/tasks?project={project}&page_size=1000&fields=all")
        return found["tasks"] if isinstance(found, dict) else found

    def submit_prediction(self, task: dict) -> None:
        """What a coder does who opens a task and submits it unchanged: an annotation whose result
        is the prediction's."""
        prediction = task["predictions"][0]
        self.call("POST", f"/api/tasks/{task['id']}/annotations",
                  {"result": prediction["result"], "was_cancelled": False, "parent_prediction": prediction["id"]})

    def export(self, project: int) -> list[dict]:
        return self.call("GET", f"/api/projects/{project}/export?exportType=JSON&download_all_tasks=true")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        import shutil

        shutil.rmtree(self.data, ignore_errors=True)


def record(corpus: str, coding: str | None, out: str, executable: str = "label-studio") -> None:
    """Export CODING (or the draft) of CORPUS, pass it through a real server (every task submitted
    unchanged), and write the server's JSON export to OUT."""
    from rhetoric.actors import actors_for_corpus, load_actors
    from rhetoric.coding.labelstudio import CONFIG, export_tasks

    tasks = export_tasks(corpus, load_actors(actors_for_corpus(corpus)), coding or None)
    server = LabelStudio(executable)
    try:
        project = server.project("rhetoric round trip", CONFIG.read_text(encoding="utf-8"))
        server.import_tasks(project, tasks)
        for task in server.tasks(project):
            server.submit_prediction(task)
        Path(out).write_text(json.dumps(server.export(project), ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    finally:
        server.stop()


if __name__ == "__main__":
    record(*sys.argv[1:4], *(sys.argv[4:5] or []))
