"""The ``geomap`` command: a thin layer over the Python API, one command per function."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import NoReturn

import click

from .errors import GeomapError, NoInputError, OutputError
from .records import Role

EXIT_WARNINGS = 3
"""Exit status with ``--strict`` when some input was skipped."""
EXIT_USAGE = 2
"""Exit status of a run that cannot start or has nothing to work on (click's, for a bad option)."""
EXIT_PIPE = 128 + signal.SIGPIPE
"""Exit status when stdout's reader has gone, as a shell reports a tool the closed pipe stopped."""
EXIT_INTERRUPTED = 128 + signal.SIGINT
"""Exit status after Ctrl-C."""
EXIT_TERMINATED = 128 + signal.SIGTERM
"""Exit status after SIGTERM (``kill``, a container or service manager stopping the run)."""

# Line breaks, terminal escapes and other controls: a message printing one would fake or hide lines.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """``message`` with its control characters escaped as in a Python string, so it prints as one line.

    >>> print(one_line("a.txt\\n\\x1b[2Jgeomap: warning: fake"))
    a.txt\\n\\x1b[2Jgeomap: warning: fake
    """
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], message)


class _Warnings:
    """Collects per-input problems; prints each as one line on stderr."""

    def __init__(self):
        self.count = 0

    def __call__(self, err: GeomapError) -> None:
        self.count += 1
        click.echo(f"geomap: warning: {one_line(str(err))}", err=True)


def _progress(quiet: bool):
    """A tqdm bar on stderr for runs of more than a few seconds; none with --quiet or when not a terminal."""
    def wrap(iterable):
        from tqdm import tqdm

        return tqdm(iterable, unit=" articles", disable=quiet or not sys.stderr.isatty(), delay=2.0,
                    mininterval=0.5, file=sys.stderr, leave=False)

    return wrap


def _workers(ctx, param, value: str) -> int | str:
    """The --workers value: "auto" or a whole number of processes, checked before any work."""
    if value == "auto":
        return value
    try:
        number = int(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is neither a number of processes nor 'auto'") from None
    if number < 1:
        raise click.BadParameter(f"{number} processes: at least 1")
    return number


def run_options(command):
    """--workers, --quiet, shared by the commands that process articles."""
    command = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(command)
    command = click.option("--workers", default="auto", show_default=True, metavar="N|auto", callback=_workers,
                           help="Processes for the per-article stages (auto: every core, as memory allows, "
                                "for big batches).")(command)
    return command


def _finish(warnings: _Warnings, strict: bool) -> None:
    if warnings.count and strict:
        raise SystemExit(EXIT_WARNINGS)


def geocoder_options(command):
    """--geocoder, --user-agent, --geocode-cache: online geocoding for names the offline index lacks."""
    command = click.option("--geocode-cache", type=click.Path(dir_okay=False),
                           help="SQLite file caching online answers (default: in memory).")(command)
    command = click.option("--user-agent", default="geomap", show_default=True,
                           help="User agent sent to the online geocoder (Nominatim requires a real one).")(command)
    command = click.option("--geocoder", type=click.Choice(["offline", "nominatim", "photon", "arcgis"]),
                           default="offline", show_default=True,
                           help="Online geocoder for names the offline gazetteer does not know.")(command)
    return command


def _geocoder(name: str, user_agent: str, cache: str | None):
    if name == "offline":
        return None
    from .geocoders import get_geocoder

    _check_outputs(cache)
    return get_geocoder(name, user_agent=user_agent, cache_path=cache)


class _Failed(click.ClickException):
    """A GeomapError as click shows it: one line, exit 1, or 2 when the run could not start or had no input."""

    def __init__(self, err: GeomapError):
        super().__init__(one_line(str(err)))
        if isinstance(err, (NoInputError, OutputError)):
            self.exit_code = EXIT_USAGE


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C raises KeyboardInterrupt, so that the same clean-ups run on the way out."""


def _stop_workers() -> None:
    """Terminate this process's worker processes at once.

    Left alone, pool workers finish the chunk they hold first; and if a SIGKILL follows
    the SIGTERM, as service managers send one, they are orphaned.
    """
    multiprocessing = sys.modules.get("multiprocessing")  # no workers unless it was imported
    if multiprocessing is None:
        return
    for child in multiprocessing.active_children():
        child.terminate()


@contextmanager
def _stoppable():
    """Ctrl-C and SIGTERM stop the run the same way: workers terminated, then an exception in the main thread.

    The handlers are installed for the command only (the test runner's own stay as they
    were), and not for a signal ignored when the command started (``nohup``, a background
    job). A forked worker inherits them: there they exit at once, quietly, as the signal's
    default would.
    """
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    owner = os.getpid()

    def stop(signum, frame):
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        _stop_workers()
        raise _Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)
                if signal.getsignal(sig) is not signal.SIG_IGN}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _Guarded(click.Group):
    """Turns any unexpected exception into one line (set GEOMAP_DEBUG=1 for the traceback), Ctrl-C into exit 130,
    SIGTERM into exit 143."""

    def invoke(self, ctx):
        try:
            with _stoppable():
                return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except GeomapError as err:
            raise _Failed(err) from err
        except _Terminated:
            click.echo("geomap: terminated; no output was half-written", err=True)
            raise SystemExit(EXIT_TERMINATED) from None
        except KeyboardInterrupt:
            click.echo("geomap: interrupted; no output was half-written", err=True)
            raise SystemExit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            _reader_gone()
        except Exception as err:  # a bug: say so in one line rather than dump a traceback
            if os.environ.get("GEOMAP_DEBUG"):
                raise
            raise click.ClickException(f"internal error: {type(err).__name__}: {err} "
                                       "(set GEOMAP_DEBUG=1 for the traceback)") from err


