package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
)

// Patient access: end-user accounts (password + TOTP, recovery codes),
// server-side sessions with idle and absolute timeouts, step-up for
// restricted messages, and sign-in throttling per account and per address.
// Every sign-in, failure, enrolment and step-up is an audit event written in
// the same transaction as the change it records.

// Access defaults.
const (
	DefaultSessionIdle = 20 * time.Minute
	DefaultSessionMax  = 12 * time.Hour
	DefaultStepUp      = 5 * time.Minute

	sessionTouchEvery = time.Minute // seen_at is written at most this often
	recoveryCodeCount = 10
	categoryRegister  = "account_registration"
)

// Session is an end user's authenticated (or partly authenticated) session
// as the edge sees it.
type Session struct {
	TenantID    string
	RecipientID string
	Stage       string
	MessageID   string // the message of the link being followed, if any
	CSRF        string // the form/header token bound to this session
	FactorAt    *time.Time
	CreatedAt   time.Time
	// Expires is when a session made from a user token ends (the token's
	// exp); zero for a cookie session, whose end the store decides.
	Expires time.Time

	idHash  []byte
	pending []byte
}

// Actor is how the end user appears in the audit log.
func (ses Session) Actor() string { return "recipient:" + ses.RecipientID }

// SignedIn reports whether the session completed password and factor.
func (ses Session) SignedIn() bool { return ses.Stage == store.StageActive }

// Issued is a new session the edge must set as the cookie (the previous one
// is gone), and where to send the browser next.
type Issued struct {
	Token   string
	Session Session
	Next    string
}

// CheckCSRF compares a submitted token with the session's in constant time.
func (ses Session) CheckCSRF(token string) bool {
	return ses.CSRF != "" && subtle.ConstantTimeCompare([]byte(ses.CSRF), []byte(token)) == 1
}

func randToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("service: crypto/rand failed")
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

var (
	errSignIn       = &Error{Kind: KindUnauthenticated, Detail: "sign in to continue"}
	errCredentials  = &Error{Kind: KindBadCredentials, Detail: "the username or password is not correct"}
	errFactor       = &Error{Kind: KindBadCredentials, Detail: "that code is not correct or was already used; wait for a new code from your app and try again"}
	errNotEnrolled  = &Error{Kind: KindNotEnrolled, Detail: "your account is not set up yet; use the link in your registration notice, or ask for a new one"}
	errStageWrong   = &Error{Kind: KindUnauthenticated, Detail: "this step is not available now; start again from your link or the sign-in page"}
	errStepUp       = &Error{Kind: KindStepUpRequired, Detail: "this message needs a fresh check of your second factor"}
	errUsername     = FieldError{Pointer: "/username", Detail: "3 to 64 characters: letters, digits and . _ - + @"}
	errUsernameUsed = FieldError{Pointer: "/username", Detail: "this username is taken; choose another"}
)

// normUsername folds a username for lookup: NFKC, lower case, trimmed.
func normUsername(u string) (string, bool) {
	u = strings.ToLower(norm.NFKC.String(strings.TrimSpace(u)))
	n := 0
	for _, r := range u {
		n++
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("._-+@", r)) {
			return "", false
		}
	}
	return u, n >= 3 && n <= 64
}

// stepUpWindow is how recent a factor check must be to open a restricted
// message in a tenant.
func (s *Service) stepUpWindow(td *tenantEntry) time.Duration {
	if td != nil && td.settings.StepUpMinutes > 0 {
		return time.Duration(td.settings.StepUpMinutes) * time.Minute
	}
	return s.cfg.StepUpWindow
}

// FactorFresh reports whether the session passed a second factor recently
// enough to open restricted content.
func (s *Service) FactorFresh(ctx context.Context, ses Session) bool {
	if ses.FactorAt == nil {
		return false
	}
	td, err := s.tenantData(ctx, ses.TenantID)
	if err != nil {
		return false
	}
	return s.now().Sub(*ses.FactorAt) < s.stepUpWindow(td)
}

