package metrics

import (
	"context"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Operator series: deliveries by outcome, PHI-guard blocks, refused
// sign-ins and lock-outs (counted where they happen), and the delivery
// queue and audit chain backlog (read from the database on each scrape).
// Every label value comes from a fixed set or is checked against the shape
// of a code identifier; anything else is counted as "other". No label ever
// carries an id, a tenant, a recipient or message text.

// Fixed label values.
var (
	knownChannels = map[string]bool{"email": true, "sms": true, "webhook": true, "push": true}
	finalStatuses = map[string]bool{"sent": true, "delivered": true, "failed": true, "blocked": true, "suppressed": true, "canceled": true}
	signInSteps   = map[string]bool{"password": true, "factor": true, "oidc": true}
	signInReasons = map[string]bool{"bad_credentials": true, "locked": true,
		// sign in with the portal (internal/oidc, service/oidc.go)
		"state": true, "provider": true, "exchange": true, "token": true, "nonce": true, "claim": true,
		"no_recipient": true, "stepup_subject": true, "stepup_stale": true}
	lockScopes  = map[string]bool{"account": true, "address": true, "pair": true}
	queueStates = map[string]bool{"available": true, "running": true, "retryable": true, "scheduled": true}

	// The guard's finding kinds and rule names are code identifiers
	// ("condition", "clinical.condition", "input.too_many_fields").
	kindShape  = regexp.MustCompile(`^[a-z][a-z_]{0,31}$`)
	ruleShape  = regexp.MustCompile(`^[a-z][a-z_]{0,31}(\.[a-z][a-z_]{0,31}){1,2}$`)
	queueShape = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,39}$`)
)

func oneOf(set map[string]bool, v string) string {
	if set[v] {
		return v
	}
	return "other"
}

func shaped(re *regexp.Regexp, v string) string {
	if re.MatchString(v) {
		return v
	}
	return "other"
}

// opsMetrics are the operator series' collectors.
type opsMetrics struct {
	Deliveries     *prometheus.CounterVec
	GuardBlocks    *prometheus.CounterVec
	SignInFailures *prometheus.CounterVec
	Lockouts       *prometheus.CounterVec
	// RetentionShredded counts messages whose content retention or expiry
	// shredded.
	RetentionShredded prometheus.Counter
	// StaffSessionsSwept counts expired staff sessions the staff shred pass
	// deleted (no labels).
	StaffSessionsSwept prometheus.Counter
	// GuardDictionaryTerms is the number of words of the operator's medical
	// dictionaries the PHI guard loaded and can report (no labels; 0 when
	// none is installed, see serve --guard-dictionary).
	GuardDictionaryTerms prometheus.Gauge
	// StaffAnonymousRefusals counts refused staff calls that came with no
	// session, by whether they reached the system audit chain.
	StaffAnonymousRefusals *prometheus.CounterVec
	stats                  atomic.Pointer[statsHolder]
}

type statsHolder struct{ src StatsSource }

func newOps() opsMetrics {
	return opsMetrics{
		RetentionShredded: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sealpost_retention_shredded_total",
			Help: "Messages whose content was crypto-shredded because their category's retention or their expires_at passed.",
		}),
		StaffSessionsSwept: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "sealpost_staff_sessions_swept_total",
			Help: "Expired staff sessions (idle, past the absolute limit, or a password-checked stage past its time) deleted by the staff shred pass; those found expired on use are not counted.",
		}),
		GuardDictionaryTerms: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sealpost_guard_dictionary_terms",
			Help: "Words of the medical dictionaries (serve --guard-dictionary) the PHI guard loaded and reports when they are not ordinary English or Spanish; 0 when none is installed.",
		}),
		StaffAnonymousRefusals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_staff_anonymous_refusals_total",
			Help: "Refused staff-route calls and staff sign-in callbacks that came with no session, by outcome: audited (written to the system audit chain: the first of each route per minute and node) or coalesced (counted only).",
		}, []string{"outcome"}),
		Deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_deliveries_total",
			Help: "Deliveries that reached a final status (sent, delivered, failed, blocked, suppressed, canceled), by channel, as the delivery worker records them (a delivery sent and later reported delivered counts in both; one a revoke cancels before a worker takes it is not counted).",
		}, []string{"channel", "status"}),
		GuardBlocks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_guard_blocks_total",
			Help: "PHI-guard findings that blocked a delivery, by finding kind and rule (a delivery blocked by several rules counts once per rule).",
		}, []string{"kind", "rule"}),
		SignInFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_signin_failures_total",
			Help: "Refused end-user sign-in steps (password, factor: TOTP, recovery code, passkey, step-up; oidc: sign in with the portal) by reason (bad_credentials, locked; for oidc: state, provider, exchange, token, nonce, claim, no_recipient, stepup_subject, stepup_stale).",
		}, []string{"step", "reason"}),
		Lockouts: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sealpost_signin_lockouts_total",
			Help: "Sign-in lock-outs started, by scope (account, address).",
		}, []string{"scope"}),
	}
}

// DeliveryFinished counts a delivery that reached status on channel, and
// for a block each of its rules ("kind:rule,kind:rule", as stored in the
// delivery's blocked_rules, or "guard.error"). Non-final statuses are not
// counted.
func (m *Metrics) DeliveryFinished(channel, status, blockedRules string) {
	if !finalStatuses[status] {
		return
	}
	m.Deliveries.WithLabelValues(oneOf(knownChannels, channel), status).Inc()
	if status != "blocked" {
		return
	}
	if blockedRules == "" || blockedRules == "guard.error" {
		m.GuardBlocks.WithLabelValues("error", "guard.error").Inc()
		return
	}
	for _, kr := range strings.Split(blockedRules, ",") {
		kind, rule, _ := strings.Cut(kr, ":")
		m.GuardBlocks.WithLabelValues(shaped(kindShape, kind), shaped(ruleShape, rule)).Inc()
	}
}

// SignInFailed counts a refused sign-in step ("password", "factor" or
// "oidc") by reason ("bad_credentials", "locked", or an OIDC refusal reason).
func (m *Metrics) SignInFailed(step, reason string) {
	m.SignInFailures.WithLabelValues(oneOf(signInSteps, step), oneOf(signInReasons, reason)).Inc()
}

// StaffAnonymousRefused counts an anonymous staff refusal, audited or
// coalesced (staff/anonymous.go).
func (m *Metrics) StaffAnonymousRefused(audited bool) {
	outcome := "coalesced"
	if audited {
		outcome = "audited"
	}
	m.StaffAnonymousRefusals.WithLabelValues(outcome).Inc()
}

// LockedOut counts a lock-out that a failure started ("account" or "address").
func (m *Metrics) LockedOut(scope string) {
	m.Lockouts.WithLabelValues(oneOf(lockScopes, scope)).Inc()
}

// QueueStat is one River queue's jobs in one state, and for "available"
// jobs how long the oldest has been waiting.
type QueueStat struct {
	Queue, State string
	Jobs         int64
	OldestWait   time.Duration
}

// AuditLag is the audit events not yet linked into their chains.
type AuditLag struct {
	Unchained int64
	Oldest    time.Duration // age of the oldest unchained event; 0 when none
}

// RetentionBacklog is the messages whose content is due for shredding.
type RetentionBacklog struct {
	Due    int64
	Oldest time.Duration // how long the oldest due message has been due; 0 when none
}

// StatsSource reads the backlog figures from the database on each scrape.
type StatsSource interface {
	QueueStats(ctx context.Context) ([]QueueStat, error)
	AuditLag(ctx context.Context) (AuditLag, error)
	RetentionBacklog(ctx context.Context) (RetentionBacklog, error)
}

// SetStatsSource makes scrapes report the queue and audit backlog read from
// src (the last call wins; nil stops reporting them).
func (m *Metrics) SetStatsSource(src StatsSource) {
	m.stats.Store(&statsHolder{src: src})
}

// statsTimeout bounds the database reads of one scrape.
const statsTimeout = 2 * time.Second

var (
	descQueueJobs = prometheus.NewDesc("sealpost_queue_jobs",
		"River jobs waiting or running, by queue and state (available, running, retryable, scheduled).", []string{"queue", "state"}, nil)
	descQueueOldest = prometheus.NewDesc("sealpost_queue_oldest_available_seconds",
		"How long the oldest job ready to run has waited, by queue (0: none waiting).", []string{"queue"}, nil)
	descAuditUnchained = prometheus.NewDesc("sealpost_audit_unchained_events",
		"Audit events committed but not yet linked into their hash chains.", nil, nil)
	descAuditOldest = prometheus.NewDesc("sealpost_audit_oldest_unchained_seconds",
		"Age of the oldest audit event not yet chained (0: none).", nil, nil)
	descRetentionDue = prometheus.NewDesc("sealpost_retention_due_messages",
		"Messages whose retention or expiry has passed and whose content is not shredded yet (the retention job runs every 30 s).", nil, nil)
	descRetentionOldest = prometheus.NewDesc("sealpost_retention_oldest_due_seconds",
		"How long the oldest of those messages has been due (0: none). Above a minute or two, the retention job is not keeping up or not running.", nil, nil)
	descStatsUp = prometheus.NewDesc("sealpost_database_stats_up",
		"1 if this scrape read the queue and audit figures from the database, 0 if the reads failed (their series are then absent).", nil, nil)
)

// statsCollector reports the StatsSource's figures at scrape time.
type statsCollector struct{ m *Metrics }

func (c statsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descQueueJobs, descQueueOldest, descAuditUnchained, descAuditOldest, descRetentionDue, descRetentionOldest, descStatsUp} {
		ch <- d
	}
}

func (c statsCollector) Collect(ch chan<- prometheus.Metric) {
	h := c.m.stats.Load()
	if h == nil || h.src == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), statsTimeout)
	defer cancel()
	up := 1.0
	if qs, err := h.src.QueueStats(ctx); err != nil {
		up = 0
	} else {
		oldest := map[string]float64{}
		for _, q := range qs {
			name := shaped(queueShape, q.Queue)
			ch <- prometheus.MustNewConstMetric(descQueueJobs, prometheus.GaugeValue, float64(q.Jobs), name, oneOf(queueStates, q.State))
			if _, seen := oldest[name]; !seen {
				oldest[name] = 0
			}
			if q.State == "available" {
				oldest[name] = max(oldest[name], q.OldestWait.Seconds())
			}
		}
		for name, s := range oldest {
			ch <- prometheus.MustNewConstMetric(descQueueOldest, prometheus.GaugeValue, s, name)
		}
	}
	if lag, err := h.src.AuditLag(ctx); err != nil {
		up = 0
	} else {
		ch <- prometheus.MustNewConstMetric(descAuditUnchained, prometheus.GaugeValue, float64(lag.Unchained))
		ch <- prometheus.MustNewConstMetric(descAuditOldest, prometheus.GaugeValue, lag.Oldest.Seconds())
	}
	if rb, err := h.src.RetentionBacklog(ctx); err != nil {
		up = 0
	} else {
		ch <- prometheus.MustNewConstMetric(descRetentionDue, prometheus.GaugeValue, float64(rb.Due))
		ch <- prometheus.MustNewConstMetric(descRetentionOldest, prometheus.GaugeValue, rb.Oldest.Seconds())
	}
	ch <- prometheus.MustNewConstMetric(descStatsUp, prometheus.GaugeValue, up)
}
