"""The benchmark venv, what is installed in it, the machine, and process environments."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from harness.config import BASE_VENV, BIN, JRNL, JRNL_VENV, PY, ROOT, VENV
from harness.procs import first_line


def setup_venv(editable: bool) -> str:
    """Create the benchmark venv and (re)install this checkout and jrnl 4.6 into it."""
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=False)
    print("installing reject from this checkout", flush=True)
    spec = ["-e", str(ROOT)] if editable else ["--force-reinstall", "--no-deps", str(ROOT)]
    # Dependencies first (no-op when present), then the project itself fresh.
    subprocess.run([str(PY), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "-q", *spec], check=True)
    return setup_jrnl()


def setup_jrnl() -> str:
    """jrnl 4.6 in its own venv (benchmarks/.work/jrnl-venv), once; if it
    can't be installed the jrnl rows are left out with a note."""
    if JRNL.exists():
        return "installed"
    print(f"installing jrnl==4.6 into {JRNL_VENV}", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=False)
    pip = JRNL_VENV / BIN.name / "pip"
    p = subprocess.run(
        [str(pip), "install", "-q", "jrnl==4.6"], capture_output=True, text=True, encoding="utf-8"
    )
    if p.returncode != 0 or not JRNL.exists():
        return "could not be installed: " + first_line(p.stderr[-2000:])
    return "installed"


def setup_baseline(checkout: Path) -> None:
    """Install another checkout (the "before" code) into a venv of its own."""
    py = BASE_VENV / BIN.name / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BASE_VENV)], check=True)
    print(f"installing the baseline from {checkout}", flush=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(checkout)], check=True)
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(checkout)],
        check=True,
    )


def versions() -> dict[str, str]:
    code = (
        "import importlib.metadata as m, json\n"
        "out = {}\n"
        # The distribution is reject-journal; the report calls it by its command.
        "names = {'reject-journal': 'reject'}\n"
        "for k in [*names, 'typer', 'click', 'rich', 'pydantic', 'pydantic-core']:\n"
        "    try: out[names.get(k, k)] = m.version(k)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))"
    )
    p = subprocess.run(
        [str(PY), "-c", code], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    return json.loads(p.stdout)


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    py = subprocess.run(
        [str(PY), "-VV"], capture_output=True, text=True, encoding="utf-8"
    ).stdout.strip()
    return {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": py,
        "Date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "Load average at start (1/5/15 min)": loadavg(),
    }


def loadavg() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def base_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "REJECT_", "VIRTUAL"))
    }
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    env["EDITOR"] = "true"
    env["VISUAL"] = "true"
    return env


def reject_env(home: Path) -> dict[str, str]:
    env = base_env()
    env["REJECT_HOME"] = str(home)
    return env
