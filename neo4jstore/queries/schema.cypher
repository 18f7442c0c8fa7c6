// Constraints and indexes the graph and the API need; every statement is idempotent. A sort
// index for each kind is added from the domain table, the indexes of the properties lists
// filter on from neo4jstore's filterIndexes, and the full-text index from neo4jstore's
// search fields (neo4jstore.SchemaStatements); the wait for indexes stays last.
// Statements are separated by lines holding only a semicolon.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT study_doi IF NOT EXISTS FOR (n:Study) REQUIRE n.doiLower IS UNIQUE
;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)
;
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)
;
CREATE INDEX study_sample_size IF NOT EXISTS FOR (n:Study) ON (n.sampleSizeKey)
;
CALL db.awaitIndexes(120)
