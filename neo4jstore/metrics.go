package neo4jstore

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"gutskin/kg"
)

// storeMetrics are what an operator watches of the database side: round trips by outcome
// and their latency, reads in flight against the concurrency limit, reads waiting for a
// place, whether the circuit is open, and which way pathways questions were answered.
type storeMetrics struct {
	roundTrips       *prometheus.CounterVec
	pathwaysWays     *prometheus.CounterVec
	latency          prometheus.Histogram
	inFlight         prometheus.Gauge
	waiting          prometheus.Gauge
	concurrencyLimit prometheus.Gauge
	circuitOpen      prometheus.Gauge
}

func newStoreMetrics() *storeMetrics {
	return &storeMetrics{
		roundTrips: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gutskin_neo4j_round_trips_total",
			Help: "Neo4j reads by outcome (ok, timeout, unavailable, overloaded, refused: over a request's budget, error).",
		}, []string{"outcome"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "gutskin_neo4j_round_trip_seconds",
			Help:    "Time of one Neo4j read, connection included.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}),
		pathwaysWays: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "gutskin_pathways_answers_total",
			Help: "Pathways and connections questions by the way the statement answered them (walks: every walk from one end; near: paths of one or two hops at the strongest grade; search: rank by rank; none: an end missing or both the same).",
		}, []string{"way"}),
		inFlight:         gauge("gutskin_neo4j_reads_in_flight", "Neo4j reads running now (each holds one pooled connection)."),
		waiting:          gauge("gutskin_neo4j_reads_waiting", "Neo4j reads waiting for a place under the concurrency limit."),
		concurrencyLimit: gauge("gutskin_neo4j_reads_limit", "How many Neo4j reads may run at once."),
		circuitOpen:      gauge("gutskin_neo4j_circuit_open", "1 while the circuit breaker holds Neo4j for unreachable, 0 otherwise."),
	}
}

// Collectors returns the store's metrics, to be registered by the HTTP layer.
func (s *Store) Collectors() []prometheus.Collector {
	m := s.metrics
	return []prometheus.Collector{m.roundTrips, m.pathwaysWays, m.latency, m.inFlight, m.waiting, m.concurrencyLimit, m.circuitOpen}
}

func outcome(err error) string {
	var e *kg.Error
	if !errors.As(err, &e) {
		return "error"
	}
	switch e.Code {
	case kg.ETIMEOUT:
		return "timeout"
	case kg.EUNAVAILABLE:
		return "unavailable"
	case kg.EOVERLOADED:
		return "overloaded"
	case kg.ELIMIT:
		return "refused"
	}
	return "error"
}

// gauge is a plain gauge named name, described by help.
func gauge(name, help string) prometheus.Gauge {
	return prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
}
