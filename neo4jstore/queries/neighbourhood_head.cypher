// The entities within a few hops of one entity, breadth first, and the relationships among
// them. The expansion step below is repeated once per level of depth.
MATCH (c:Entity {id: $id})
WITH c, [c] AS seen, [c] AS frontier
