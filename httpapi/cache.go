package httpapi

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Reads that caches can serve. A GET of a query is answered with an ETag made of the graph
// version (the sequence number and commit time of the audit trail's latest change: every
// curated change moves it) and the request (its query string and the negotiated media
// type), and with Cache-Control. If-None-Match with the current tag is answered 304 at
// the cost of knowing the version; an in-process cache, bounded in bytes, serves repeated
// identical reads of the same version without Neo4j.
//
// The version is known in-process: read from Neo4j at most once per VersionTTL, and read
// again at once after every mutation this process serves, so that a change made through
// this service is never followed by an answer from before it. A change made by another
// process (another replica, the token command) is seen within VersionTTL (0: the version is
// read for every GET, one indexed read).
//
// Only complete answers are cached: status 200, no errors. Requests that carry
// Authorization are neither cached nor tagged (Cache-Control: no-store), nor are POSTs.
// A cached answer reports "neo4jRoundTrips": 0 (this request made none beyond the version)
// and "cached": true in its extensions; a shared cache in front repeats the answer it
// stored, with the count of the request that filled it.

// Defaults of the answer cache.
const (
	DefaultCacheBytes = 32 << 20
	DefaultVersionTTL = time.Second
)

// Caching configures ETags, Cache-Control and the in-process answer cache.
type Caching struct {
	// MaxAge and StaleWhileRevalidate are Cache-Control's (0 MaxAge: "no-cache", every
	// reuse is revalidated with If-None-Match).
	MaxAge, StaleWhileRevalidate time.Duration
	// Bytes bounds the in-process cache (0: DefaultCacheBytes; negative: no cache, ETags
	// and 304 still).
	Bytes int64
	// VersionTTL is how long a read of the graph version is trusted (0: DefaultVersionTTL;
	// negative: read for every request).
	VersionTTL time.Duration
}

// graphVersion knows the version of the graph, reading it again when it is older than ttl
// or a write made it stale.
type graphVersion struct {
	latest func(context.Context) (int64, time.Time, error)
	ttl    time.Duration

	mu      sync.Mutex
	value   string
	readAt  time.Time
	gen     uint64        // bumped by every invalidation
	reading chan struct{} // closed when the read under way ends (nil: none)
}

// current returns the version. While the trusted value is stale, one request reads it and
// the others wait for that read (when ttl > 0), so that a busy moment costs one read.
func (v *graphVersion) current(ctx context.Context) (string, error) {
	for {
		v.mu.Lock()
		if v.value != "" && v.ttl > 0 && time.Since(v.readAt) < v.ttl {
			value := v.value
			v.mu.Unlock()
			return value, nil
		}
		if v.reading == nil || v.ttl <= 0 {
			break // v.mu still held
		}
		wait := v.reading
		v.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return "", ctx.Err()
		}
		// The read ended: take its value, or read again if a write came during it.
	}
	gen := v.gen
	done := make(chan struct{})
	if v.ttl > 0 {
		v.reading = done
	}
	v.mu.Unlock()
	seq, at, err := v.latest(ctx)
	v.mu.Lock()
	if v.reading == done {
		v.reading = nil
	}
	close(done)
	value := strconv.FormatInt(seq, 10) + "." + strconv.FormatInt(at.UnixMilli(), 36)
	if err == nil && v.gen == gen { // no write since the read began: trusted for ttl
		v.value, v.readAt = value, time.Now()
	}
	v.mu.Unlock()
	if err != nil {
		return "", err
	}
	return value, nil
}

// invalidate makes the next request read the version again.
func (v *graphVersion) invalidate() {
	v.mu.Lock()
	v.value = ""
	v.gen++
	v.mu.Unlock()
}

// answerCache is a byte-bounded LRU of answers, all of one graph version.
type answerCache struct {
	max int64

	mu      sync.Mutex
	version string
	used    int64
	order   *list.List // front: most recently used
	entries map[string]*list.Element
}

type cachedAnswer struct {
	key  string
	body []byte // the answer without its extensions' closing: see cacheableBody
}

func newAnswerCache(max int64) *answerCache {
	return &answerCache{max: max, order: list.New(), entries: map[string]*list.Element{}}
}

func (c *answerCache) get(version, key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		return nil, false
	}
	e, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cachedAnswer).body, true
}

// put stores an answer of version; an answer of another version than the cache's empties
// it first (the old answers can never be served again).
func (c *answerCache) put(version, key string, body []byte) {
	size := int64(len(body) + len(key))
	if size > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		c.version, c.used = version, 0
		c.order.Init()
		clear(c.entries)
	}
	if _, ok := c.entries[key]; ok {
		return
	}
	for c.used+size > c.max {
		last := c.order.Back()
		a := c.order.Remove(last).(*cachedAnswer)
		delete(c.entries, a.key)
		c.used -= int64(len(a.body) + len(a.key))
	}
	c.entries[key] = c.order.PushFront(&cachedAnswer{key: key, body: body})
	c.used += size
}

// bytesUsed is what the cached answers and their keys hold.
func (c *answerCache) bytesUsed() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used
}

