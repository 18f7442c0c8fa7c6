// Constraints and indexes the graph and the API need; every statement is idempotent.
// Statements are separated by lines holding only a semicolon.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE
;
CREATE CONSTRAINT study_doi IF NOT EXISTS FOR (n:Study) REQUIRE n.doiLower IS UNIQUE
;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)
;
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)
;
CREATE INDEX study_sort_name IF NOT EXISTS FOR (n:Study) ON (n.sortName)
;
CREATE INDEX study_year IF NOT EXISTS FOR (n:Study) ON (n.year)
;
CREATE INDEX study_sample_size IF NOT EXISTS FOR (n:Study) ON (n.sampleSizeKey)
;
CREATE INDEX claim_sort_name IF NOT EXISTS FOR (n:Claim) ON (n.sortName)
;
CREATE INDEX claim_maturity IF NOT EXISTS FOR (n:Claim) ON (n.maturityRank)
;
CREATE INDEX strain_sort_name IF NOT EXISTS FOR (n:Strain) ON (n.sortName)
;
CREATE INDEX mechanism_sort_name IF NOT EXISTS FOR (n:Mechanism) ON (n.sortName)
;
CREATE INDEX condition_sort_name IF NOT EXISTS FOR (n:Condition) ON (n.sortName)
;
CREATE INDEX factor_sort_name IF NOT EXISTS FOR (n:Factor) ON (n.sortName)
;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.label, n.searchNames, n.searchText]
;
CALL db.awaitIndexes(120)
