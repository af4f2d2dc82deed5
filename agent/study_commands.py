"""Pilot-study commands: `warmline study link|summary|check|researcher`, `warmline export`, `warmline purge`
and `warmline eval redaction`. Each prints one JSON object on its last line."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from agent.settings import Settings

if TYPE_CHECKING:
    from agent.commands import CommandGroups


def register(groups: CommandGroups) -> None:
    study = groups.top.add_parser("study", help="pilot studies: participant links, summaries, researchers")
    sub = study.add_subparsers(dest="study_command", required=True)
    link = sub.add_parser("link", help="print a signed participant link")
    link.add_argument("--study", required=True, help="the study id (from study.yaml)")
    link.add_argument("--participant", required=True, help="the participant id your survey platform uses")
    link.add_argument("--arm", default="", help="fix the arm (needed when the study assigns arms by link)")
    link.add_argument("--days", type=float, default=30.0, help="days until the link expires")
    link.add_argument("--base-url", default=None, help="default: WARMLINE_STUDY_PUBLIC_URL")
    link.set_defaults(handler=_link)
    summary = sub.add_parser("summary", help="sessions, strategies and intensity change per arm")
    summary.add_argument("--study", required=True)
    summary.add_argument("--chart", type=Path, default=None, help="write a PNG chart here")
    summary.set_defaults(handler=_summary)
    check = sub.add_parser("check", help="validate a study.yaml against this installation")
    check.add_argument("path", type=Path)
    check.set_defaults(handler=_check)
    researcher = sub.add_parser("researcher", help="add or change a researcher login (password from stdin)")
    researcher.add_argument("--name", required=True)
    researcher.set_defaults(handler=_researcher)
    _register_data(groups)


def _register_data(groups: CommandGroups) -> None:
    export = groups.top.add_parser("export", help="export a study's sessions, turns and stages")
    export.add_argument("--study", required=True)
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument(
        "--redact", action="store_true", help="remove e-mails, phones, URLs, addresses, names"
    )
    export.add_argument("--out", type=Path, default=None, help="default: exports/<study>-<format>[-redacted]")
    export.set_defaults(handler=_export)
    purge = groups.top.add_parser("purge", help="delete logged conversations older than DAYS")
    purge.add_argument(
        "--older-than",
        type=float,
        default=None,
        metavar="DAYS",
        help="default: the configured study's retention_days",
    )
    purge.set_defaults(handler=_purge)
    redaction = groups.eval.add_parser("redaction", help="recall of the export redactor on a labelled set")
    redaction.add_argument("--data", type=Path, required=True)
    redaction.set_defaults(handler=_eval_redaction)


def _link(args: argparse.Namespace) -> int:
    from agent.study import find_study
    from agent.study_links import participant_url, sign, study_secret

    settings = Settings()
    study = find_study(args.study, settings)
    if args.arm and args.arm not in {arm.name for arm in study.arms}:
        print(f"study {study.id!r} has no arm {args.arm!r}", file=sys.stderr)
        return 2
    if study.assignment.value == "link" and not args.arm:
        print(f"study {study.id!r} assigns arms by link: give --arm", file=sys.stderr)
        return 2
    fields = sign(study_secret(settings), study.id, args.participant, args.arm, args.days)
    url = participant_url(args.base_url or settings.study_public_url, fields)
    print(url)
    print(json.dumps({"url": url, "study": study.id, "arm": args.arm or None, "expires": fields.exp}))
    return 0


def _summary(args: argparse.Namespace) -> int:
    from memory.log import ResearchLog
    from memory.study_summary import chart, summarise

    summary = summarise(ResearchLog(Settings().log_path), args.study)
    if args.chart is not None:
        print(f"chart: {chart(summary, args.chart)}")
    print(summary.model_dump_json())
    return 0


def _check(args: argparse.Namespace) -> int:
    from agent.study import StudyError, check_runnable, load_study

    try:
        study = load_study(args.path)
        check_runnable(study, Settings())
    except StudyError as error:
        print(error, file=sys.stderr)
        return 2
    print(json.dumps({"study": study.id, "arms": [arm.name for arm in study.arms], "ok": True}))
    return 0


def _researcher(args: argparse.Namespace) -> int:
    from agent.researchers import add, researchers_file

    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    path = researchers_file(Settings())
    try:
        add(path, args.name, password)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    print(json.dumps({"researcher": args.name, "file": str(path)}))
    return 0


def _export(args: argparse.Namespace) -> int:
    from memory.export import ExportFormat, export
    from memory.log import ResearchLog

    fmt = ExportFormat(args.format)
    out = args.out or Path("exports") / f"{args.study}-{fmt.value}{'-redacted' if args.redact else ''}"
    summary = export(ResearchLog(Settings().log_path), args.study, out, fmt, args.redact)
    print(summary.model_dump_json())
    return 0


def _purge(args: argparse.Namespace) -> int:
    from agent.embeddings import shared_embedder
    from agent.study import configured_study
    from memory.log import ResearchLog
    from memory.long_term import LongTermMemory
    from memory.retention import purge
    from memory.store import open_client

    settings = Settings()
    days = args.older_than
    if days is None:
        study = configured_study(settings)
        if study is None:
            print("give --older-than DAYS, or set WARMLINE_STUDY to use its retention_days", file=sys.stderr)
            return 2
        days = study.retention_days
    long_term = LongTermMemory(open_client(settings.store_dir, settings.chroma_url), shared_embedder())
    summary = purge(
        ResearchLog(settings.log_path), settings.chat_db_path, days,
        chat_database_url=settings.chainlit_database_url, long_term=long_term,
    )  # fmt: skip
    print(summary.model_dump_json())
    return 0


def _eval_redaction(args: argparse.Namespace) -> int:
    from memory.redact_eval import evaluate, load_labelled

    print(evaluate(load_labelled(args.data)).model_dump_json())
    return 0
