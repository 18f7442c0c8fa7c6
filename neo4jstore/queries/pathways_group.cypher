// One branch of pathways.cypher: the paths of the {{GROUP}} shortest lengths at rank step.level,
// by length and then ids. {{TYPES}} and {{ARROW}} ("" or ">") come from kg's allow-list;
// {{GROUP}} and {{HOPS}} are validated integers.
WHEN {{GROUP}} THEN COLLECT {
  MATCH p = SHORTEST {{GROUP}} GROUPS (a)((:Entity)-[r:{{TYPES}} WHERE coalesce(r.maturityRank, 0) >= step.level]-{{ARROW}}(:Entity)){1,{{HOPS}}}(b)
  WITH p
  ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
  RETURN p
}
