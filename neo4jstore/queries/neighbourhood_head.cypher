// The entities within a few hops of one entity, breadth first, and the relationships among
// them, with bounded work however many relationships a node has. The expansion step below
// is repeated once per level of depth.
//
// Each step reads at most $scanPerNode relationships of each node it expands and at most
// $scanPerStep in all, and keeps only as many new entities as can still be shown (plus one,
// to know that there are more). A node with more relationships than that is sampled, not
// read in full, and the answer then says it is truncated.
MATCH (c:Entity {id: $id})
WITH c, [c] AS seen, [c] AS frontier, false AS cut
