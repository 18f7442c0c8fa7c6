"""What the JSON-LD checks share: an offline JSON-LD document loader and the schema.org
vocabulary, both read from files that installed packages ship.

- The schema.org context (what "@context": "https://schema.org" names) is the one of
  schema.org release 12.0 that the schemaorg package ships
  (schemaorg/data/releases/12.0/schemaorgcontext.jsonld). It maps every term under
  "@vocab": "http://schema.org/", so a term it does not list (Taxon, say) still expands to a
  schema.org IRI; whether that IRI exists is the vocabulary's business.
- The vocabulary is the newer schema.org release the rocrate package ships
  (rocrate/data/schema.jsonld), which has Taxon and the pending terms.

Any other URL a document names is refused: nothing is fetched.
"""

import importlib.resources
import json

SCHEMA = "http://schema.org/"
CONTEXT_URLS = {
    "https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json",
    "https://schema.org/docs/jsonldcontext.jsonld",
}


def _read(package: str, path: str) -> bytes:
    return importlib.resources.files(package).joinpath(path).read_bytes()


_context = None


def schemaorg_context() -> dict:
    global _context
    if _context is None:
        _context = json.loads(_read("schemaorg", "data/releases/12.0/schemaorgcontext.jsonld"))
    return _context


def document_loader(url, options=None):
    """A pyld document loader that serves the schema.org context and nothing else."""
    if url in CONTEXT_URLS:
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": schemaorg_context()}
    from pyld.jsonld import JsonLdError

    raise JsonLdError(f"offline: no local copy of {url}", "jsonld.LoadDocumentError",
                      code="loading document failed")


class Vocabulary:
    """The schema.org terms: classes with their superclasses, properties with their domains."""

    def __init__(self):
        doc = json.loads(_read("rocrate", "data/schema.jsonld"))
        self.classes = {}      # IRI -> set of direct superclass IRIs
        self.properties = {}   # IRI -> set of domain class IRIs
        self.superseded = {}   # IRI -> IRI of the term that replaced it
        self.enum_members = set()
        for term in doc["@graph"]:
            iri = self._iri(term["@id"])
            types = term.get("@type", [])
            types = types if isinstance(types, list) else [types]
            if "schema:supersededBy" in term:
                self.superseded[iri] = self._ids(term["schema:supersededBy"])
            if "rdfs:Class" in types:
                self.classes[iri] = set(self._ids(term.get("rdfs:subClassOf")))
            elif "rdf:Property" in types:
                self.properties[iri] = set(self._ids(term.get("schema:domainIncludes")))
            else:
                self.enum_members.add(iri)
        # Data types are classes too (schema:Text, schema:URL, ...), listed as such above.

    @staticmethod
    def _iri(curie: str) -> str:
        return SCHEMA + curie[len("schema:"):] if curie.startswith("schema:") else curie

    def _ids(self, v):
        if v is None:
            return []
        v = v if isinstance(v, list) else [v]
        return [self._iri(x["@id"]) for x in v if isinstance(x, dict) and "@id" in x]

    def ancestors(self, cls: str) -> set:
        seen, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c in seen:
                continue
            seen.add(c)
            todo.extend(self.classes.get(c, ()))
        return seen
