"""What the build is asked to do: reports.yml as models, the build's mode, and one report's job.

- ``load_config`` reads reports.yml into ``BuildConfig`` (pydantic models that forbid unknown
  keys); an error names the file and the field.
- ``build_mode`` says whether a corpus is the study's own (data/corpus) or a fork; ``MODE_TAGS``
  which cells each mode leaves out; ``ReportConfig.for_mode`` and ``BuildConfig.study`` what a
  report and the landing page say in that mode.
- ``Job`` is one report to build, everything a worker process needs, all picklable.
- ``BuildError`` is the error of every step of the build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rhetoric.errors import RhetoricError
from rhetoric.paths import DEFAULT_CORPUS


class BuildError(RhetoricError):
    pass


#: Cells tagged with the other mode's tag are left out of a build: ``study`` cells (narrative
#: true only of data/corpus) from builds of other corpora, ``fork`` cells from the study's.
MODE_TAGS = {"study": "fork", "fork": "study"}


class About(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: str = ""
    methods: str = ""
    limits: str = ""


class ReportFork(BaseModel):
    """What a report says and uses when it is built from another corpus than data/corpus."""
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    summary: str | None = None
    parameters: dict[str, object] = {}


class ReportConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    notebook: str
    title: str
    summary: str
    parameters: dict[str, object] = {}
    fork: ReportFork | None = None

    def for_mode(self, mode: str) -> "ReportConfig":
        """This report as a build in ``mode`` ("study" or "fork") sees it."""
        if mode != "fork" or self.fork is None:
            return self
        return self.model_copy(update={
            "title": self.fork.title or self.title, "summary": self.fork.summary or self.summary,
            "parameters": {**self.parameters, **self.fork.parameters}})


class StudyFork(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    question: str | None = None
    about: About | None = None


class BuildConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    question: str
    about: About = About()
    fork: StudyFork | None = None
    reports: list[ReportConfig]

    def study(self, mode: str) -> dict:
        """Title, question and about texts of the landing page in ``mode``."""
        fork = self.fork if mode == "fork" and self.fork else StudyFork()
        return {"title": fork.title or self.title, "question": fork.question or self.question,
                "about": fork.about or self.about}


def build_mode(corpus: Path) -> str:
    """"study" for the study's own corpus (data/corpus), "fork" for any other."""
    return "study" if corpus.resolve() == DEFAULT_CORPUS.resolve() else "fork"


def load_config(path: Path) -> BuildConfig:
    from rhetoric.yaml_limits import check_nesting

    try:
        text = path.read_text(encoding="utf-8")
        if problem := check_nesting(text):
            raise BuildError(f"{path}: {problem}")
        data = yaml.safe_load(text)
        config = BuildConfig.model_validate(data)
    except FileNotFoundError:
        raise BuildError(f"{path}: build configuration not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    except yaml.YAMLError as exc:
        raise BuildError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise BuildError(f"{path}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    names = [r.name for r in config.reports]
    if len(set(names)) != len(names) or "index" in names:
        raise BuildError(f"{path}: report names must be unique and not 'index'")
    return config


@dataclass
class Job:
    """One report to build: everything a worker process needs, all picklable."""

    spec: ReportConfig
    notebook: Path
    out_dir: Path
    parameters: dict
    inputs_sha256: str
    package_inputs: list[str] = field(default_factory=list)
    mode: str = "study"
    staging: Path = field(default=Path())
    kernels: Path | None = None  # the build's folder for kernel sockets; removed by the build

    @property
    def name(self) -> str:
        return self.spec.name
