"""Validate an RO-Crate directory with roc-validator, offline.

    scripts/pytool rocrate python scripts/validators/rocrate_check.py DIR

Exit status: 0 when the crate is valid RO-Crate 1.3 (REQUIRED level) and every file it lists
with contentSize or sha256 matches them; 1 when not; 2 on a usage error. The validator's own
report is printed as it gives it, then any size or checksum mismatch.

Offline: roc-validator fetches the crate's JSON-LD context (https://w3id.org/ro/crate/1.3/context)
through an HTTP cache, and `--offline` answers only from that cache. The rocrate package
ships the same context as rocrate/data/ro-crate.jsonld, so this script writes it into a
fresh cache of its own (a temporary directory) as the answer for that URL, through the
validator's own cache class, before it runs the validator. Nothing is fetched.
"""

import argparse
import importlib.resources
import json
import os
import subprocess
import sys
import tempfile

CONTEXT_URL = "https://w3id.org/ro/crate/1.3/context"
PROFILE = "ro-crate-1.3"


def shipped_context() -> bytes:
    """The RO-Crate 1.3 context as the rocrate package ships it."""
    data = importlib.resources.files("rocrate").joinpath("data/ro-crate.jsonld").read_bytes()
    doc = json.loads(data)
    if doc.get("@id") != CONTEXT_URL or not isinstance(doc.get("@context"), dict):
        raise SystemExit(f"rocrate_check: rocrate/data/ro-crate.jsonld is not the {CONTEXT_URL} document")
    return data


def seed_cache(cache_path: str) -> None:
    """Stores the shipped context in the validator's HTTP cache at cache_path."""
    import io

    import requests
    from urllib3.response import HTTPResponse
    from rocrate_validator.utils.http import HttpRequester

    HttpRequester.initialize_cache(cache_path=cache_path, cache_max_age=-1, offline=False)
    session = HttpRequester().session
    if not hasattr(session, "cache"):
        raise SystemExit("rocrate_check: the validator has no HTTP cache (requests-cache missing?)")
    body = shipped_context()
    headers = {"Content-Type": "application/ld+json"}
    resp = requests.Response()
    resp.status_code = 200
    resp.reason = "OK"
    resp.url = CONTEXT_URL
    resp.encoding = "utf-8"
    resp.headers.update(headers)
    resp.raw = HTTPResponse(body=io.BytesIO(body), headers=headers, status=200, reason="OK",
                            preload_content=False, request_url=CONTEXT_URL)
    resp._content = body
    resp.request = requests.Request("GET", CONTEXT_URL).prepare()
    session.cache.save_response(resp)
    # The stored answer must be what the validator will read back.
    if not session.cache.contains(url=CONTEXT_URL):
        raise SystemExit("rocrate_check: could not seed the validator's HTTP cache")
    HttpRequester.reset()


def integrity_problems(crate: str) -> list:
    """What the validator does not check: each data entity that gives contentSize or sha256
    (as a release's crate does for every file) must match the file in the directory."""
    import hashlib

    with open(os.path.join(crate, "ro-crate-metadata.json"), encoding="utf-8") as f:
        graph = json.load(f).get("@graph", [])
    problems = []
    for node in graph:
        if not isinstance(node, dict):
            continue
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        if "File" not in types:
            continue
        ident = node.get("@id", "")
        if "://" in ident:
            continue
        path = os.path.join(crate, ident)
        if not os.path.isfile(path):
            continue  # the validator reports a missing payload file
        with open(path, "rb") as f:
            data = f.read()
        if "contentSize" in node and str(node["contentSize"]) != str(len(data)):
            problems.append(f"{ident}: contentSize is {node['contentSize']}, the file has {len(data)} bytes")
        if "sha256" in node and node["sha256"] != hashlib.sha256(data).hexdigest():
            problems.append(f"{ident}: sha256 does not match the file")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description="Validate an RO-Crate directory offline (RO-Crate 1.3).")
    ap.add_argument("crate", help="the crate's directory (holding ro-crate-metadata.json)")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.crate, "ro-crate-metadata.json")):
        print(f"rocrate_check: {args.crate}: no ro-crate-metadata.json", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="rocrate-check-") as tmp:
        cache = os.path.join(tmp, "http_cache")
        seed_cache(cache)
        validator = os.path.join(os.path.dirname(sys.executable), "rocrate-validator")
        cmd = [validator, "validate", "--offline", "--cache-path", cache, "--no-paging", "--verbose",
               "--profile-identifier", PROFILE, "--output-format", "text", os.path.abspath(args.crate)]
        env = dict(os.environ, NO_COLOR="1", COLUMNS="120")
        proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL)
    problems = integrity_problems(args.crate)
    for p in problems:
        print(f"rocrate_check: {args.crate}: {p}", file=sys.stderr)
    if proc.returncode == 0 and not problems:
        print(f"rocrate_check: {args.crate}: valid {PROFILE}")
        return 0
    print(f"rocrate_check: {args.crate}: NOT valid (validator exit {proc.returncode}, "
          f"{len(problems)} size or checksum mismatches)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