// LookupSession validates a session cookie: it must exist and be within the
// idle and absolute timeouts. Expired sessions are deleted.
func (s *Service) LookupSession(ctx context.Context, token string) (Session, error) {
	if len(token) != 43 {
		return Session{}, errSignIn
	}
	h := tokenHash(token)
	row, err := s.st.GetSession(ctx, h)
	if errors.Is(err, store.ErrNotFound) {
		return Session{}, errSignIn
	}
	if err != nil {
		return Session{}, err
	}
	now := s.now()
	if now.Sub(row.SeenAt) > s.cfg.SessionIdle || now.Sub(row.CreatedAt) > s.cfg.SessionMax {
		_ = s.st.DeleteSession(ctx, h)
		return Session{}, &Error{Kind: KindUnauthenticated, Detail: "your session has ended; sign in again"}
	}
	if now.Sub(row.SeenAt) > sessionTouchEvery {
		if err := s.st.TouchSession(ctx, h, now); err != nil {
			return Session{}, err
		}
	}
	return Session{TenantID: row.TenantID, RecipientID: row.RecipientID, Stage: row.Stage, MessageID: row.MessageID,
		CSRF: base64.RawURLEncoding.EncodeToString(row.CSRF), FactorAt: row.FactorAt, CreatedAt: row.CreatedAt,
		idHash: h, pending: row.Pending}, nil
}

// issue creates a session replacing old (if any) and records evs with it.
// Every change of privilege goes through here, so the browser always gets a
// new session id (no fixation).
func (s *Service) issue(ctx context.Context, old *Session, ses Session, next string, evs ...audit.Event) (Issued, error) {
	token := randToken(32)
	csrf := make([]byte, 32)
	_, _ = rand.Read(csrf)
	now := s.now()
	created := now
	if old != nil && old.Stage == store.StageActive && ses.Stage == store.StageActive {
		created = old.CreatedAt // step within a signed-in session keeps its absolute limit
	}
	row := store.Session{IDHash: tokenHash(token), TenantID: ses.TenantID, RecipientID: ses.RecipientID, Stage: ses.Stage,
		CSRF: csrf, MessageID: ses.MessageID, Pending: ses.pending, CreatedAt: created, SeenAt: now, FactorAt: ses.FactorAt}
	var replace []byte
	if old != nil {
		replace = old.idHash
	}
	if err := s.st.CreateSession(ctx, row, replace, evs...); err != nil {
		return Issued{}, err
	}
	ses.idHash, ses.CSRF, ses.CreatedAt = row.IDHash, base64.RawURLEncoding.EncodeToString(csrf), created
	return Issued{Token: token, Session: ses, Next: next}, nil
}

// LinkTarget is where following a link leads.
type LinkTarget struct {
	Issued   *Issued // a new session to set, if any
	Next     string
	TenantID string
}

// FollowLink starts the pickup flow for a notice link. A session already
// signed in as the link's recipient goes straight to the message; otherwise a
// short pre-sign-in session remembers the link's message and the browser goes
// to sign in — or to enrolment for a registration link of a recipient
// without an account.
func (s *Service) FollowLink(ctx context.Context, token string, cur *Session) (LinkTarget, error) {
	l, err := s.ResolveLink(ctx, token)
	if err != nil {
		return LinkTarget{TenantID: l.TenantID}, err
	}
	m, _, err := s.st.GetMessage(ctx, l.TenantID, l.MessageID)
	if err != nil {
		return LinkTarget{TenantID: l.TenantID}, err
	}
	if m.Category == categoryPasswordReset {
		return s.followResetLink(ctx, token, l, cur) // recovery.go
	}
	if cur != nil && cur.SignedIn() && cur.TenantID == l.TenantID && cur.RecipientID == l.RecipientID {
		return LinkTarget{Next: "/inbox/" + l.MessageID, TenantID: l.TenantID}, nil
	}
	acct, err := s.st.GetAccount(ctx, l.TenantID, l.RecipientID)
	enrolled := err == nil && acct.State == store.AccountActive
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return LinkTarget{}, err
	}
	ses := Session{TenantID: l.TenantID, RecipientID: l.RecipientID, MessageID: l.MessageID, Stage: store.StageLink}
	next := "/signin"
	switch {
	case !enrolled && m.Category == categoryRegister:
		ses.Stage, ses.MessageID, next = store.StageRegister, "", "/enrol"
	case !enrolled:
		return LinkTarget{TenantID: l.TenantID}, errNotEnrolled
	}
	is, err := s.issue(ctx, cur, ses, next)
	if err != nil {
		return LinkTarget{}, err
	}
	return LinkTarget{Issued: &is, Next: next, TenantID: l.TenantID}, nil
}

// sealPending stores sealed in-progress state (a passkey ceremony) on the
// session.
func (s *Service) sealPending(ctx context.Context, ses Session, field string, b []byte) error {
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return err
	}
	sealed, err := dk.Seal(field, b)
	if err != nil {
		return err
	}
	return s.st.SetSessionPending(ctx, ses.idHash, sealed)
}

// errCeremony: the session holds no state of this ceremony, or another
// request already took it (a replayed or racing finish).
var errCeremony = errors.New("service: passkey ceremony already finished or never begun")

