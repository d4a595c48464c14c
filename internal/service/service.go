// Package service holds sealpost's use cases: tenants and API keys,
// recipients, and messages (send, status, revoke). It sits between the HTTP
// edge and the store: the edge decodes and authenticates, the service validates
// meaning, seals content and decides what to write, the store writes it in one
// transaction together with its audit event and queue jobs.
package service

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/blob"
	"github.com/sealpost/sealpost/internal/fairshare"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/inboxevents"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
)

// Config tunes the service.
type Config struct {
	// PublicURL is the base of end-user links, e.g. "https://portal.example".
	PublicURL string
	// IdempotencyTTL is how long Idempotency-Key answers are kept (≥ 24 h).
	IdempotencyTTL time.Duration
	// APIKeyCacheTTL bounds how long a verified API key is trusted without
	// re-reading it; a revocation takes effect within this time.
	APIKeyCacheTTL time.Duration
	// IngestWriters is the number of concurrent group-commit writers
	// (default 1 on SQLite, which has one writer, and 2 on PostgreSQL: on
	// the 2-core development machine two writers gathered fuller batches
	// than four, for a higher ingest rate and less CPU per message, and
	// kept ahead of one).
	IngestWriters int
	// IngestMaxBatch caps messages per transaction.
	IngestMaxBatch int
	// AllowHTTPWebhooks permits http:// endpoints (development only).
	AllowHTTPWebhooks bool
	// MaxWebhooks caps each tenant's webhook endpoints (default
	// DefaultMaxWebhooks): every endpoint multiplies what one message puts
	// on the queue all tenants share.
	MaxWebhooks int
	// TenantBurst and TenantRate size each tenant's top-priority budget on
	// the shared job queue (package fairshare; defaults if <= 0).
	TenantBurst int
	TenantRate  float64
	// Now is the clock (default time.Now); tests move it to cross session
	// and step-up windows without sleeping.
	Now func() time.Time
	// SessionIdle and SessionMax end end-user sessions after inactivity and
	// in any case (defaults 20 min, 12 h).
	SessionIdle, SessionMax time.Duration
	// StepUpWindow is how recent a second-factor check must be to open a
	// restricted message, unless the tenant sets its own (default 5 min).
	StepUpWindow time.Duration
	// PasswordParams are the argon2id costs (default DefaultPasswordParams).
	// Sign-ins naming no account verify against a dummy hash with the same
	// parameters, so they cost the same.
	PasswordParams password.Params
	// AccountLockFailures is how many failed sign-in attempts of one
	// username within a day, from any addresses, lock it for 15 minutes
	// (default DefaultAccountLockFailures). Failures from one address are
	// slowed down long before (see throttle.go).
	AccountLockFailures int
	// Blobs stores encrypted attachments; AttachmentMax caps one upload
	// (default 100 MB).
	Blobs         blob.Store
	AttachmentMax int64
	// AuditCheckpoints, when set, receives the audit chain heads and
	// publishes signed checkpoints (see auditchain.go).
	AuditCheckpoints *audit.Checkpointer
	// UserTokenClient fetches tenants' jwks_url key sets. Nil: one with
	// webhook.PublicTransport (public addresses only). serve passes the
	// webhook client, which allows loopback in --dev only.
	UserTokenClient *http.Client
	// EventsMaxPerRecipient and EventsMaxStreams cap live unread streams
	// (GET /v1/inbox/events) per recipient and on this node (defaults 8 and
	// 20,000); EventsHeartbeat is their keep-alive period (default 25 s).
	EventsMaxPerRecipient, EventsMaxStreams int
	EventsHeartbeat                         time.Duration
	// GuardDictionaries are medical dictionary files the PHI guard loads
	// (guard.Options.MedicalDictionaries; serve defaults them to
	// guard.DefaultMedicalDictionaries()). A named file that cannot be read
	// fails New. Empty: none.
	GuardDictionaries []string
	// MetadataRetention is how long a shredded message's metadata (ids,
	// times, delivery outcomes) is kept after its content was shredded
	// (default DefaultMetadataRetention). The audit chain is never deleted.
	MetadataRetention time.Duration
}

// DefaultMetadataRetention is six years: HIPAA's retention for
// documentation of required activities (45 CFR 164.316(b)(2)).
const DefaultMetadataRetention = 6 * 365 * 24 * time.Hour

