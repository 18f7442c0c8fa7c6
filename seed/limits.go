package seed

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// MaxFileBytes is the largest seed file read: the real ones are a few hundred kilobytes,
// and a file far larger is a mistake that would cost gigabytes to parse.
const MaxFileBytes = 8 << 20

// MaxReported is how many problems an error lists before it only counts the rest.
const MaxReported = 50

// readLimited reads a seed file unless it is over MaxFileBytes.
func readLimited(fsys fs.FS, path string) ([]byte, error) {
	if info, err := fs.Stat(fsys, path); err == nil && info.Size() > MaxFileBytes {
		return nil, fmt.Errorf("the file has %d bytes; the limit is %d", info.Size(), MaxFileBytes)
	}
	return fs.ReadFile(fsys, path)
}

// listProblems prints the first MaxReported problems, then how many more there are.
func listProblems(problems []Problem) string {
	n := min(len(problems), MaxReported)
	lines := make([]string, n, n+1)
	for i, p := range problems[:n] {
		lines[i] = p.String()
	}
	if more := len(problems) - n; more > 0 {
		lines = append(lines, fmt.Sprintf("… and %d more", more))
	}
	return strings.Join(lines, "\n  ")
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblem places a YAML syntax error on the line it names. yaml.v3 counts the lines of
// some parser errors from zero (an unclosed bracket on line 7 is reported as "line 6"), so
// those are moved to the line people count.
func syntaxProblem(path string, data []byte, err error) Problem {
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return Problem{File: path, Line: 1, Msg: "not valid YAML: " + err.Error()}
	}
	line, _ := strconv.Atoi(m[1])
	msg := m[2]
	if strings.HasPrefix(msg, "did not find expected") || strings.HasPrefix(msg, "found a tab character") {
		line++
	}
	// At the very end of a file the line after the last one may be named.
	line = max(min(line, bytes.Count(data, []byte("\n"))+1), 1)
	return Problem{File: path, Line: line, Msg: "not valid YAML: " + msg}
}

var decodeLine = regexp.MustCompile(`^line (\d+): (.*)$`)

// decodeProblems places each of a record's type errors on the line of the value at fault,
// not on the record's first line.
func decodeProblems(at located, record string, err error) []Problem {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return []Problem{{File: at.file, Line: at.line, Record: record, Msg: err.Error()}}
	}
	out := make([]Problem, 0, len(te.Errors))
	for _, e := range te.Errors {
		p := Problem{File: at.file, Line: at.line, Record: record, Msg: e}
		if m := decodeLine.FindStringSubmatch(e); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = m[2]
		}
		out = append(out, p)
	}
	return out
}

// fieldLine finds the line of a field path such as "provenance[0].source" inside a record's
// node, or returns 0 when the record does not hold it (a missing field is reported on the
// record's line).
func fieldLine(node *yaml.Node, path string) int {
	if node == nil || path == "" {
		return 0
	}
	line := 0
	for _, part := range strings.Split(path, ".") {
		name, index := part, -1
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			name = part[:i]
			index, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		node = mappingValue(node, name)
		if node == nil {
			return line
		}
		line = node.Line
		if index >= 0 {
			if node.Kind != yaml.SequenceNode || index >= len(node.Content) {
				return line
			}
			node = node.Content[index]
			line = node.Line
		}
	}
	return line
}

func mappingValue(node *yaml.Node, key string) *yaml.Node {
	if node.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		if node.Content[i].Value == key {
			return node.Content[i+1]
		}
	}
	return nil
}