// takePending takes the session's sealed ceremony state once
// (compare-and-swap against what the request's session held, so of two
// finishes racing with one challenge only one gets it) and opens it; a
// state already taken, or another ceremony's, is errCeremony.
func (s *Service) takePending(ctx context.Context, ses Session, field string) ([]byte, error) {
	if len(ses.pending) == 0 {
		return nil, errCeremony
	}
	if err := s.st.TakeSessionPending(ctx, ses.idHash, ses.pending); errors.Is(err, store.ErrConflict) {
		return nil, errCeremony
	} else if err != nil {
		return nil, err
	}
	dk, err := s.recipientKey(ctx, ses.TenantID, ses.RecipientID)
	if err != nil {
		return nil, err
	}
	b, err := dk.Open(field, ses.pending)
	if err != nil {
		return nil, errCeremony
	}
	return b, nil
}

func (s *Service) recipientKey(ctx context.Context, tenantID, recipientID string) (*seal.DataKey, error) {
	owner := "recipient/" + recipientID
	wrapped, err := s.st.DataKey(ctx, tenantID, owner)
	if err != nil {
		return nil, err
	}
	return s.sealer.OpenDataKey(ctx, tenantID, owner, wrapped)
}

// SignOut ends this session, or every session of the user.
func (s *Service) SignOut(ctx context.Context, ses Session, everywhere bool) error {
	if everywhere && ses.SignedIn() {
		_, err := s.st.DeleteSessions(ctx, ses.TenantID, ses.RecipientID, s.event(ses, audit.ActionSignOutAll, "recipient", ses.RecipientID))
		return err
	}
	var evs []audit.Event
	if ses.SignedIn() {
		evs = append(evs, s.event(ses, audit.ActionSignOut, "recipient", ses.RecipientID))
	}
	return s.st.DeleteSession(ctx, ses.idHash, evs...)
}

// ResetAccount (tenant API) deletes a recipient's account, factors and
// sessions and sends a new registration notice.
func (s *Service) ResetAccount(ctx context.Context, p Principal, externalID string) (SendResult, error) {
	r, err := s.recipientByExternal(ctx, p, externalID)
	if err != nil {
		return SendResult{}, err
	}
	if err := s.st.ResetAccount(ctx, p.TenantID, r.ID, audit.Event{TenantID: p.TenantID, At: s.now(), Actor: p.Actor(),
		Action: audit.ActionAccountReset, ObjectType: "recipient", ObjectID: r.ID}); err != nil {
		return SendResult{}, err
	}
	in := SendInput{Recipient: externalID, Category: categoryRegister, Subject: "Set up your account",
		Body: "Your account was reset. Follow the link in the notice to choose a new password and second factor."}
	return s.Send(ctx, p, in, "", nil)
}

// passwordSlot bounds concurrent argon2id computations (each takes tens of
// MiB and ~0.1 s of a core), so a burst of sign-ins queues instead of
// exhausting memory; a caller that gives up waiting gets ctx's error.
func (s *Service) passwordSlot(ctx context.Context) (func(), error) {
	select {
	case s.pwSlots <- struct{}{}:
		return func() { <-s.pwSlots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// event is an audit event by the session's user.
func (s *Service) event(ses Session, action, objType, objID string) audit.Event {
	return audit.Event{TenantID: ses.TenantID, At: s.now(), Actor: ses.Actor(), Action: action, ObjectType: objType, ObjectID: objID}
}

// Session purge bounds: each statement deletes at most SessionPurgeBatch
// expired sessions, and one purge stops after SessionPurgeBudget (the rest
// waits for the next tick), so a large backlog — after an outage, or on
// several nodes at once — never holds one long transaction.
const (
	SessionPurgeBatch  = 1000
	SessionPurgeBudget = 5 * time.Second
)

// PurgeSessions deletes expired sessions (in batches, SessionPurgeBatch and
// SessionPurgeBudget), the jti of expired user tokens and stale throttle
// records.
func (s *Service) PurgeSessions(ctx context.Context) error {
	now := s.now()
	deadline := time.Now().Add(SessionPurgeBudget)
	for ctx.Err() == nil {
		n, err := s.st.PurgeSessions(ctx, now.Add(-s.cfg.SessionIdle), now.Add(-s.cfg.SessionMax), SessionPurgeBatch)
		if err != nil {
			return err
		}
		if n < SessionPurgeBatch || time.Now().After(deadline) {
			break
		}
	}
	if _, err := s.st.PurgeJTIs(ctx, now); err != nil { // user tokens' jti, kept until exp
		return err
	}
	return s.st.PurgeThrottle(ctx, now.Add(-24*time.Hour))
}
