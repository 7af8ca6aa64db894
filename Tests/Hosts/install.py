"""Installs what the host tests need, when it is missing: quiet, idempotent, and fast once installed."""

import importlib.util
import shutil
import subprocess
import sys

DEBIAN = {"websocketd": "websocketd", "chromium": "chromium", "chromedriver": "chromium-driver"}
PYPI = {"selenium": "selenium", "mcp": "mcp", "jsonschema": "jsonschema"}


def ensure_installed():
    missing = [package for command, package in DEBIAN.items() if shutil.which(command) is None]
    if missing:
        print(f"installing {' '.join(missing)} (apt-get)", flush=True)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT}
        env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, **quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env, **quiet)
    modules = [package for module, package in PYPI.items() if importlib.util.find_spec(module) is None]
    if modules:
        print(f"installing {' '.join(modules)} (pip)", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--root-user-action=ignore", *modules], check=True)
