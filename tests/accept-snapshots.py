#!/usr/bin/env python3
"""Writes the pending inline snapshots of insta into the test sources, without cargo-insta.

After a test run left `.<file>.rs.pending-snap` files beside the test sources (insta writes them
when an inline snapshot `@"…"` differs, outside CI), this puts each new value in place of the old
literal and deletes the pending files. Review the change with `git diff` before committing.
`cargo insta accept`, where cargo-insta is installed, does the same.

Usage: python3 tests/accept-snapshots.py   (from the repository's root; `--dry-run` to list only)
"""

import json
import pathlib
import re
import sys

START = re.compile(r'@(r#*)?"')


def literal_end(text: str, m: re.Match) -> int:
    """The index just past the string literal that `m` (its `@r#"` or `@"`) opens."""
    hashes = m.group(1)
    i = m.end()
    if hashes is not None:
        closing = '"' + "#" * (len(hashes) - 1)
        end = text.index(closing, i)
        return end + len(closing)
    while True:
        c = text[i]
        if c == "\\":
            i += 2
        elif c == '"':
            return i + 1
        else:
            i += 1


def render(value: str, indent: str) -> str:
    """`value` as insta's inline literal: one line as a plain or raw string, several lines as a
    raw string on lines of their own, indented like the assertion (insta strips the indentation
    when it compares)."""
    hashes = 0
    while '"' + "#" * hashes in value:
        hashes += 1
    if "\n" not in value:
        if hashes == 0 and "\\" not in value:
            return f'@"{value}"'
        h = "#" * hashes
        return f'@r{h}"{value}"{h}'
    h = "#" * hashes
    inner = indent + "    "
    lines = [(inner + line).rstrip() for line in value.split("\n")]
    return f'@r{h}"\n' + "\n".join(lines) + f'\n{inner}"{h}'


def apply(pending: pathlib.Path, dry_run: bool) -> int:
    source = pending.with_name(pending.name[1:].removesuffix(".pending-snap"))
    latest = {}
    for row in pending.read_text(encoding="utf-8").splitlines():
        if row.strip():
            entry = json.loads(row)
            # insta also records assertions that matched, with no new value: nothing to write.
            if entry.get("new") is None:
                latest.pop(entry["line"], None)
                continue
            latest[entry["line"]] = entry["new"]["snapshot"]
    text = source.read_text(encoding="utf-8")
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    # From the bottom up, so that earlier offsets stay valid.
    for line in sorted(latest, reverse=True):
        offset = starts[line - 1]
        m = START.search(text, offset)
        if m is None:
            sys.exit(f"{source}:{line}: no inline snapshot after this line")
        line_text = text[offset : text.index("\n", offset)]
        indent = line_text[: len(line_text) - len(line_text.lstrip())]
        text = text[: m.start()] + render(latest[line], indent) + text[literal_end(text, m) :]
        print(f"{source}:{line}: updated")
    if not dry_run:
        source.write_text(text, encoding="utf-8")
        pending.unlink()
    return len(latest)


def main() -> None:
    dry_run = "--dry-run" in sys.argv[1:]
    files = sorted(pathlib.Path("tests").rglob(".*.rs.pending-snap"))
    if not files:
        print("no pending inline snapshots under tests/")
    count = sum(apply(p, dry_run) for p in files)
    if count:
        print(f"{count} snapshot(s) {'would be ' if dry_run else ''}written; review with git diff")


if __name__ == "__main__":
    main()
