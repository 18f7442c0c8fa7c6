"""Validate a BibTeX file with pybtex in strict mode, and the required fields of each entry.

    scripts/pytool citations python scripts/validators/bibtex.py FILE [EXPECTED_ENTRIES]

pybtex's strict mode turns every syntax problem and a repeated key into an error. Then each
entry must have the fields BibTeX's standard styles require for its type (an entry without
authors may give "key" instead, which those styles sort and label by), every author must
parse into a last name, and every LaTeX escape must decode. Exit 0 and print
"bibtex: N entries valid", otherwise print each problem and exit 1.
"""
import sys

import latexcodec  # noqa: F401  (registers the "latex" codec)
import pybtex.errors
from pybtex.database import parse_file

REQUIRED = {
    "article": ["author", "title", "journal", "year"],
    "inproceedings": ["author", "title", "booktitle", "year"],
    "book": ["author", "title", "publisher", "year"],
    "misc": ["title"],
}


def main():
    path = sys.argv[1]
    expected = int(sys.argv[2]) if len(sys.argv) > 2 else None
    pybtex.errors.set_strict_mode(True)
    try:
        db = parse_file(path, bib_format="bibtex")
    except Exception as e:  # pybtex raises its own error types in strict mode
        print("bibtex: %s: %s" % (type(e).__name__, e))
        sys.exit(1)
    problems = []
    for key, entry in db.entries.items():
        typ = entry.type.lower()
        if typ not in REQUIRED:
            problems.append("%s: entry type @%s is not one this export writes" % (key, typ))
            continue
        for field in REQUIRED[typ]:
            if field == "author":
                if not entry.persons.get("author") and not entry.fields.get("key"):
                    problems.append("%s: @%s needs author (or key)" % (key, typ))
            elif not entry.fields.get(field, "").strip():
                problems.append("%s: @%s needs %s" % (key, typ, field))
        for person in entry.persons.get("author", []):
            if not person.last_names:
                problems.append("%s: author %r has no last name" % (key, str(person)))
        for field, value in entry.fields.items():
            try:
                value.encode("ascii", "ignore").decode("latex")
            except Exception as e:
                problems.append("%s: %s does not decode as LaTeX: %s" % (key, field, e))
            if value.count("{") != value.count("}"):
                problems.append("%s: %s has unbalanced braces" % (key, field))
    if not db.entries:
        problems.append("no entries")
    if expected is not None and len(db.entries) != expected:
        problems.append("%d entries, expected %d" % (len(db.entries), expected))
    if problems:
        for p in problems:
            print("bibtex: " + p)
        sys.exit(1)
    print("bibtex: %d entries valid" % len(db.entries))


if __name__ == "__main__":
    main()
