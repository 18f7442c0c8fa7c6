// A study by DOI; DOIs are case-insensitive, so the lower-cased form is indexed.
MATCH (n:Study {doiLower: $doi})
RETURN n
