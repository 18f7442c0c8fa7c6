"""Run kgx offline, against the Biolink model the installed biolink-model package ships.

    python kgx_offline.py validate -i tsv nodes.tsv edges.tsv
    python kgx_offline.py model-check FIXTURE.json   (see model_check below)

kgx and bmt fetch three things from the network when they are imported or first used: the
Biolink model YAML (bmt.Toolkit's default schema), bmt's predicate_mapping.yaml, and
JSON-LD contexts (the Biolink prefixes; the Monarch and OBO contexts, used only to expand
and contract IRIs). This script puts local files in their place before kgx is imported:

  - the model: biolink_model/schema/biolink_model.yaml from the biolink-model package (read
    once per process, for every toolkit kgx makes);
  - the predicate mapping: none (an empty mapping; validation does not read it);
  - the "biolink" context: the package's prefix map (prefixmaps/biolink-model-prefix-map.json)
    plus one prefix, "gutskin", this graph's own namespace for its node ids (docs/biolink.md);
    the Monarch and OBO contexts: empty.

Any other attempt to reach the network is refused (requests raises), so a check that would
have needed it fails loudly instead of passing on a download.
"""

import json
import os
import sys
from importlib import resources

import requests
import yaml

# This graph's own CURIE prefix (docs/biolink.md). It is not registered anywhere; the IRI
# is a URN that resolves nowhere and only keeps the prefix map well formed.
OWN_PREFIXES = {"gutskin": "urn:gutskin:"}

_pkg = resources.files("biolink_model")
MODEL_YAML = str(_pkg / "schema" / "biolink_model.yaml")
PREFIX_MAP = str(_pkg / "prefixmaps" / "biolink-model-prefix-map.json")


def _no_network(*args, **kwargs):
    raise RuntimeError(f"kgx_offline: network access refused: {args[:1]}")


def install():
    """Point bmt and kgx at the local files; refuse the network."""
    import bmt.toolkit as bt
    from linkml_runtime.utils.schemaview import SchemaView

    # kgx makes a toolkit when it is imported and another for each validation, and reading
    # the model is most of a toolkit's cost: each model file is read once per process (and,
    # under forkserver.py, once per server). The toolkits only read it.
    views = getattr(bt, "_kgx_offline_views", None)
    if views is None:
        views = bt._kgx_offline_views = {}

    def toolkit_init(self, schema=MODEL_YAML, predicate_map=None):
        if isinstance(schema, str) and schema.startswith("http"):
            raise RuntimeError(f"kgx_offline: a model by URL was asked for ({schema}); only {MODEL_YAML} is available")
        if not isinstance(schema, str):
            self.view = SchemaView(schema)
        else:
            if schema not in views:
                views[schema] = SchemaView(schema)
            self.view = views[schema]
        self.pmap = {}

    bt.Toolkit.__init__ = toolkit_init
    requests.get = requests.post = requests.request = _no_network
    requests.Session.request = _no_network

    import kgx.config as kc

    kc.get_config()
    with open(PREFIX_MAP) as f:
        prefixes = json.load(f)
    prefixes.update(OWN_PREFIXES)
    kc.jsonld_context_map["biolink"] = prefixes
    kc.jsonld_context_map["monarch_context"] = {}
    kc.jsonld_context_map["obo_context"] = {}


def model_check(path):
    """Check every Biolink term of a fixture against the installed model.

    The fixture (written by the Go test from kg's Biolink table) is a JSON object with
    lists "categories" (biolink:CamelCase), "predicates", "slots" (biolink:snake_case) and
    "enums" ({"enum": name, "values": [...]}) and "qualifiers" ({"slot": ..., "value": ...}).
    Prints one line per problem and exits 1 if there is any.
    """
    import bmt

    tk = bmt.Toolkit()
    with open(path) as f:
        fx = json.load(f)
    problems = []
    for c in fx.get("categories", []):
        if not tk.is_category(c) or tk.is_mixin(c):
            problems.append(f"category {c}: not a (non-mixin) class of the Biolink model")
    for p in fx.get("predicates", []):
        if not tk.is_predicate(p):
            problems.append(f"predicate {p}: not a predicate of the Biolink model")
    for s in fx.get("slots", []):
        if tk.get_element(s) is None:
            problems.append(f"slot {s}: not a slot of the Biolink model")
    for e in fx.get("enums", []):
        enum = tk.view.get_enum(e["enum"])
        if enum is None:
            problems.append(f"enum {e['enum']}: not an enumeration of the Biolink model")
            continue
        for v in e["values"]:
            if v not in enum.permissible_values:
                problems.append(f"enum {e['enum']}: {v!r} is not one of its values")
    for q in fx.get("qualifiers", []):
        if not tk.is_qualifier(q["slot"]):
            problems.append(f"qualifier {q['slot']}: not a qualifier of the Biolink model")
        elif not tk.validate_qualifier(q["slot"], q["value"]):
            problems.append(f"qualifier {q['slot']}: {q['value']!r} is not one of its values")
    print(f"Biolink model {tk.get_model_version()}: checked {len(fx.get('categories', []))} categories, "
          f"{len(fx.get('predicates', []))} predicates, {len(fx.get('slots', []))} slots, "
          f"{len(fx.get('qualifiers', []))} qualifier values")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def main(argv):
    install()
    if argv[:1] == ["model-check"]:
        return model_check(argv[1])
    from kgx.cli import cli

    return cli.main(args=argv, prog_name="kgx", standalone_mode=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
