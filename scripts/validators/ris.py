"""Validate a RIS file with rispy, counting records independently of it.

    scripts/pytool citations python scripts/validators/ris.py FILE [EXPECTED_RECORDS]

rispy drops a record that has no "ER  - " line without a word, so the records it reads are
compared with the file's "TY  - " and "ER  - " lines. Every line must be a tag line
("XX  - value") or blank; each record needs a known type, a title and a year, and a journal
article (JOUR) or conference paper (CONF) its venue (T2). Exit 0 and print
"ris: N records valid", otherwise print each problem and exit 1.
"""
import re
import sys

import rispy

TYPES = {"JOUR", "CONF", "ELEC", "GEN"}
TAG_LINE = re.compile(r"^[A-Z][A-Z0-9]  - ")


def main():
    path = sys.argv[1]
    expected = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\r\n") if "\r\n" in text else text.split("\n")
    problems = []
    ty = er = 0
    for n, line in enumerate(lines, 1):
        if line == "":
            continue
        if not TAG_LINE.match(line) and line != "ER  -":
            problems.append("line %d is not a tag line: %r" % (n, line[:60]))
        if line.startswith("TY  - "):
            if ty != er:
                problems.append("line %d: a record opens before the previous one closed with ER" % n)
            ty += 1
        if line.startswith("ER  -"):
            er += 1
    if er != ty:
        problems.append("%d TY lines but %d ER lines" % (ty, er))
    with open(path, encoding="utf-8") as f:
        records = rispy.load(f)
    if len(records) != ty:
        problems.append("rispy read %d records, the file has %d TY lines" % (len(records), ty))
    for i, rec in enumerate(records, 1):
        typ = rec.get("type_of_reference")
        if typ not in TYPES:
            problems.append("record %d: type %r" % (i, typ))
        if not rec.get("title") and not rec.get("primary_title"):
            problems.append("record %d: no title (TI)" % i)
        if not rec.get("year") and not rec.get("publication_year"):
            problems.append("record %d: no year (PY)" % i)
        if typ in ("JOUR", "CONF") and not rec.get("secondary_title"):
            problems.append("record %d: %s without T2" % (i, typ))
        for a in rec.get("authors", []):
            if ", " not in a:
                problems.append("record %d: author %r is not 'Family, I.'" % (i, a))
    if ty == 0:
        problems.append("no records")
    if expected is not None and ty != expected:
        problems.append("%d records, expected %d" % (ty, expected))
    if problems:
        for p in problems:
            print("ris: " + p)
        sys.exit(1)
    print("ris: %d records valid" % ty)


if __name__ == "__main__":
    main()
