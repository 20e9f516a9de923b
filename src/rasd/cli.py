"""The ``rasd`` command. Each sub-command lives in its own module under ``rasd.commands``
and exposes ``register(subparsers)``; this file only discovers and dispatches them, so adding
a command never touches the others."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import rasd.commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd", description="Arabic conflict news to event data")
    parser.add_argument("--version", action="version", version=f"rasd {__import__('rasd').__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(rasd.commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"rasd.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
