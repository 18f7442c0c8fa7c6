// Package validators_test runs the release crate check on its fixtures: the valid crate
// passes and each broken one fails with the validator's reason.
package validators_test

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// needPython skips the test where python3 is missing, so that what (the validators it runs)
// cannot run; in CI that is a failure.
func needPython(t *testing.T, what string) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3 is missing, so %s cannot run: %v", what, err)
		}
		t.Skipf("python3 is missing; %s cannot run (a failure in CI)", what)
	}
}

func TestRocrateCheck(t *testing.T) {
	needPython(t, "the RO-Crate validator")
	for _, c := range []struct {
		crate string
		exit  int
		says  string
	}{
		{"crate-valid", 0, "RO-Crate is a valid ro-crate-1.3"},
		{"crate-no-license", 1, "The Root Data Entity MUST have a `license` property"},
		{"crate-missing-part", 1, "The RO-Crate does not include the Data Entity 'README.md'"},
		{"crate-wrong-checksum", 1, "claims.csv: sha256 does not match the file"},
	} {
		out, err := exec.Command("./rocrate-check", "testdata/"+c.crate).CombinedOutput()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatalf("%s: %v", c.crate, err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		if code != c.exit || !strings.Contains(text, strings.Join(strings.Fields(c.says), " ")) {
			t.Errorf("%s: exit %d (want %d), output lacks %q:\n%s", c.crate, code, c.exit, c.says, out)
		}
	}
}
