package livetest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// wsClient speaks the client side of graphql-transport-ws, as much as the tests need:
// connection_init, subscribe, next/error/complete, and pong for every ping.
type wsClient struct {
	conn *websocket.Conn
	msgs chan wsMessage
	done chan struct{}
	err  error // why reading stopped, once done is closed
	// deaf, when set before dialling, leaves pings unanswered.
	deaf bool
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// dial opens a websocket to the server at base (an http:// URL) and completes the
// connection_init handshake.
func dial(tb testing.TB, base string, header http.Header) *wsClient {
	tb.Helper()
	c, err := tryDial(base, header)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.close)
	return c
}

func tryDial(base string, header http.Header) (*wsClient, error) { return dialAs(base, header, false) }

// dialRefused fails unless a websocket to base (with header) is refused with status; which
// names the connection in the failure.
func dialRefused(t *testing.T, base string, header http.Header, status int, which string) {
	t.Helper()
	_, err := tryDial(base, header)
	var de *dialError
	if err == nil || !asDialError(err, &de) || de.status != status {
		t.Fatalf("want %d for %s, got %v", status, which, err)
	}
}

// awaitPlace waits until a websocket to base is accepted again, and closes it; after wait
// it fails with why.
func awaitPlace(t *testing.T, base, why string) {
	t.Helper()
	for deadline := time.Now().Add(wait); ; {
		c, err := tryDial(base, nil)
		if err == nil {
			c.close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v", why, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// feedSubscribers dials n websockets to base, each subscribed to the changes after start.
func feedSubscribers(tb testing.TB, base string, n int, start string) []*wsClient {
	tb.Helper()
	subs := make([]*wsClient, n)
	for i := range subs {
		subs[i] = dial(tb, base, nil)
		subs[i].subscribeChanges(tb, "feed", start)
	}
	return subs
}

func dialAs(base string, header http.Header, deaf bool) (*wsClient, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"}, HTTPHeader: header,
	})
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		return nil, &dialError{status: status, err: err}
	}
	c := &wsClient{conn: conn, msgs: make(chan wsMessage, 1024), done: make(chan struct{}), deaf: deaf}
	go c.read()
	if err := c.send(wsMessage{Type: "connection_init", Payload: json.RawMessage(`{}`)}); err != nil {
		return nil, err
	}
	m, err := c.next(10 * time.Second)
	if err != nil {
		return nil, err
	}
	if m.Type != "connection_ack" {
		return nil, fmt.Errorf("want connection_ack, got %+v", m)
	}
	return c, nil
}

type dialError struct {
	status int
	err    error
}

func (e *dialError) Error() string { return fmt.Sprintf("dial: HTTP %d: %v", e.status, e.err) }

func (c *wsClient) read() {
	defer close(c.done)
	for {
		_, b, err := c.conn.Read(context.Background())
		if err != nil {
			c.err = err
			return
		}
		var m wsMessage
		if err := json.Unmarshal(b, &m); err != nil {
			c.err = fmt.Errorf("undecodable message %q: %w", b, err)
			return
		}
		if m.Type == "ping" {
			if !c.deaf {
				_ = c.send(wsMessage{Type: "pong"})
			}
			continue
		}
		c.msgs <- m
	}
}

func (c *wsClient) send(m wsMessage) error {
	b, _ := json.Marshal(m)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return c.conn.Write(ctx, websocket.MessageText, b)
}

// next returns the next message other than a ping, or an error once wait has passed or
// the connection has closed.
func (c *wsClient) next(wait time.Duration) (wsMessage, error) {
	select {
	case m := <-c.msgs:
		return m, nil
	case <-c.done:
		select {
		case m := <-c.msgs:
			return m, nil
		default:
		}
		return wsMessage{}, fmt.Errorf("connection closed: %w", c.err)
	case <-time.After(wait):
		return wsMessage{}, fmt.Errorf("no message within %s", wait)
	}
}

func (c *wsClient) close() { _ = c.conn.Close(websocket.StatusNormalClosure, "") }

// subscribe starts an operation under id.
func (c *wsClient) subscribe(tb testing.TB, id, query string, vars map[string]any) {
	tb.Helper()
	payload, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err := c.send(wsMessage{ID: id, Type: "subscribe", Payload: payload}); err != nil {
		tb.Fatal(err)
	}
}

// change is what the tests select of a change edge.
type change struct {
	Cursor string `json:"cursor"`
	Node   struct {
		Seq      int    `json:"seq"`
		Mutation string `json:"mutation"`
		Curator  string `json:"curator"`
		Touched  []struct {
			Target string `json:"target"`
		} `json:"touched"`
	} `json:"node"`
}

const changesSubscription = `subscription($after: String) { changes(after: $after) { cursor node { seq mutation curator touched { target } } } }`

// subscribeChanges starts the changes subscription after a cursor ("" for none).
func (c *wsClient) subscribeChanges(tb testing.TB, id, after string) {
	tb.Helper()
	vars := map[string]any{}
	if after != "" {
		vars["after"] = after
	}
	c.subscribe(tb, id, changesSubscription, vars)
}

// nextChange waits for the next change sent to the subscription.
func (c *wsClient) nextChange(tb testing.TB, wait time.Duration) change {
	tb.Helper()
	m, err := c.next(wait)
	if err != nil {
		tb.Fatal(err)
	}
	if m.Type != "next" {
		tb.Fatalf("want a next message, got %s %s", m.Type, m.Payload)
	}
	var p struct {
		Data struct {
			Changes change `json:"changes"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(m.Payload, &p); err != nil || len(p.Errors) > 0 {
		tb.Fatalf("bad next payload %s (%v)", m.Payload, err)
	}
	return p.Data.Changes
}

// errorCode returns extensions.code of the first error in an error or next message.
func errorCode(m wsMessage) string {
	var errs []struct {
		Extensions map[string]any `json:"extensions"`
	}
	if m.Type == "next" {
		var p struct {
			Errors json.RawMessage `json:"errors"`
		}
		_ = json.Unmarshal(m.Payload, &p)
		_ = json.Unmarshal(p.Errors, &errs)
	} else {
		_ = json.Unmarshal(m.Payload, &errs)
	}
	if len(errs) == 0 {
		return ""
	}
	code, _ := errs[0].Extensions["code"].(string)
	return code
}
