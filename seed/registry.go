package seed

import (
	"fmt"
	"sort"

	"gopkg.in/yaml.v3"

	"gutskin/kg"
)

// Each seed file has a Go file of its own here (source.go, study.go, …) that declares its
// record type, its checks and how it becomes nodes and relationships, and registers itself.
// A new kind of record is one such file, its line in FORMAT.md and its YAML file.

// recordFile is one seed file's part in loading.
type recordFile interface {
	read(l *loader)
	index(l *loader)
	validate(l *loader)
	build(b *builder)
	order() int
	fresh() recordFile
	// fileName and export write the file back from a graph (export.go).
	fileName() string
	export(x *exportIndex, ref reference) ([]*yaml.Node, error)
}

// records are the records of one file, of type T.
type records[T any] struct {
	file string
	// kind is the kind of entity each record declares ("" for relationships.yaml).
	kind kg.Kind
	// index, when set, runs on every record before any check (it records what checks of
	// other files rely on, such as citation numbers).
	indexRecord func(l *loader, at located, r T)
	checkRecord func(l *loader, i int, at located, r T)
	buildRecord func(b *builder, r T)
	items       []item[T]
}

func (r *records[T]) read(l *loader) { r.items = readFile[T](l, r.file, r.kind) }

func (r *records[T]) index(l *loader) {
	if r.indexRecord == nil {
		return
	}
	for _, it := range r.items {
		r.indexRecord(l, it.at, it.rec)
	}
}

func (r *records[T]) validate(l *loader) {
	for i, it := range r.items {
		record := fmt.Sprintf("#%d", i+1)
		if r.kind != "" {
			record = fieldString(it.rec, "ID")
		}
		l.checkText(it.at, record, it.rec)
		r.checkRecord(l, i, it.at, it.rec)
	}
}

func (r *records[T]) build(b *builder) {
	for _, it := range r.items {
		r.buildOne(b, it.rec)
	}
}

// order puts files in the domain table's order of kinds, relationships last.
func (r *records[T]) order() int {
	for i, k := range kg.Kinds {
		if k == r.kind {
			return i
		}
	}
	return len(kg.Kinds)
}

// fresh returns an empty copy: each load keeps its records in copies of its own.
func (r *records[T]) fresh() recordFile {
	c := *r
	c.items = nil
	return &c
}

var registered []recordFile

// register adds a seed file to the loader; each file's Go file calls it once.
func register(f recordFile) recordFile {
	registered = append(registered, f)
	sort.SliceStable(registered, func(i, j int) bool { return registered[i].order() < registered[j].order() })
	return f
}

// newFiles returns fresh copies of the registered files, in order.
func newFiles() []recordFile {
	out := make([]recordFile, len(registered))
	for i, f := range registered {
		out[i] = f.fresh()
	}
	return out
}
