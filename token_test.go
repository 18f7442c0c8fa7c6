package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"gutskin/kgtest"
)

// TestTokenCommand: a token is printed once and never again (list shows no values), works
// for a mutation, and stops working the moment it is revoked.
func TestTokenCommand(t *testing.T) {
	kgtest.Store(t)
	ctx := context.Background()
	name := fmt.Sprintf("cmd-test-%d", time.Now().UnixNano())
	var out, errs bytes.Buffer
	if err := runToken(ctx, []string{"create", "--name", name, "--role", "curator"}, kgtest.Getenv, &out, &errs); err != nil {
		t.Fatal(err)
	}
	token := strings.TrimSpace(out.String())
	if !strings.HasPrefix(token, "gsk_") || len(token) < 40 || strings.Contains(errs.String(), token) {
		t.Fatalf("token %q; stderr %q", token, errs.String())
	}
	if err := runToken(ctx, []string{"create", "--name", name, "--role", "curator"}, kgtest.Getenv, io.Discard, io.Discard); err == nil {
		t.Error("a second token of the same name was made")
	}
	if err := runToken(ctx, []string{"create", "--name", "x", "--role", "owner"}, kgtest.Getenv, io.Discard, io.Discard); err == nil {
		t.Error("a token with an unknown role was made")
	}
	out.Reset()
	if err := runToken(ctx, []string{"list"}, kgtest.Getenv, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(name+`\tcurator\tcreated [^\t]+\tactive`).MatchString(out.String()) || strings.Contains(out.String(), token) {
		t.Errorf("list: %s", out.String())
	}

	addr := freeAddr(t)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	var logs bytes.Buffer
	go func() { done <- run(runCtx, []string{"-addr", addr}, kgtest.Getenv, &syncWriter{w: &logs}) }()
	defer func() { cancel(); <-done }()
	waitHealthy(t, "http://"+addr+"/readyz", done)
	write := func() int {
		body := `{"query":"mutation { retire(input: {reason: \"r\", id: \"nonsense\", expectedVersion: 1}) { revision { id } } }"}`
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/query", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if s := write(); s != http.StatusOK {
		t.Fatalf("with a valid token: %d", s)
	}
	if err := runToken(ctx, []string{"revoke", "--name", name}, kgtest.Getenv, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if s := write(); s != http.StatusUnauthorized {
		t.Errorf("with a revoked token: %d", s)
	}
	if err := runToken(ctx, []string{"revoke", "--name", name}, kgtest.Getenv, io.Discard, io.Discard); err == nil {
		t.Error("revoking twice succeeded")
	}
	if strings.Contains(logs.String(), token) {
		t.Error("the token reached the log")
	}
}

// TestDevToken: -dev-token makes a curator token once and prints it; the next start says
// one exists and prints no value.
func TestDevToken(t *testing.T) {
	store := kgtest.Store(t)
	kgtest.Cypher(t, "MATCH (t:Token) WHERE t.name STARTS WITH 'dev-curator' DETACH DELETE t", nil)
	var first, second bytes.Buffer
	if err := ensureDevToken(context.Background(), store, &first); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`shown once\): (gsk_\S+)`).FindStringSubmatch(first.String())
	if m == nil {
		t.Fatalf("no token printed: %q", first.String())
	}
	if err := ensureDevToken(context.Background(), store, &second); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(second.String(), "exists already") || strings.Contains(second.String(), "gsk_") {
		t.Errorf("second start: %q", second.String())
	}
}
