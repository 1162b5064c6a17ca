"""The ``geomap`` command: a thin layer over the Python API, one command per function."""

from __future__ import annotations

import csv
import json
import os
import sys
from importlib.resources import files
from pathlib import Path

import click

from .errors import GeomapError

EXIT_WARNINGS = 3
"""Exit status with ``--strict`` when some input was skipped."""


class _Warnings:
    """Collects per-input problems; prints each as one line on stderr."""

    def __init__(self, quiet: bool = False):
        self.count = 0
        self.quiet = quiet

    def __call__(self, err: GeomapError) -> None:
        self.count += 1
        click.echo(f"geomap: warning: {err}", err=True)


def _progress(quiet: bool):
    """A tqdm bar on stderr for runs of more than a few seconds; none with --quiet or when not a terminal."""
    def wrap(iterable):
        from tqdm import tqdm

        return tqdm(iterable, unit=" articles", disable=quiet or not sys.stderr.isatty(), delay=2.0,
                    mininterval=0.5, file=sys.stderr, leave=False)

    return wrap


def _workers(value: str) -> int | str:
    return "auto" if value == "auto" else max(1, int(value))


def run_options(command):
    """--workers, --quiet, shared by the commands that process articles."""
    command = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(command)
    command = click.option("--workers", default="auto", show_default=True, metavar="N|auto",
                           help="Processes for the per-article stages (auto: all cores for big batches).")(command)
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

    return get_geocoder(name, user_agent=user_agent, cache_path=cache)


class _Guarded(click.Group):
    """Turns any unexpected exception into one line (set GEOMAP_DEBUG=1 for the traceback), Ctrl-C into exit 130."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except GeomapError as err:
            raise click.ClickException(str(err)) from err
        except KeyboardInterrupt:
            click.echo("geomap: interrupted; no output was half-written", err=True)
            raise SystemExit(130) from None
        except Exception as err:  # a bug: say so in one line rather than dump a traceback
            if os.environ.get("GEOMAP_DEBUG"):
                raise
            raise click.ClickException(f"internal error: {type(err).__name__}: {err} "
                                       "(set GEOMAP_DEBUG=1 for the traceback)") from err


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geomap")
def main() -> None:
    """Turn news articles into a situation map (HTML + GeoJSON), offline."""


@main.command("places")
@click.argument("articles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl", show_default=True)
@click.option("--all", "include_all", is_flag=True, help="Also list descriptive zone phrases, not only place names.")
@click.option("--strict", is_flag=True, help=f"Exit {EXIT_WARNINGS} if any input was skipped.")
@geocoder_options
@run_options
def places_command(articles: tuple[str, ...], fmt: str, include_all: bool, strict: bool, geocoder: str,
                   user_agent: str, geocode_cache: str | None, workers: str, quiet: bool) -> None:
    """Print one record per place mention in ARTICLES (.txt, .html, .jsonl or - for stdin).

    Calls geomap.extract(); offsets index the article text exactly as read.
    """
    from .ingest import read_articles
    from .pipeline import extract, mention_record

    warnings = _Warnings()
    out = sys.stdout
    writer = None
    features = []
    try:
        online = _geocoder(geocoder, user_agent, geocode_cache)
        stream = _progress(quiet)(read_articles(articles, warnings))
        for _article, mentions in extract(stream, geocoder=online, on_error=warnings, workers=_workers(workers)):
            for m in mentions:
                if m.label == "ZONE" and not include_all:
                    continue
                rec = mention_record(m)
                if fmt == "jsonl":
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=list(rec), lineterminator="\n")
                        writer.writeheader()
                    writer.writerow(rec)
                else:
                    geom = {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]} if rec["lat"] is not None else None
                    features.append({"type": "Feature", "properties": rec, "geometry": geom})
    except GeomapError as err:
        raise click.ClickException(str(err)) from err
    if fmt == "geojson":
        out.write(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False) + "\n")
    _finish(warnings, strict)


def _write_map(articles, output: str | None, geojson: str | None, title: str | None, strict: bool,
               geocoder=None, subtitle: str | None = None, embed: bool = False, workers: int | str = 1,
               quiet: bool = True, engine: str = "local", scheduler: str | None = None,
               parquet: str | None = None) -> None:
    from .pipeline import situation, write_outputs

    warnings = _Warnings()
    try:
        if engine == "dask":
            from .engine import situation_distributed

            frame = situation_distributed(articles, scheduler, on_error=warnings, geocoder=geocoder)
        else:
            frame = situation(articles, on_error=warnings, geocoder=geocoder, workers=workers,
                              progress=_progress(quiet))
        write_outputs(frame, output, geojson, title=title, subtitle=subtitle, embed=embed, parquet_path=parquet)
    except GeomapError as err:
        raise click.ClickException(str(err)) from err
    counts = frame["role"].value_counts().to_dict() if len(frame) else {}
    summary = ", ".join(f"{counts.get(r, 0)} {r}" for r in ("venue", "corridor", "zone", "party", "place"))
    click.echo(f"geomap: {len(frame)} places ({summary})" + (f" -> {output}" if output else "")
               + (f", {geojson}" if geojson else "") + (f", {parquet}" if parquet else ""), err=True)
    _finish(warnings, strict)


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

    Calls geomap.situation() then geomap.write_outputs().
    """
    try:
        online = _geocoder(geocoder, user_agent, geocode_cache)
        if parquet:
            from .geoparquet import require_pyarrow

            require_pyarrow()
    except GeomapError as err:
        raise click.ClickException(str(err)) from err
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    _write_map(list(articles), output, geojson, title, strict, online, subtitle=subtitle, embed=embed,
               workers=_workers(workers), quiet=quiet, engine=engine, scheduler=scheduler, parquet=parquet)


@main.command("demo")
@click.option("-o", "--output", default="situation.html", show_default=True)
@click.option("--geojson", default="situation.geojson", show_default=True)
def demo_command(output: str, geojson: str) -> None:
    """Map the two seed articles shipped inside the package (South Caucasus peace talks)."""
    folder = files("geomap.demo")
    paths = sorted(str(Path(str(folder / name.name))) for name in folder.iterdir() if name.name.endswith(".txt"))
    _write_map(paths, output, geojson, "South Caucasus: peace talks, the Lachin corridor, the peacekeepers' zone",
               False, subtitle="Two reports on Armenia pulling out of the Moscow meeting (seed articles)")


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--min-f1", type=float, default=0.0, show_default=True, help="Fail (exit 1) below this recognition F1.")
@click.option("--min-accuracy", type=float, default=0.0, show_default=True,
              help="Fail (exit 1) below this accuracy within 161 km.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list every miss, spurious or wrong place.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(gold: str, min_f1: float, min_accuracy: float, show_errors: bool, as_json: bool) -> None:
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

    try:
        report = evaluate(gold)
    except GeomapError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(report.as_dict()) if as_json else report.summary())
    if show_errors:
        for e in report.errors:
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
