package httpapi

import (
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the HTTP side of what /metrics shows; the store adds its own collectors.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	inFlight prometheus.Gauge
	queued   prometheus.Gauge
	refused  prometheus.Counter
	cache    *prometheus.CounterVec
	opNames  operationNames
}

func newMetrics(reg *prometheus.Registry, extra []prometheus.Collector) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gutskin_http_requests_total",
			Help: "HTTP requests by path, GraphQL operation name, status and error code (extensions.code of the first error).",
		}, []string{"path", "operation", "status", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "gutskin_http_request_seconds",
			Help:    "Time from a request's arrival to its answer.",
			Buckets: []float64{.001, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 15},
		}, []string{"path"}),
		inFlight: gauge("gutskin_graphql_in_flight", "GraphQL requests being worked on."),
		queued:   gauge("gutskin_graphql_queued", "GraphQL requests waiting for admission."),
		refused:  counter("gutskin_graphql_overloaded_total", "GraphQL requests turned away with SERVICE_OVERLOADED by admission control."),
	}
	m.cache = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "gutskin_answer_cache_total",
		Help: "GET reads by how they were answered: hit (the in-process cache), revalidated (304), miss (run and cacheable).",
	}, []string{"result"})
	reg.MustRegister(m.requests, m.latency, m.inFlight, m.queued, m.refused, m.cache)
	for _, c := range extra {
		reg.MustRegister(c)
	}
	return m
}

// observe records one finished request.
func (m *metrics) observe(r *http.Request, status int, operation, code string, d time.Duration) {
	path := pathLabel(r.URL.Path)
	m.requests.WithLabelValues(path, m.opNames.label(operation), strconv.Itoa(status), code).Inc()
	m.latency.WithLabelValues(path).Observe(d.Seconds())
}

// pathLabel keeps the path label to the service's few routes.
func pathLabel(p string) string {
	switch p {
	case "/query", "/healthz", "/readyz", "/metrics", "/schema.graphql", "/playground":
		return p
	}
	if len(p) >= 9 && p[:9] == "/explore/" {
		return "/explore/"
	}
	if len(p) >= 4 && p[:4] == "/ld/" {
		return "/ld/"
	}
	if len(p) >= 6 && p[:6] == "/cite/" {
		return "/cite/"
	}
	return "other"
}

// operationNames bounds the operation label: clients choose operation names, so only
// plain names are kept, and only the first hundred distinct ones.
type operationNames struct {
	mu   sync.Mutex
	seen map[string]bool
}

var plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func (o *operationNames) label(name string) string {
	if name == "" {
		return ""
	}
	if !plainName.MatchString(name) {
		return "other"
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.seen == nil {
		o.seen = map[string]bool{}
	}
	if !o.seen[name] && len(o.seen) >= 100 {
		return "other"
	}
	o.seen[name] = true
	return name
}

// newRegistry returns a registry with the Go runtime and process collectors.
func newRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

func metricsHandler(reg *prometheus.Registry) http.Handler {
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{})
}

// gauge is a plain gauge named name, described by help.
func gauge(name, help string) prometheus.Gauge {
	return prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
}

// counter is a plain counter named name, described by help.
func counter(name, help string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
}