def _reader_gone() -> NoReturn:
    """stdout's reader has gone (``geomap places ... | head``): stop quietly, as Unix tools do."""
    try:
        # What is still buffered then goes nowhere at exit, instead of raising again there.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (click's test runner): nothing to silence
        pass
    raise SystemExit(EXIT_PIPE)


def _check_outputs(*paths: str | None) -> None:
    """Refuse output paths that cannot be written before the work starts, not after it."""
    from .atomic import check_writable

    for path in paths:
        if path:
            check_writable(path)


def _nothing_read() -> NoReturn:
    raise NoInputError("no article could be read (the warnings above say why); nothing written")


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomap")
def main() -> None:
    """Turn news articles into a situation map (HTML + GeoJSON), offline."""


@main.command("places")
@click.argument("articles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl", show_default=True,
              help="One JSON record a line, CSV, or one GeoJSON FeatureCollection (geomap.pipeline.format_places).")
@click.option("--all", "include_all", is_flag=True, help="Also list descriptive zone phrases, not only place names.")
@click.option("--strict", is_flag=True, help=f"Exit {EXIT_WARNINGS} if any input was skipped.")
@geocoder_options
@run_options
def places_command(articles: tuple[str, ...], fmt: str, include_all: bool, strict: bool, geocoder: str,
                   user_agent: str, geocode_cache: str | None, workers: int | str, quiet: bool) -> None:
    """Print one record per place mention in ARTICLES (.txt, .html, .jsonl or - for stdin).

    Calls geomap.extract() and geomap.pipeline.format_places(); offsets index the article
    text exactly as read. Exits 2, printing nothing, when no article could be read.
    """
    from .ingest import read_articles
    from .pipeline import extract, format_places, unique_ids

    warnings = _Warnings()
    read = 0
    online = _geocoder(geocoder, user_agent, geocode_cache)
    stream = _progress(quiet)(unique_ids(read_articles(articles, warnings)))

    def mentions():
        nonlocal read
        for _article, found in extract(stream, geocoder=online, on_error=warnings, workers=workers):
            read += 1
            yield from (m for m in found if include_all or m.zone is None)

    out = sys.stdout
    for piece in format_places(mentions(), fmt):
        if not read:  # the empty GeoJSON of a run that read nothing: print nothing
            _nothing_read()
        out.write(piece)
    if not read:
        _nothing_read()
    out.flush()  # a reader gone (| head) shows here, inside the command, not in the interpreter's exit
    _finish(warnings, strict)


@dataclass(frozen=True)
class MapOptions:
    """What ``geomap map`` (and ``demo``) writes, and where the work runs."""

    output: str | None = "situation.html"  # the HTML map
    geojson: str | None = None
    parquet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    embed: bool = False  # a page for an iframe
    strict: bool = False  # exit EXIT_WARNINGS when an input was skipped
    geocoder: object = None  # an online geocoder for names the offline index lacks
    workers: int | str = 1
    quiet: bool = True  # no progress bar
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a dask scheduler's address


def _write_map(articles, opts: MapOptions) -> None:
    from .ingest import shown
    from .pipeline import situation, write_outputs

    _check_outputs(opts.output, opts.geojson, opts.parquet)
    warnings = _Warnings()
    if opts.engine == "dask":
        from .engine import situation_distributed

        frame = situation_distributed(articles, opts.scheduler, on_error=warnings, geocoder=opts.geocoder)
    else:
        frame = situation(articles, on_error=warnings, geocoder=opts.geocoder, workers=opts.workers,
                          progress=_progress(opts.quiet))
    if not frame.attrs["articles"]:
        _nothing_read()
    write_outputs(frame, opts.output, opts.geojson, title=opts.title, subtitle=opts.subtitle, embed=opts.embed,
                  parquet_path=opts.parquet)
    counts = frame["role"].value_counts().to_dict() if len(frame) else {}
    summary = ", ".join(f"{counts.get(r.value, 0)} {r.value}" for r in Role)
    written = ", ".join(shown(path) for path in (opts.output, opts.geojson, opts.parquet) if path)
    click.echo(f"geomap: {len(frame)} places ({summary})" + (f" -> {written}" if written else ""), err=True)
    _finish(warnings, opts.strict)