// cacheableBody cuts the extensions this service adds to every answer
// (,"extensions":{"neo4jRoundTrips":N}}) off an answer with data and no errors; false for
// any other answer.
func cacheableBody(body []byte) ([]byte, bool) {
	if !bytes.HasPrefix(body, []byte(`{"data":`)) {
		return nil, false
	}
	i := bytes.LastIndex(body, []byte(`,"extensions":{"neo4jRoundTrips":`))
	if i < 0 {
		return nil, false
	}
	rest := body[i+len(`,"extensions":{"neo4jRoundTrips":`):]
	digits := bytes.TrimLeft(rest, "0123456789")
	if !bytes.Equal(digits, []byte("}}")) || len(rest) == len(digits) {
		return nil, false
	}
	return bytes.Clone(body[:i]), true
}

// cachedSuffix closes a cached answer.
const cachedSuffix = `,"extensions":{"neo4jRoundTrips":0,"cached":true}}`

// answerCaching is the middleware of GET reads: ETag, 304, Cache-Control and the answer
// cache. It runs before admission control, so that a 304 or a cached answer takes no place.
func answerCaching(cfg Caching, version *graphVersion, cors CORS, m *prometheus.CounterVec, reg prometheus.Registerer) func(http.Handler) http.Handler {
	var cache *answerCache
	if cfg.Bytes > 0 {
		cache = newAnswerCache(cfg.Bytes)
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "gutskin_answer_cache_bytes",
			Help: "Bytes the in-process cache of GET answers holds (answers and keys).",
		}, func() float64 { return float64(cache.bytesUsed()) }))
	}
	cacheControl := "public, no-cache"
	if cfg.MaxAge > 0 {
		cacheControl = "public, max-age=" + strconv.Itoa(int(cfg.MaxAge.Seconds()))
		if cfg.StaleWhileRevalidate > 0 {
			cacheControl += ", stale-while-revalidate=" + strconv.Itoa(int(cfg.StaleWhileRevalidate.Seconds()))
		}
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// A read after a bookmark must not be answered from before it (bookmarks.go).
			if r.Method != http.MethodGet || r.Header.Get("Authorization") != "" || len(r.URL.RawQuery) > maxGETQueryBytes || r.Header.Get(bookmarkHeader) != "" {
				if r.Header.Get("Authorization") != "" || r.Header.Get(bookmarkHeader) != "" {
					w.Header().Set("Cache-Control", "no-store")
				}
				next.ServeHTTP(w, r)
				return
			}
			site := r.Header.Get("Sec-Fetch-Site")
			media := negotiate(r.Header.Get("Accept"))
			if ((site == "cross-site" || site == "same-site") && !cors.crossSiteGETAllowed(r)) || media == "" {
				next.ServeHTTP(w, r) // refused further in
				return
			}
			v, err := version.current(r.Context())
			if err != nil {
				next.ServeHTTP(w, r) // the request will say what is wrong with Neo4j
				return
			}
			key := media + "\x00" + r.URL.RawQuery
			sum := sha256.Sum256([]byte(key))
			etag := `"g` + v + "-" + hex.EncodeToString(sum[:12]) + `"`
			h := w.Header()
			h.Add("Vary", "Accept")
			if etagMatches(r.Header.Get("If-None-Match"), etag) {
				h.Set("ETag", etag)
				h.Set("Cache-Control", cacheControl)
				m.WithLabelValues("revalidated").Inc()
				w.WriteHeader(http.StatusNotModified)
				return
			}
			if cache != nil {
				if body, ok := cache.get(v, key); ok {
					m.WithLabelValues("hit").Inc()
					h.Set("ETag", etag)
					h.Set("Cache-Control", cacheControl)
					h.Set("Content-Type", contentType(media))
					h.Set("X-Cache", "hit")
					w.WriteHeader(http.StatusOK)
					_, _ = w.Write(body)
					_, _ = w.Write([]byte(cachedSuffix))
					return
				}
			}
			rec := &recordedResponse{header: h, status: http.StatusOK}
			next.ServeHTTP(rec, r)
			if body, ok := cacheableBody(rec.body.Bytes()); ok && rec.status == http.StatusOK {
				m.WithLabelValues("miss").Inc()
				h.Set("ETag", etag)
				h.Set("Cache-Control", cacheControl)
				h.Set("X-Cache", "miss")
				if cache != nil {
					cache.put(v, key, body)
				}
			} else {
				h.Set("Cache-Control", "no-store")
			}
			w.WriteHeader(rec.status)
			_, _ = w.Write(rec.body.Bytes())
		})
	}
}

// recordedResponse holds an answer until it is known whether it may be cached.
type recordedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
	wrote  bool
}

func (r *recordedResponse) Header() http.Header { return r.header }
func (r *recordedResponse) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
}
func (r *recordedResponse) Write(b []byte) (int, error) {
	r.wrote = true
	return r.body.Write(b)
}

// etagMatches implements If-None-Match's weak comparison for one tag.
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}
