"""Stopping a run: SIGTERM and Ctrl-C end it in one line, with every worker process gone and no file half-written.

Each test signals when the run has reached the point it is about (its pool of workers
started), watched through /proc, never after a guessed sleep.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from common import GENEVA_ARTICLE, GEOMAP

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="watches processes through /proc")


def children(pid: int) -> set[int]:
    """The live (not zombie) child processes of ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition, what: str, timeout: float = 120.0):
    """Poll ``condition`` until it holds (a state of other processes: nothing to block on)."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)
    return result


@pytest.fixture()
def running(tmp_path):
    """``geomap map`` on 12,000 articles with two worker processes, in a session of its own, once its pool runs."""
    out = tmp_path / "m.html"
    out.write_text("previous map", encoding="utf-8")
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": str(i), "text": GENEVA_ARTICLE}) + "\n" for i in range(12000)),
                    encoding="utf-8")
    proc = subprocess.Popen([*GEOMAP, "map", str(wire), "-o", str(out), "--quiet", "--workers", "2"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        workers = wait_for(lambda: (kids if len(kids := children(proc.pid)) >= 2 else None), "the worker pool")
        assert proc.poll() is None, "the run ended before it could be stopped"
        yield proc, workers, out
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in children(proc.pid):  # only if a test failed: leave nothing behind
            os.kill(pid, signal.SIGKILL)


def stopped(proc, workers, out, status: int, word: bytes) -> None:
    proc.wait(timeout=120)
    # Orphaned workers would hold stderr open: look for them before reading it to its end.
    wait_for(lambda: not any(alive(pid) for pid in workers), "the workers to be gone", timeout=60)
    err = proc.stderr.read()
    assert proc.returncode == status, err
    assert err.splitlines() == [b"geomap: " + word + b"; no output was half-written"], err
    assert out.read_text(encoding="utf-8") == "previous map"
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".m.html.")]


def test_sigterm_stops_the_run_and_its_workers(running):
    """kill PID (a service manager stopping the run): the workers go with it, not orphaned to finish alone."""
    proc, workers, out = running
    proc.send_signal(signal.SIGTERM)
    stopped(proc, workers, out, 143, b"terminated")


def test_sigterm_to_the_whole_group(running):
    proc, workers, out = running
    os.killpg(proc.pid, signal.SIGTERM)
    stopped(proc, workers, out, 143, b"terminated")


def test_ctrl_c_is_one_line_not_a_traceback_per_worker(running):
    """A terminal's Ctrl-C reaches every process of the group: the workers leave it to the run."""
    proc, workers, out = running
    os.killpg(proc.pid, signal.SIGINT)
    stopped(proc, workers, out, 130, b"interrupted")


def test_the_command_leaves_the_callers_signal_handlers_as_they_were(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    article = tmp_path / "geneva.txt"
    article.write_text(GENEVA_ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(main, ["places", str(article)]).exit_code == 0
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


def test_sigterm_in_process_is_exit_143(tmp_path, monkeypatch):
    """The handler itself: a SIGTERM raised during the work ends the command with 143 and one line."""
    from click.testing import CliRunner

    import geomap.pipeline
    from geomap.cli import main

    def terminated(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        raise AssertionError("the handler should have stopped the run")  # pragma: no cover

    monkeypatch.setattr(geomap.pipeline, "situation", terminated)
    article = tmp_path / "geneva.txt"
    article.write_text(GENEVA_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["map", str(article), "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 143 and result.stderr == "geomap: terminated; no output was half-written\n"
    assert not (tmp_path / "m.html").exists()


def test_an_ignored_signal_stays_ignored(tmp_path):
    """A run started with SIGTERM ignored (as nohup does for SIGHUP, a shell for background SIGINT) keeps it so."""
    from click.testing import CliRunner

    from geomap.cli import main

    article = tmp_path / "geneva.txt"
    article.write_text(GENEVA_ARTICLE, encoding="utf-8")
    seen = []

    def places_with_sigterm(*args, **kwargs):
        seen.append(signal.getsignal(signal.SIGTERM))
        return iter(())

    previous = signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("geomap.pipeline.extract", places_with_sigterm)
            CliRunner().invoke(main, ["places", str(article)])
        assert seen == [signal.SIG_IGN] and signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, previous)