@main.command("map")
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", default="situation.html", show_default=True, help="HTML map to write.")
@click.option("--geojson", help="Also write the places as a GeoJSON FeatureCollection.")
@click.option("--parquet", metavar="FILE", help="Also write the places as GeoParquet (needs pyarrow).")
@click.option("--title", help="Title shown on the map.")
@click.option("--subtitle", help="Subtitle under the title.")
@click.option("--embed", is_flag=True, help="A page for an iframe: fills it, no title or sources panel.")
@click.option("--strict", is_flag=True, help=f"Exit {EXIT_WARNINGS} if any input was skipped.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the per-article stages run: this machine, or a dask.distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) for --engine dask; without it a local cluster is started.")
@geocoder_options
@run_options
def map_command(articles, output, geojson, parquet, title, subtitle, embed, strict, engine, scheduler, geocoder,
                user_agent, geocode_cache, workers, quiet) -> None:
    """Write the situation map of ARTICLES as one HTML file (and GeoJSON).

    Calls geomap.situation() then geomap.write_outputs(). Exits 2, writing nothing, when
    an output cannot be written or no article could be read.
    """
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    online = _geocoder(geocoder, user_agent, geocode_cache)
    if parquet:
        from .geoparquet import require_pyarrow

        require_pyarrow()
    _write_map(list(articles), MapOptions(
        output=output, geojson=geojson, parquet=parquet, title=title, subtitle=subtitle, embed=embed, strict=strict,
        geocoder=online, workers=workers, quiet=quiet, engine=engine, scheduler=scheduler))


@main.command("demo")
@click.option("-o", "--output", default="situation.html", show_default=True)
@click.option("--geojson", default="situation.geojson", show_default=True)
def demo_command(output: str, geojson: str) -> None:
    """Map the two seed articles shipped inside the package (South Caucasus peace talks)."""
    folder = files("geomap.demo")
    paths = sorted(str(Path(str(folder / name.name))) for name in folder.iterdir() if name.name.endswith(".txt"))
    _write_map(paths, MapOptions(
        output=output, geojson=geojson, title="South Caucasus: peace talks, the Lachin corridor, the peacekeepers' zone",
        subtitle="Two reports on Armenia pulling out of the Moscow meeting (seed articles)"))


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--min-f1", type=float, default=0.0, show_default=True, help="Fail (exit 1) below this recognition F1.")
@click.option("--min-accuracy", type=float, default=0.0, show_default=True,
              help="Fail (exit 1) below this accuracy within 161 km.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list every error, grouped by class: spurious, missed, wrong place, no point.")
@click.option("--demonyms", type=click.Choice(["auto", "score", "ignore"]), default="auto", show_default=True,
              help="Score predicted demonyms (kind demonym); auto: when the gold set marks any.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(gold: str, min_f1: float, min_accuracy: float, show_errors: bool, demonyms: str,
                 as_json: bool) -> None:
    """Score recognition (P/R/F1, exact span) and resolution (acc@161 km, median km, AUC) on GOLD.jsonl.

    GOLD.jsonl holds one article per line (UTF-8, lines end at "\\n"):

    \b
      {"id": "a1", "text": "Talks opened in Geneva on Monday.",
       "places": [{"start": 16, "end": 22, "text": "Geneva", "lat": 46.2, "lon": 6.15}]}

    \b
    text    the article (string)
    places  list of the place names in it, each with
            start, end  character offsets into text (integers)
            text        text[start:end] (string)
            lat, lon    where it is (numbers); null lat: scored for recognition only
    id      optional name used in --errors

    Calls geomap.evaluate.evaluate(). A malformed line stops with its file, line and field.
    """
    from .evaluate import evaluate

    report = evaluate(gold, demonyms=demonyms)
    click.echo(json.dumps(report.as_dict()) if as_json else report.summary())
    if show_errors:
        for kind, errors in report.grouped_errors().items():
            click.echo(f"## {kind} ({len(errors)})")
            for e in errors:
                click.echo(json.dumps(e, ensure_ascii=False))
    failed = []
    if report.f1 < min_f1:
        failed.append(f"F1 {report.f1:.3f} < {min_f1}")
    if report.accuracy_161km < min_accuracy:
        failed.append(f"acc@161km {report.accuracy_161km:.3f} < {min_accuracy}")
    if failed:
        raise click.ClickException("quality below threshold: " + "; ".join(failed))


@main.command("eval-roles")
@click.argument("roleset", type=click.Path(dir_okay=False))
@click.option("--min-accuracy", type=float, default=0.0, show_default=True, help="Fail (exit 1) below this.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every place given the wrong role.")
def eval_roles_command(roleset: str, min_accuracy: float, show_errors: bool) -> None:
    """Score roles (venue, corridor, zone, party, place) on ROLESET.jsonl ({id, text, expected: {role: [names]}}).

    Calls geomap.rolescore.score_roles().
    """
    from .rolescore import score_roles

    try:
        report = score_roles(roleset)
    except (OSError, ValueError, KeyError) as err:
        raise click.ClickException(f"{roleset}: not a role set ({type(err).__name__}: {err})") from err
    click.echo(report.summary())
    if show_errors:
        for e in report.errors:
            click.echo(json.dumps(e, ensure_ascii=False))
    if report.accuracy < min_accuracy:
        raise click.ClickException(f"role accuracy {report.accuracy:.3f} < {min_accuracy}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
