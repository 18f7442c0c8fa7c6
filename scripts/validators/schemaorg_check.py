"""Check JSON-LD documents against the schema.org vocabulary, offline.

    scripts/pytool jsonld python scripts/validators/schemaorg_check.py FILE.jsonld...

Each document is expanded with pyld (the schema.org context served locally, see
offline_ld.py). Then every node's types must be schema.org classes, and every property
must be a schema.org property whose domain includes one of the node's types or their
superclasses; no term may be one schema.org has superseded. A term outside schema.org's
namespace is refused too: these documents use schema.org alone.

Exit status 0 when every file passes, 1 when one does not (each problem printed as
"FILE: problem"), 2 on a usage error.
"""

import json
import sys

from pyld import jsonld

import offline_ld

RDF_TYPE = "@type"


def check(doc, vocab) -> list:
    expanded = jsonld.expand(doc, {"documentLoader": offline_ld.document_loader})
    if not expanded:
        return ["the document expands to nothing (no @context, or no node)"]
    problems = []

    def visit(node, path):
        if isinstance(node, list):
            for i, n in enumerate(node):
                visit(n, path)
            return
        if not isinstance(node, dict) or "@value" in node:
            return
        if "@list" in node:
            visit(node["@list"], path)
            return
        types = node.get("@type", [])
        where = node.get("@id", path)
        for t in types:
            if t not in vocab.classes:
                problems.append(f"{where}: type {t} is not a schema.org class")
            elif t in vocab.superseded:
                problems.append(f"{where}: type {t} is superseded by {', '.join(vocab.superseded[t])}")
        reach = set()
        for t in types:
            reach |= vocab.ancestors(t)
        for key, value in node.items():
            if key.startswith("@"):
                continue
            if key not in vocab.properties:
                problems.append(f"{where}: property {key} is not a schema.org property")
            elif key in vocab.superseded:
                problems.append(f"{where}: property {key} is superseded by {', '.join(vocab.superseded[key])}")
            else:
                domain = vocab.properties[key]
                if types and domain and not (domain & reach):
                    problems.append(f"{where}: property {key} is not one of "
                                    f"{', '.join(sorted(t.rsplit('/', 1)[-1] for t in types))}")
            visit(value, f"{where} {key.rsplit('/', 1)[-1]}")

    visit(expanded, "document")
    return problems


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    vocab = offline_ld.Vocabulary()
    bad = 0
    for path in sys.argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            problems = check(doc, vocab)
        except Exception as e:  # a document pyld cannot expand is a failure of that file
            problems = [f"cannot be read as JSON-LD: {e}"]
        for p in problems:
            print(f"{path}: {p}")
        bad += bool(problems)
    n = len(sys.argv) - 1
    print(f"schemaorg_check: {n - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
