"""Generated inputs: CSVs to import, reject homes built from them, jrnl journals."""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
from pathlib import Path

from harness.config import REJECT
from harness.environment import base_env, reject_env
from harness.procs import Run, run

COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark Industries",
    "Wayne Enterprises",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Vandelay",
    "Wonka",
    "Aperture",
    "Black Mesa",
    "Oscorp",
    "Massive Dynamic",
    "Dunder Mifflin",
    "Pied Piper",
    "Gringotts",
    "Monsters Inc",
]
ROLES = [
    "Backend Engineer",
    "Senior Python Developer",
    "Data Engineer",
    "Platform Engineer",
    "Site Reliability Engineer",
    "Staff Engineer",
    "Engineering Manager",
    "ML Engineer",
]
STAGES = ["application", "screen", "assessment", "interview", "final", "offer"]
TAGS = [
    "python",
    "remote",
    "fintech",
    "startup",
    "onsite",
    "contract",
    "lead",
    "backend",
    "data",
    "cloud",
    "golang",
    "hybrid",
    "referral",
    "agency",
    "bigtech",
    "visa",
]
FEEDBACK = [
    "Go deeper on system design; the scaling discussion stayed at the surface.",
    "Strong coding, but we went with someone with more Kubernetes experience.",
    "The team felt the role needed more people leadership.",
    "Great conversation; the position was filled internally.",
    "",
    "",
]


def write_csv(path: Path, n: int, *, tagged: bool, seed: int = 5) -> None:
    rng = random.Random(seed)
    today = dt.date.today()
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["company", "role", "date", "stage", "feedback", "tags"])
        for i in range(n):
            day = today - dt.timedelta(days=1 + rng.randrange(3650))
            tags = ";".join(rng.sample(TAGS, 2)) if tagged else ""
            w.writerow(
                [
                    f"{rng.choice(COMPANIES)} {i % 500}",
                    rng.choice(ROLES),
                    day.isoformat(),
                    rng.choice(STAGES),
                    rng.choice(FEEDBACK),
                    tags,
                ]
            )


TRACKER_STATUSES = ["Rejected", "Not Selected", "Unsuccessful", "No Response", "Applied", "Offer"]


def write_tracker_csv(path: Path, n: int, seed: int = 7) -> None:
    """A tracker's export as Excel saves it where the decimal mark is a comma:
    a byte-order mark, semicolons, capitalised headers, month-first dates,
    a status column (a third of the rows are not rejections, and skipped) and
    columns reject leaves out."""
    rng = random.Random(seed)
    today = dt.date.today()
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(
            ["Company", "Job Title", "Status", "Date Applied", "Location", "Job URL",
             "Notes", "Recruiter", "Salary"]
        )  # fmt: skip
        for i in range(n):
            day = today - dt.timedelta(days=1 + rng.randrange(3650))
            w.writerow(
                [
                    f"{rng.choice(COMPANIES)} {i % 500}",
                    rng.choice(ROLES),
                    rng.choice(TRACKER_STATUSES),
                    f"{day.month:02d}/{day.day:02d}/{day.year}",
                    "Remote",
                    f"https://jobs.example/{i}",
                    rng.choice(FEEDBACK),
                    "Jane Doe",
                    "70000",
                ]
            )


def jrnl_journal(folder: Path, n: int, *, tagged: bool, seed: int = 5) -> dict[str, str]:
    """A jrnl 4.6 journal of ``n`` entries (plain file, no encryption) and its config."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    start = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=3650)
    step = dt.timedelta(days=3650) / max(n, 1)
    with open(journal, "w", encoding="utf-8") as f:
        for i in range(n):
            when = start + step * i
            tags = " ".join("@" + t for t in rng.sample(TAGS, 2)) if tagged else ""
            stage = rng.choice(STAGES)
            fb = rng.choice(FEEDBACK)
            body = f"Stage: {stage}. {fb}".strip()
            f.write(
                f"[{when:%Y-%m-%d %H:%M}] Rejected by {rng.choice(COMPANIES)} {i % 500} for "
                f"{rng.choice(ROLES)}. {body} {tags}".rstrip()
                + "\n\n"
            )
    cfg = folder / "cfg" / "jrnl"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "jrnl.yaml").write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\njournals:\n  default:\n"
        f"    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: '4.6'\n",
        encoding="utf-8",
    )
    env = base_env()
    env["XDG_CONFIG_HOME"] = str(folder / "cfg")
    env["XDG_DATA_HOME"] = str(folder / "data")
    return env


def build_reject(home: Path, csv_path: Path) -> Run:
    if home.exists():
        shutil.rmtree(home)
    # Folded at once, so the journal is the settled journal.json a long-used
    # one is; the commands measured then append to the change log as usual.
    env = {**reject_env(home), "REJECT_COMPACT_EVERY": "1"}
    r = run([str(REJECT), "import", str(csv_path)], env, timeout=3600)
    if r.rc != 0:
        raise SystemExit(f"reject import failed ({home}): {r.stderr or r.stdout}")
    return r


def clear_backups(home: Path):
    """Drop the rotating backups between log runs (keeps 100k runs from piling 20 x 60 MB)."""

    def clear() -> None:
        shutil.rmtree(home / "backups", ignore_errors=True)

    return clear
