package kgtest

import (
	"context"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Proxy forwards TCP connections to a target and can be cut and restored, so tests can
// take the database away from the service and give it back.
type Proxy struct {
	Addr   string
	target string

	mu    sync.Mutex
	ln    net.Listener
	conns []net.Conn
	muted atomic.Bool
}

// Mute drops everything the target sends from now on while still forwarding what clients
// send: a request reaches the database, its answer never comes back (as when the network
// fails while a commit is answered). Cut or Restore ends it.
func (p *Proxy) Mute() { p.muted.Store(true) }

// replies reads what the target sends, dropping it while the proxy is muted.
func (p *Proxy) replies(up net.Conn) io.Reader {
	return readerFunc(func(b []byte) (int, error) {
		for {
			n, err := up.Read(b)
			if !p.muted.Load() || err != nil {
				return n, err
			}
		}
	})
}

type readerFunc func([]byte) (int, error)

func (f readerFunc) Read(b []byte) (int, error) { return f(b) }

// NewProxy starts a proxy on a free loopback port.
func NewProxy(tb testing.TB, target string) *Proxy {
	tb.Helper()
	p := &Proxy{target: target}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	p.Addr = ln.Addr().String()
	p.serve(ln)
	tb.Cleanup(p.Cut)
	return p
}

func (p *Proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); up.Close() }()
			go func() { _, _ = io.Copy(c, p.replies(up)); c.Close() }()
		}
	}()
}

// Cut closes the listener and every open connection: the database is gone.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// Restore listens again on the same address: the database is back.
func (p *Proxy) Restore(tb testing.TB) {
	tb.Helper()
	p.muted.Store(false)
	ln, err := net.Listen("tcp", p.Addr)
	if err != nil {
		tb.Fatal(err)
	}
	p.serve(ln)
}

// Driver opens a driver to the tests' Neo4j through the proxy, configured by each of
// configure, and closes it when the test ends.
func (p *Proxy) Driver(tb testing.TB, configure ...func(*neo4j.Config)) neo4j.DriverWithContext {
	tb.Helper()
	d, err := neo4j.NewDriverWithContext("bolt://"+p.Addr, neo4j.NoAuth(), configure...)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { d.Close(context.Background()) })
	return d
}