// DefaultPasswordParams are OWASP's argon2id recommendation (46 MiB, one
// pass, one lane): 35 ms per check here (BenchmarkPasswordHash), where RFC
// 9106's 64 MiB × 3 passes × 4 lanes costs 0.46 s of both cores — too much for a sign-in page
// that must stay up under guessing. Stored hashes carry their parameters, so
// raising these later needs no migration.
var DefaultPasswordParams = password.Params{Memory: 46 * 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Service is the use-case layer. It is safe for concurrent use.
type Service struct {
	cfg     Config
	st      *store.Store
	keys    seal.KeySource
	sealer  *seal.Sealer
	log     *slog.Logger
	met     *metrics.Metrics
	ingest  *committer
	apiKeys *keyCache
	base    *url.URL
	guard   *guard.Guard
	tcache  *tenantCache
	signin  signInDirectory
	widgets widgetOriginDirectory
	utok    *userTokens
	events  *inboxevents.Hub

	oidcClients oidcClients // discovered OpenID providers per tenant

	allowHTTPWebhooks bool
	maxWebhooks       int
	fair              *fairshare.Limiter // job priorities per tenant
	pwSlots           chan struct{}
	dummyPHC          string       // a hash with cfg.PasswordParams that no password matches
	replyJobs         replyJobList // jobs written with each new patient reply (replies.go)
}

// New builds the service. Close stops its background work.
func New(st *store.Store, ks seal.KeySource, log *slog.Logger, met *metrics.Metrics, cfg Config) (*Service, error) {
	if cfg.PublicURL == "" {
		return nil, errors.New("service: public URL is required")
	}
	base, err := url.Parse(strings.TrimRight(cfg.PublicURL, "/"))
	if err != nil || (base.Scheme != "https" && base.Scheme != "http") || base.Host == "" || base.RawQuery != "" || base.Fragment != "" {
		return nil, fmt.Errorf("service: public URL must be an absolute http(s) URL without query")
	}
	if cfg.MetadataRetention <= 0 {
		cfg.MetadataRetention = DefaultMetadataRetention
	}
	if cfg.IdempotencyTTL < 24*time.Hour {
		cfg.IdempotencyTTL = 24 * time.Hour
	}
	if cfg.APIKeyCacheTTL <= 0 {
		cfg.APIKeyCacheTTL = 2 * time.Second
	}
	if cfg.IngestWriters <= 0 {
		cfg.IngestWriters = 2
		if st.Dialect() == "sqlite" {
			cfg.IngestWriters = 1
		}
	}
	if cfg.IngestMaxBatch <= 0 {
		cfg.IngestMaxBatch = 128
	}
	if met == nil {
		met = metrics.New()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.SessionIdle <= 0 {
		cfg.SessionIdle = DefaultSessionIdle
	}
	if cfg.SessionMax <= 0 {
		cfg.SessionMax = DefaultSessionMax
	}
	if cfg.StepUpWindow <= 0 {
		cfg.StepUpWindow = DefaultStepUp
	}
	if cfg.PasswordParams.Time == 0 {
		cfg.PasswordParams = DefaultPasswordParams
	}
	dummy, err := password.DummyHash(cfg.PasswordParams)
	if err != nil {
		return nil, fmt.Errorf("service: password parameters: %w", err)
	}
	if cfg.AccountLockFailures <= 0 {
		cfg.AccountLockFailures = DefaultAccountLockFailures
	}
	if cfg.AttachmentMax <= 0 {
		cfg.AttachmentMax = DefaultAttachmentMax
	}
	g, err := guard.New(guard.Options{MedicalDictionaries: cfg.GuardDictionaries})
	if err != nil {
		return nil, fmt.Errorf("service: PHI guard: %w", err)
	}
	met.GuardDictionaryTerms.Set(float64(g.DictionaryTerms()))
	if err := setAuditKeys(st, ks); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, st: st, keys: ks, log: log, met: met, base: base, guard: g, dummyPHC: dummy}
	s.sealer = seal.NewSealer(ks, func(ctx context.Context, tenantID string) (seal.TenantKeys, error) {
		t, err := st.GetTenant(ctx, tenantID)
		if err != nil {
			return seal.TenantKeys{}, err
		}
		return seal.TenantKeys{KEK: t.KEK, MAC: t.MAC, Index: t.Index}, nil
	})
	s.apiKeys = newKeyCache(cfg.APIKeyCacheTTL)
	s.tcache = &tenantCache{ttl: tenantCacheTTL, m: map[string]*tenantEntry{}}
	s.utok = newUserTokens(cfg.UserTokenClient, cfg.Now)
	s.allowHTTPWebhooks = cfg.AllowHTTPWebhooks
	s.maxWebhooks = cmp.Or(max(cfg.MaxWebhooks, 0), DefaultMaxWebhooks)
	s.fair = fairshare.New(cfg.TenantBurst, cfg.TenantRate, cfg.Now)
	s.pwSlots = make(chan struct{}, max(2, runtime.NumCPU()))
	s.ingest = newCommitter(st, met, cfg.IngestWriters, cfg.IngestMaxBatch)
	met.SetStatsSource(storeStats{st, cfg.Now}) // queue and audit backlog, read on each scrape
	s.startInboxEvents()
	return s, nil
}

// now is the service clock.
func (s *Service) now() time.Time { return s.cfg.Now() }

// Now is the service's clock (tests move it).
func (s *Service) Now() time.Time { return s.cfg.Now() }

// Close stops the ingest writers after they drain, and ends live streams.
func (s *Service) Close() {
	s.ingest.close()
	s.events.Close()
}

// Store exposes the store (for operations such as readiness checks).
func (s *Service) Store() *store.Store { return s.st }

// Sealer exposes the sealer (for key rotation).
func (s *Service) Sealer() *seal.Sealer { return s.sealer }

// RunBackground chains audit events and purges expired idempotency keys until
// ctx ends.
func (s *Service) RunBackground(ctx context.Context) {
	chain := time.NewTicker(250 * time.Millisecond)
	purge := time.NewTicker(10 * time.Minute)
	defer chain.Stop()
	defer purge.Stop()
	s.startAuditChain(ctx)
	for {
		select {
		case <-ctx.Done():
			s.stopAuditChain()
			return
		case <-chain.C:
			s.chainAudit(ctx)
		case <-purge.C:
			if n, err := s.st.PurgeIdempotency(ctx, time.Now().Add(-s.cfg.IdempotencyTTL)); err != nil {
				s.log.Error("idempotency purge failed", "err", err)
			} else if n > 0 {
				s.log.Info("idempotency keys purged", "count", n)
			}
			if err := s.PurgeSessions(ctx); err != nil {
				s.log.Error("session purge failed", "err", err)
			}
		}
	}
}

// Error is a use-case failure the edge turns into a problem answer. Detail
// never contains submitted values.
type Error struct {
	Kind   Kind
	Detail string
	Fields []FieldError
	// RetryAfter, for KindLocked, is when to try again.
	RetryAfter time.Duration
}

// FieldError points at one invalid member of the request (JSON Pointer).
type FieldError struct {
	Pointer string `json:"pointer"`
	Detail  string `json:"detail"`
}

// Kind classifies errors for the edge.
type Kind int

// Error kinds.
const (
	KindInvalid             Kind = iota + 1 // 422 validation-failed
	KindUnknownCategory                     // 422
	KindUnknownRecipient                    // 422
	KindNotFound                            // 404
	KindGone                                // 410
	KindIdempotencyConflict                 // 409
	KindUnauthorized                        // 401
	KindTemplatePHI                         // 422 template-phi
	KindUnauthenticated                     // 401 sign-in-required (end user)
	KindBadCredentials                      // 401 bad-credentials
	KindNotEnrolled                         // 403 not-enrolled
	KindStepUpRequired                      // 403 step-up-required
	KindLocked                              // 429 signin-locked
	KindTooLarge                            // 413 body-too-large
	KindTruncated                           // 400 upload-truncated
	KindLimitReached                        // 409 limit-reached
	KindUserToken                           // 401 user-token-invalid
	KindOriginNotAllowed                    // 403 origin-not-allowed
	KindUnknownSegment                      // 422 unknown-segment
	KindCampaignBlocked                     // 422 campaign-blocked
	KindSegmentIDPHI                        // 422 segment-id-phi
	KindRepliesNotAllowed                   // 409 replies-not-allowed
	KindReplyAnswered                       // 409 reply-answered
)

func (e *Error) Error() string { return e.Detail }

func invalid(fields ...FieldError) *Error {
	return &Error{Kind: KindInvalid, Detail: "the request has invalid fields", Fields: fields}
}

// Principal is an authenticated tenant API caller.
type Principal struct {
	TenantID  string
	KeyPrefix string
}

// Actor is how the principal appears in the audit log.
func (p Principal) Actor() string { return "api_key:" + p.KeyPrefix }
