// Package staff is the staff secure mailbox: staff accounts (invited, then
// enrolled with a password and TOTP, always), pools with quick-removal
// policies, sealed messages from the portal to a staff member or a pool,
// the staff inbox (fed by every registered InboxSource), and the job that
// crypto-shreds staff content when its policy says so. It sits beside
// package service and uses the same store, sealer and guard; it knows no HTTP.
package staff

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"log/slog"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// Defaults.
const (
	DefaultSessionIdle = 10 * time.Minute
	DefaultSessionMax  = 8 * time.Hour
	// DefaultReadTTL and DefaultMaxAge are the policy of a pool created
	// without one, and of messages addressed to one staff member.
	DefaultReadTTL = 24 * time.Hour
	DefaultMaxAge  = 7 * 24 * time.Hour
	// MinReadTTL .. MaxMaxAge bound a policy: minutes after the first read,
	// hours to days in any case.
	MinReadTTL = time.Minute
	MaxReadTTL = 30 * 24 * time.Hour
	MinMaxAge  = time.Hour
	MaxMaxAge  = 90 * 24 * time.Hour
	// InvitationTTL is how long an invitation link works.
	InvitationTTL = 72 * time.Hour
	// LockFailures failed sign-ins of an account lock it for LockFor.
	LockFailures = 5
	LockFor      = 15 * time.Minute
)

// Audit actions of the staff mailbox (actor "staff:<id>", "api_key:…",
// "system:staff-shred" or "cli:…"; objects are ids only).
const (
	ActionStaffCreate      = "staff.create"
	ActionInvitationAccept = "staff.invitation_accept"
	ActionStaffEnrol       = "staff.enrol"
	ActionStaffSignIn      = "staff.signin"
	ActionStaffSignInFail  = "staff.signin_failure"
	ActionStaffSignOut     = "staff.signout"
	ActionStaffDenied      = "staff.access_denied"
	ActionPoolPut          = "staff_pool.put"
	ActionMessageCreate    = "staff_message.create"
	ActionMessageOpen      = "staff_message.open"
	ActionMessageClaim     = "staff_message.claim"
	ActionMessageClose     = "staff_message.close"
	ActionMessageShred     = "staff_message.shred"  // by an admin, at once
	ActionMessageExpire    = "staff_message.expire" // by the policy (shredding job)
	ActionInboxList        = "staff_inbox.list"
)

// ShredActor is how the shredding job appears in the audit log.
const ShredActor = "system:staff-shred"

// Roles.
const (
	RoleMember = store.StaffMember
	RoleAdmin  = store.StaffAdmin
)

// Config tunes the staff mailbox.
type Config struct {
	// SessionIdle and SessionMax end staff sessions after inactivity and in
	// any case (defaults 10 min, 8 h).
	SessionIdle, SessionMax time.Duration
	// PasswordParams are the argon2id costs (default
	// service.DefaultPasswordParams).
	PasswordParams password.Params
}

// Service is the staff mailbox's use cases. Safe for concurrent use.
type Service struct {
	svc    *service.Service
	st     *store.Store
	sealer *seal.Sealer
	log    *slog.Logger
	cfg    Config
	dummy  string

	mu      sync.RWMutex
	sources []InboxSource

	anon anonLimiter // anonymous refusals' audit events (anonymous.go)
}

// New builds the staff mailbox on the core service.
func New(svc *service.Service, log *slog.Logger, cfg Config) *Service {
	if cfg.SessionIdle <= 0 {
		cfg.SessionIdle = DefaultSessionIdle
	}
	if cfg.SessionMax <= 0 {
		cfg.SessionMax = DefaultSessionMax
	}
	if cfg.PasswordParams.Time == 0 {
		cfg.PasswordParams = service.DefaultPasswordParams
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	dummy, _ := password.DummyHash(cfg.PasswordParams)
	s := &Service{svc: svc, st: svc.Store(), sealer: svc.Sealer(), log: log, cfg: cfg, dummy: dummy}
	s.sources = []InboxSource{messageSource{s}}
	s.wireReplies() // patients' replies (replies.go)
	return s
}

// Configure replaces the session limits (serve's flags).
func (s *Service) Configure(idle, max time.Duration) {
	if idle > 0 {
		s.cfg.SessionIdle = idle
	}
	if max > 0 {
		s.cfg.SessionMax = max
	}
}

func (s *Service) now() time.Time { return s.svc.Now().Truncate(time.Microsecond) }

// Item is one entry of a staff inbox, from any source.
type Item struct {
	Kind                          string     // "message" (staff message) or "reply" (patient reply, from the replies source)
	ID                            string     //
	Pool                          string     // "" when addressed to one staff member
	From                          string     // display label, never PHI (e.g. "Portal", "Patient reply")
	CreatedAt                     time.Time  //
	OpenedBy, ClaimedBy, ClosedBy string     // staff display names or ""
	RemoveAt                      *time.Time // when content will be shredded, nil if unknown
	Removed                       bool       //
	Link                          string     // page path to open it, e.g. "/staff/messages/{id}" or "/staff/replies/{id}"
}

// InboxSource adds items to the staff inbox (patient replies register one).
type InboxSource interface {
	List(ctx context.Context, tenantID, staffID string, pools []string, limit int) ([]Item, error)
}

// AddInboxSource registers another source of inbox items.
func (s *Service) AddInboxSource(src InboxSource) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sources = append(s.sources, src)
}

