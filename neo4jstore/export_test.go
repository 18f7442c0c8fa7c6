package neo4jstore

// LuceneQuery exposes luceneQuery to the external tests, which compare searches with a
// brute-force reading of the same index.
var LuceneQuery = luceneQuery
