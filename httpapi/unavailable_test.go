package httpapi_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"gutskin/kgtest"
	"gutskin/neo4jstore"
)

// TestNeo4jOutageAndRecovery takes the database away from a running service and gives it
// back: requests fail with SERVICE_UNAVAILABLE meanwhile, the service stays up, and it
// recovers by itself.
func TestNeo4jOutageAndRecovery(t *testing.T) {
	kgtest.Store(t)
	target := kgtest.Address()
	proxy := kgtest.NewProxy(t, target)
	driver := proxy.Driver(t, func(c *neo4j.Config) {
		c.ConnectionAcquisitionTimeout = 2 * time.Second
		c.SocketConnectTimeout = time.Second
		c.MaxTransactionRetryTime = time.Second
	})
	srv := newTestServer(t, neo4jstore.New(driver, kgtest.Database(), 5*time.Second))
	const q = `{ strain(id: "strain:hn001") { name } }`

	if r := post(t, srv.URL, q, nil); len(r.Errors) > 0 {
		t.Fatalf("before the outage: %s", r.Raw)
	}
	proxy.Cut()
	r := post(t, srv.URL, q, nil)
	if r.Code() != "SERVICE_UNAVAILABLE" {
		t.Errorf("during the outage: code = %q: %s", r.Code(), r.Raw)
	}
	if resp, err := http.Get(srv.URL + "/readyz"); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage: %v %v", resp.StatusCode, err)
	}
	if resp, err := http.Get(srv.URL + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz during the outage: %v", err)
	}
	proxy.Restore(t)
	deadline := time.Now().Add(15 * time.Second)
	for {
		r = post(t, srv.URL, q, nil)
		if len(r.Errors) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("did not recover after Neo4j came back: %s", r.Raw)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