// Principal is a signed-in staff member.
type Principal struct {
	TenantID string
	StaffID  string
	Name     string // display name (not PHI: a workforce member's name)
	Role     string // RoleMember or RoleAdmin
	Pools    []string
}

// Actor is how the staff member appears in the audit log.
func (p Principal) Actor() string { return "staff:" + p.StaffID }

// Admin says whether the staff member manages the tenant's pools.
func (p Principal) Admin() bool { return p.Role == RoleAdmin }

// InPool says whether the staff member belongs to the pool.
func (p Principal) InPool(pool string) bool {
	for _, q := range p.Pools {
		if q == pool {
			return true
		}
	}
	return false
}

var poolRE = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,39}$`)

// ValidPool says whether name can name a pool: lowercase letters, digits,
// "_" and "-", starting with a letter, at most 40 characters.
func ValidPool(name string) bool { return poolRE.MatchString(name) }

// Policy is a pool's quick-removal policy: content is shredded ReadTTL
// after it is first read, and in any case MaxAge after it was sent.
type Policy struct {
	ReadTTL time.Duration
	MaxAge  time.Duration
}

// DefaultPolicy is the policy of messages to one staff member and of pools
// created without one.
var DefaultPolicy = Policy{ReadTTL: DefaultReadTTL, MaxAge: DefaultMaxAge}

func (p Policy) store() store.StaffPolicy {
	return store.StaffPolicy{ReadTTL: p.ReadTTL, MaxAge: p.MaxAge}
}

// Validate checks the policy's bounds.
func (p Policy) Validate() error {
	var fs []service.FieldError
	if p.ReadTTL < MinReadTTL || p.ReadTTL > MaxReadTTL {
		fs = append(fs, service.FieldError{Pointer: "/read_ttl_seconds", Detail: "between 60 seconds and 30 days"})
	}
	if p.MaxAge < MinMaxAge || p.MaxAge > MaxMaxAge {
		fs = append(fs, service.FieldError{Pointer: "/max_age_seconds", Detail: "between 1 hour and 90 days"})
	}
	if len(fs) > 0 {
		return invalid(fs...)
	}
	return nil
}

// PoolPolicy is the policy of a tenant's pool ("" : messages to one staff
// member, DefaultPolicy). An unknown pool is KindNotFound.
func (s *Service) PoolPolicy(ctx context.Context, tenantID, pool string) (Policy, error) {
	if pool == "" {
		return DefaultPolicy, nil
	}
	if !ValidPool(pool) {
		return Policy{}, errNotFound
	}
	p, err := s.st.GetStaffPool(ctx, tenantID, pool)
	if errors.Is(err, store.ErrNotFound) {
		return Policy{}, errNotFound
	}
	if err != nil {
		return Policy{}, err
	}
	return Policy{ReadTTL: p.Policy.ReadTTL, MaxAge: p.Policy.MaxAge}, nil
}

// Inbox lists the staff member's inbox from every source, newest first.
func (s *Service) Inbox(ctx context.Context, p Principal, limit int) ([]Item, error) {
	if limit <= 0 || limit > 200 {
		limit = 100
	}
	s.mu.RLock()
	srcs := append([]InboxSource(nil), s.sources...)
	s.mu.RUnlock()
	var out []Item
	for _, src := range srcs {
		items, err := src.List(ctx, p.TenantID, p.StaffID, p.Pools, limit)
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.After(out[j].CreatedAt) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// Errors.
var (
	errNotFound = &service.Error{Kind: service.KindNotFound, Detail: "no such object"}
	errGone     = &service.Error{Kind: service.KindGone, Detail: "this message's content was removed"}
	errSignIn   = &service.Error{Kind: service.KindUnauthenticated, Detail: "sign in to continue"}
	errBadCreds = &service.Error{Kind: service.KindBadCredentials, Detail: "the email, password or code is not correct"}
	errLocked   = &service.Error{Kind: service.KindLocked, Detail: "too many failed sign-ins; try again later", RetryAfter: LockFor}
	errAdmin    = &service.Error{Kind: service.KindNotFound, Detail: "no such object"}
	errConflict = &service.Error{Kind: service.KindLimitReached, Detail: "the message was claimed or closed by someone else"}
)

func invalid(fs ...service.FieldError) *service.Error {
	return &service.Error{Kind: service.KindInvalid, Detail: "the request has invalid fields", Fields: fs}
}

func hashToken(tok string) []byte {
	h := sha256.Sum256([]byte(tok))
	return h[:]
}

func constantEq(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

func (s *Service) event(tenantID, actor, action, objType, objID string) audit.Event {
	return audit.Event{TenantID: tenantID, At: s.now(), Actor: actor, Action: action, ObjectType: objType, ObjectID: objID}
}

// SetPasswordParams sets the argon2id costs (tests use cheap ones).
func (s *Service) SetPasswordParams(p password.Params) {
	s.cfg.PasswordParams = p
	s.dummy, _ = password.DummyHash(p)
}
