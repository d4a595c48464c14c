// Package metrics defines sealpost's Prometheus metrics and serves them.
// Labels are fixed sets (route patterns, methods, status codes, channels,
// delivery statuses, guard rules, queue names): never ids, never PHI.
// ops.go holds the operator series, handler.go the scrape endpoints.
package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics is one registry with sealpost's collectors.
type Metrics struct {
	Registry         *prometheus.Registry
	Requests         *prometheus.CounterVec
	Latency          *prometheus.HistogramVec
	MessagesAccepted prometheus.Counter
	IngestBatch      prometheus.Histogram
	AuditChained     prometheus.Counter
	opsMetrics
}

// New registers the collectors on a fresh registry.
func New() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_http_requests_total", Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		Latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "sealpost_http_request_duration_seconds", Help: "HTTP request latency by route pattern and method.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route", "method"}),
		MessagesAccepted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sealpost_messages_accepted_total", Help: "Messages accepted (sealed, stored and planned).",
		}),
		IngestBatch: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "sealpost_ingest_batch_size", Help: "Messages committed per ingest transaction.",
			Buckets: []float64{1, 2, 4, 8, 16, 32, 64, 128, 256},
		}),
		AuditChained: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sealpost_audit_events_chained_total", Help: "Audit events linked into their hash chains.",
		}),
		opsMetrics: newOps(),
	}
	m.Registry.MustRegister(m.Requests, m.Latency, m.MessagesAccepted, m.IngestBatch, m.AuditChained,
		m.Deliveries, m.GuardBlocks, m.SignInFailures, m.Lockouts, m.RetentionShredded, m.StaffSessionsSwept, m.GuardDictionaryTerms, m.StaffAnonymousRefusals, statsCollector{m},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
