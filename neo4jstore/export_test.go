package neo4jstore

// SetWriteHook lets tests act at a stage of a curation write ("changed": the change is
// made, its audit record not yet; "audited": both, not yet committed).
func (s *Store) SetWriteHook(f func(stage string)) { s.writeHook = f }
