#!/usr/bin/env python3
"""The host tests: clients and hosts we did not write, against the real binary.

(a) every dialogue script's traffic and protocol.md's examples against protocol.schema.json (jsonschema);
(b) the official MCP Python SDK spawning `quadrant mcp` and completing a Dutch walk;
(c) the web page under websocketd, walked in headless Chromium through selenium, with screenshots in .build/.

Installs what it needs when missing (apt-get, pip). Expects the binary at .build/debug/quadrant (or the path
given as the first argument). Ends with 'N passed, N failed' and exits non-zero on any failure.
"""

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from install import ensure_installed  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def __call__(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failures.append(what)
            print(f"FAILED  {what}", flush=True)
        return condition


def main():
    started = time.monotonic()
    binary = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / ".build/debug/quadrant"
    if not binary.exists():
        sys.exit(f"{binary} is missing: run `swift build --product quadrant` first")
    ensure_installed()
    import mcp_walk
    import schema_check
    import web_walk

    check = Checks()
    parts = [
        ("schema", lambda: schema_check.run(ROOT, binary, check)),
        ("mcp", lambda: mcp_walk.run(binary, check)),
        ("web", lambda: web_walk.run(ROOT, binary, check)),
    ]
    for name, part in parts:
        began = time.monotonic()
        try:
            figures = part()
        except Exception as error:  # a part that crashes is one failure; the other parts still run
            check(False, f"{name}: {type(error).__name__}: {error}")
            figures = {}
        summary = ", ".join(f"{value} {key}" for key, value in figures.items())
        print(f"== {name}: {summary} ({time.monotonic() - began:.1f} s)", flush=True)
    print(f"hosts: {time.monotonic() - started:.1f} s")
    print(f"{check.passed} passed, {len(check.failures)} failed")
    sys.exit(1 if check.failures else 0)


if __name__ == "__main__":
    main()
