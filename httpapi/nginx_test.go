package httpapi_test

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gutskin/httpapi"
	"gutskin/kgtest"
)

const nginxBinary = "/usr/sbin/nginx"

// nginxConf puts a proxy_cache in front of the service; the cache revalidates expired
// answers with If-None-Match and says what it did in X-Proxy-Cache.
const nginxConf = `daemon off;
master_process off;
worker_processes 1;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  proxy_cache_path %[1]s/cache levels=1 keys_zone=gutskin:1m max_size=16m;
  server {
    listen 127.0.0.1:%[2]d;
    location / {
      proxy_pass %[3]s;
      proxy_cache gutskin;
      proxy_cache_revalidate on;
      proxy_cache_key "$request_method $request_uri $http_accept";
      add_header X-Proxy-Cache $upstream_cache_status always;
    }
  }
}
`

// startNginx runs Debian's nginx in front of upstream on a free loopback port (skipped when
// nginx is not installed) and returns its base URL.
func startNginx(t *testing.T, upstream string) string {
	t.Helper()
	if _, err := os.Stat(nginxBinary); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no %s (scripts/deps installs Debian's nginx): %v", nginxBinary, err)
		}
		t.Skipf("no %s (scripts/deps installs Debian's nginx; in CI this fails): %v", nginxBinary, err)
	}
	dir := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	conf := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(conf, []byte(fmt.Sprintf(nginxConf, dir, port, upstream)), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nginxBinary, "-p", dir, "-c", conf, "-e", filepath.Join(dir, "error.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if i == 100 {
			log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			t.Fatalf("nginx did not start: %s", log)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "http://" + addr
}

// Behind nginx's proxy_cache, with a max age: the second identical GET is answered by nginx
// without reaching the service; once the answer's age is past, nginx revalidates with the
// ETag (304 while nothing changed); after a curation write, revalidation brings the new
// answer.
func TestNginxProxyCache(t *testing.T) {
	const maxAge = 2 * time.Second
	store := kgtest.Store(t)
	var served atomic.Int64
	service := httpapi.NewServer(newHardenedDeps(t, store, func(d *httpapi.Deps) {
		d.Curation = store
		d.Caching = httpapi.Caching{MaxAge: maxAge, VersionTTL: time.Hour}
	}))
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/query" {
			served.Add(1)
		}
		service.ServeHTTP(w, r)
	}))
	t.Cleanup(upstream.Close)
	proxy := startNginx(t, upstream.URL)
	token := curatorToken(t, store)

	// Two GETs in a row: the second from nginx. (Should the machine take longer than the
	// max age between them, nginx rightly asks again: try again.)
	var first exchange
	for attempt := 0; ; attempt++ {
		before := served.Load()
		first = getQuery(t, proxy, acneQuery, nil)
		second := getQuery(t, proxy, acneQuery, nil)
		if second.Header.Get("X-Proxy-Cache") == "HIT" {
			if n := served.Load() - before; n != 1 {
				t.Errorf("two GETs reached the service %d times, want 1", n)
			}
			if string(second.Data["condition"]) != string(first.Data["condition"]) {
				t.Errorf("nginx's answer differs: %s", second.Raw)
			}
			break
		}
		if attempt == 4 {
			t.Fatalf("nginx never answered from its cache: %v %s", second.Header, second.Raw)
		}
	}
	before := readAcne(t, first)

	// Past the max age, nothing changed: nginx revalidates and the service answers 304.
	time.Sleep(maxAge + 1500*time.Millisecond) // nginx counts whole seconds
	n := served.Load()
	x := getQuery(t, proxy, acneQuery, nil)
	if x.Header.Get("X-Proxy-Cache") != "REVALIDATED" || served.Load()-n != 1 || readAcne(t, x) != before {
		t.Errorf("revalidation without a change: %s, %d requests, %s", x.Header.Get("X-Proxy-Cache"), served.Load()-n, x.Raw)
	}

	// A curation write through nginx (POSTs are not cached); past the max age the next
	// answer is the new one.
	changed := before.Description + " (nginx test)"
	updateAcne(t, proxy, token, before.Version, changed)
	t.Cleanup(func() {
		if err := kgtest.RestoreSeed(); err != nil {
			t.Error(err)
		}
	})
	time.Sleep(maxAge + 1500*time.Millisecond) // nginx counts whole seconds
	x = getQuery(t, proxy, acneQuery, nil)
	if got := readAcne(t, x); got.Description != changed || !strings.Contains(x.Header.Get("X-Proxy-Cache"), "EXPIRED") {
		t.Errorf("after a write: %s %+v, want the new description", x.Header.Get("X-Proxy-Cache"), got)
	}
}
