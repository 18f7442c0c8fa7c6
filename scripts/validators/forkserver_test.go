package validators_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gutskin/scripts/validators"
)

// TestServerRunsAsPytool: a command run through the validators' server gives the exit
// status and output that `scripts/pytool` running it gives, for a valid file, a broken one
// (exit 1 with the validator's reasons), a console command of the venv and an exception.
func TestServerRunsAsPytool(t *testing.T) {
	needPython(t, "the validators")
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	valid := write("valid.json", `[{"id": "a", "type": "article-journal", "title": "A study"}]`)
	broken := write("broken.json", `[{"id": "a", "type": "no-such-type"}, {"id": "a", "type": "book", "colour": "red"}]`)
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		sameIO bool // exceptions differ in their traceback's frames
	}{
		{"valid", []string{"python", "csl.py", valid, "1"}, 0, true},
		{"broken", []string{"python", "csl.py", broken}, 1, true},
		{"console command", []string{"pip", "no-such-command"}, 1, true},
		{"exception", []string{"python", "csl.py", filepath.Join(dir, "missing.json")}, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command("../pytool", append([]string{"citations"}, c.args...)...)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			code := 0
			var exit *exec.ExitError
			if err := cmd.Run(); errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			r, err := validators.Run("citations", ".", c.args...)
			if err != nil {
				t.Fatal(err)
			}
			if code != c.code || r.Code != c.code {
				t.Errorf("exit %d from pytool, %d from the server; want %d\n%s%s\n%s%s", code, r.Code, c.code, &stdout, &stderr, r.Stdout, r.Stderr)
			}
			if c.sameIO && (r.Stdout != stdout.String() || r.Stderr != stderr.String()) {
				t.Errorf("pytool printed\n%s\n%s\nthe server\n%s\n%s", &stdout, &stderr, r.Stdout, r.Stderr)
			}
			if !c.sameIO && !bytes.Contains([]byte(r.Stderr), []byte("FileNotFoundError")) {
				t.Errorf("the server's run does not show the exception:\n%s", r.Stderr)
			}
		})
	}
}
