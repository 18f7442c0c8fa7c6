// Package validators runs the pinned format validators (scripts/pytool, scripts/validators)
// for the tests. Run is what `scripts/pytool TOOL ARGS...` run in a directory gives (exit
// status, standard output and error), but the tool's Python libraries are imported once per
// test binary instead of once per run: a server (forkserver.py) imports them, then runs each
// command in a fresh child of its own. A test that checks a valid file and then a broken copy
// pays the imports (seconds for kgx) once.
package validators

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// Result is what one command gave.
type Result struct {
	Code           int
	Stdout, Stderr string
}

type server struct {
	mu    sync.Mutex
	in    io.WriteCloser
	out   *bufio.Reader
	err   error
	start sync.Once
}

var (
	serversMu sync.Mutex
	servers   = map[string]*server{}
)

// Root is the repository's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// Run runs `scripts/pytool tool args...` in dir and returns its exit status and its
// standard output and error apart. An error means the tool could not be run at all (its
// install failed, say); its text holds what the install said.
func Run(tool, dir string, args ...string) (Result, error) { return run(tool, dir, false, args) }

// RunCombined is Run with standard output and error in one text, interleaved as a
// command's CombinedOutput gives them.
func RunCombined(tool, dir string, args ...string) (code int, out string, err error) {
	r, err := run(tool, dir, true, args)
	return r.Code, r.Stdout, err
}

func run(tool, dir string, combined bool, args []string) (Result, error) {
	if len(args) == 0 {
		return Result{}, fmt.Errorf("validators: no command for %s", tool)
	}
	s := get(tool)
	s.start.Do(func() { s.err = s.launch(tool) })
	if s.err != nil {
		return Result{}, s.err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return Result{}, err
	}
	tmp, err := os.MkdirTemp("", "validators-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(tmp)
	stdout, stderr := filepath.Join(tmp, "stdout"), filepath.Join(tmp, "stderr")
	if combined {
		stderr = stdout
	}
	req, _ := json.Marshal(map[string]any{"argv": args, "cwd": abs, "stdout": stdout, "stderr": stderr})

	s.mu.Lock()
	var reply struct{ Code int }
	_, err = s.in.Write(append(req, '\n'))
	if err == nil {
		var line []byte
		if line, err = s.out.ReadBytes('\n'); err == nil {
			err = json.Unmarshal(line, &reply)
		}
	}
	s.mu.Unlock()
	if err != nil {
		return Result{}, fmt.Errorf("validators: the %s server: %w", tool, err)
	}
	o, _ := os.ReadFile(stdout)
	r := Result{Code: reply.Code, Stdout: string(o)}
	if !combined {
		e, _ := os.ReadFile(stderr)
		r.Stderr = string(e)
	}
	return r, nil
}

func get(tool string) *server {
	serversMu.Lock()
	defer serversMu.Unlock()
	s := servers[tool]
	if s == nil {
		s = &server{}
		servers[tool] = s
	}
	return s
}

// launch starts the tool's server through scripts/pytool (which installs the tool first if
// need be) and waits until it has imported its libraries. It ends when this process does
// (its standard input closes).
func (s *server) launch(tool string) error {
	root := Root()
	cmd := exec.Command(filepath.Join(root, "scripts", "pytool"), tool, "python", filepath.Join(root, "scripts", "validators", "forkserver.py"), tool)
	cmd.Dir = root
	// Its standard error, read only once the process has ended (exec's copying is over then).
	var log strings.Builder
	cmd.Stderr = &log
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("validators: starting the %s server: %w", tool, err)
	}
	s.in, s.out = in, bufio.NewReader(out)
	// A request answered proves the server warmed up and runs commands.
	if _, err := s.in.Write([]byte(`{"ping": true}` + "\n")); err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return fmt.Errorf("validators: the %s server: %w\n%s", tool, err, log.String())
	}
	if _, err := s.out.ReadBytes('\n'); err != nil {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return fmt.Errorf("validators: the %s server did not start: %w\n%s", tool, err, log.String())
	}
	return nil
}
