"""Check JSON-LD documents against our SHACL shapes, offline.

    scripts/pytool jsonld python scripts/validators/shacl_check.py FILE.jsonld...

Each document becomes RDF through pyld (the schema.org context served locally, see
offline_ld.py) and rdflib, and pyshacl validates it against every shapes file in
scripts/validators/shapes/ (no inference: a node is checked by the types it states).

Exit status 0 when every file conforms, 1 when one does not (pyshacl's report for it is
printed), 2 on a usage error.
"""

import glob
import json
import os
import sys

import pyshacl
import rdflib
from pyld import jsonld

import offline_ld

SHAPES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shapes")


def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    files = sorted(glob.glob(os.path.join(SHAPES, "*.ttl")))
    if not files:
        raise SystemExit(f"shacl_check: no shapes in {SHAPES}")
    for f in files:
        g.parse(f, format="turtle")
    return g


def data_graph(doc) -> rdflib.Graph:
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads",
                                 "documentLoader": offline_ld.document_loader})
    g = rdflib.Graph()
    g.parse(data=nquads, format="nquads")
    if len(g) == 0:
        raise ValueError("the document gives no RDF statements")
    return g


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    shapes = shapes_graph()
    bad = 0
    for path in sys.argv[1:]:
        try:
            with open(path, encoding="utf-8") as f:
                data = data_graph(json.load(f))
            conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                                   advanced=True, allow_warnings=False)
        except Exception as e:
            conforms, report = False, f"cannot be read as JSON-LD: {e}"
        if not conforms:
            bad += 1
            print(f"{path}: does not conform\n{report}")
    n = len(sys.argv) - 1
    print(f"shacl_check: {n - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
