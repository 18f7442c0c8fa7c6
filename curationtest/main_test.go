package curationtest

import (
	"fmt"
	"os"
	"testing"

	"gutskin/kgtest"
)

// TestMain leaves the database holding exactly the seed after the tests and benchmarks,
// which curate many records: the browser tests and servers that run next count on it.
func TestMain(m *testing.M) {
	code := m.Run()
	if err := kgtest.RestoreSeed(); err != nil {
		fmt.Fprintf(os.Stderr, "curationtest: restoring the seed: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}
