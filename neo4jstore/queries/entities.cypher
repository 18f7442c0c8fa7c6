// Entities by id, any kind.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
