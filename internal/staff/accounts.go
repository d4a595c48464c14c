package staff

import (
	"bytes"
	"context"
	"encoding/base32"
	"errors"
	"image/png"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pquerna/otp"
	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/totp"
	"github.com/sealpost/sealpost/internal/validate"
)

// Staff accounts: created by the tenant (API or CLI) with an invitation
// whose link is mailed to the staff member; the link leads to enrolment
// (password and TOTP, both required); sign-in asks for email and password,
// then a second factor every time: the TOTP code or a passkey (passkeys.go).

// Id prefixes.
const (
	PrefixStaff      = "stf"
	PrefixMessage    = "smg"
	PrefixInvitation = "inv"
)

const (
	purposeStaffEmail = "staff-email"
	purposeInvitation = "staff-invitation"
)

var tokenEnc = base32.NewEncoding("0123456789abcdefghjkmnpqrstvwxyz").WithPadding(base32.NoPadding)

// CreateInput is a new staff account.
type CreateInput struct {
	Email string   `json:"email"`
	Name  string   `json:"name"`
	Role  string   `json:"role"`
	Pools []string `json:"pools"`
}

// View is a staff account as the tenant API shows it (no email: it is
// sealed and only used for notices).
type View struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      string    `json:"role"`
	Status    string    `json:"status"`
	Pools     []string  `json:"pools"`
	CreatedAt time.Time `json:"created_at"`
}

// Created is a new account with its invitation link (the link is also
// mailed; the tenant API does not return it, the CLI prints it).
type Created struct {
	View
	InvitationLink string `json:"-"`
}

func viewOf(st store.Staff) View {
	pools := st.Pools
	if pools == nil {
		pools = []string{}
	}
	return View{ID: st.ID, Name: st.Name, Role: st.Role, Status: st.Status, Pools: pools, CreatedAt: st.CreatedAt}
}

func normEmail(e string) (string, bool) {
	e = strings.ToLower(strings.TrimSpace(e))
	return e, e != "" && len(e) <= 254 && validate.Email(e)
}

func (in CreateInput) check() (email string, err error) {
	var fs []service.FieldError
	email, ok := normEmail(in.Email)
	if !ok {
		fs = append(fs, service.FieldError{Pointer: "/email", Detail: "a valid email address"})
	}
	if utf8.RuneCountInString(in.Name) > 80 || !utf8.ValidString(in.Name) || strings.ContainsAny(in.Name, "\x00\r\n<>") {
		fs = append(fs, service.FieldError{Pointer: "/name", Detail: "at most 80 characters, one line"})
	}
	if in.Role != RoleMember && in.Role != RoleAdmin {
		fs = append(fs, service.FieldError{Pointer: "/role", Detail: "member or admin"})
	}
	if len(in.Pools) > 20 {
		fs = append(fs, service.FieldError{Pointer: "/pools", Detail: "at most 20 pools"})
	}
	for i, p := range in.Pools {
		if !ValidPool(p) {
			fs = append(fs, service.FieldError{Pointer: "/pools/" + itoa(i), Detail: "lowercase letters, digits, _ and -, starting with a letter, at most 40"})
		}
	}
	if len(fs) > 0 {
		return "", invalid(fs...)
	}
	return email, nil
}

// Create makes a staff account in the tenant and mails its invitation
// (PHI-free, guard-checked, through the email channel). actor is
// "api_key:…" or "cli:…". An email already used in the tenant is
// KindLimitReached (409).
func (s *Service) Create(ctx context.Context, tenantID, actor string, in CreateInput) (Created, error) {
	email, err := in.check()
	if err != nil {
		return Created{}, err
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		name = strings.SplitN(email, "@", 2)[0]
	}
	pools := dedupe(in.Pools)
	now := s.now()
	id := ids.New(PrefixStaff)
	fp, err := s.sealer.Fingerprint(ctx, tenantID, purposeStaffEmail, []byte(email))
	if err != nil {
		return Created{}, err
	}
	dk, wrapped, err := s.sealer.NewDataKey(ctx, tenantID, "staff/"+id)
	if err != nil {
		return Created{}, err
	}
	sealedEmail, err := dk.Seal("email", []byte(email))
	if err != nil {
		return Created{}, err
	}
	invID := ids.New(PrefixInvitation)
	tok, err := s.invitationToken(ctx, tenantID, invID)
	if err != nil {
		return Created{}, err
	}
	st := store.Staff{TenantID: tenantID, ID: id, EmailFP: fp, Email: sealedEmail, Name: name, Role: in.Role, Status: store.StaffInvited, CreatedAt: now, Pools: pools}
	err = s.st.CreateStaff(ctx, store.NewStaff{Staff: st, WrappedKey: wrapped,
		Invitation: store.StaffInvitation{TokenHash: hashToken(tok), TenantID: tenantID, ID: invID, StaffID: id, ExpiresAt: now.Add(InvitationTTL)},
		Jobs:       []river.InsertManyParams{{Args: jobs.StaffNotice{TenantID: tenantID, StaffID: id, What: NoticeInvitation, Ref: invID}}},
		Event:      s.event(tenantID, actor, ActionStaffCreate, "staff", id)}, DefaultPolicy.store())
	if errors.Is(err, store.ErrExists) {
		return Created{}, &service.Error{Kind: service.KindLimitReached, Detail: "a staff account with this email exists in this tenant",
			Fields: []service.FieldError{{Pointer: "/email", Detail: "already used"}}}
	}
	if err != nil {
		return Created{}, err
	}
	return Created{View: viewOf(st), InvitationLink: s.svc.BaseURL() + "/staff/invite/" + tok}, nil
}

// invitationToken is the invitation's link token: a keyed MAC of its id,
// so the notice job (which carries ids only) can rebuild the link; only
// its SHA-256 is stored.
func (s *Service) invitationToken(ctx context.Context, tenantID, invID string) (string, error) {
	mac, err := s.sealer.Fingerprint(ctx, tenantID, purposeInvitation, []byte(invID))
	if err != nil {
		return "", err
	}
	return tokenEnc.EncodeToString(mac), nil
}

// List lists a tenant's staff accounts.
func (s *Service) List(ctx context.Context, tenantID string) ([]View, error) {
	sts, err := s.st.ListStaff(ctx, tenantID)
	if err != nil {
		return nil, err
	}
	out := make([]View, 0, len(sts))
	for _, st := range sts {
		out = append(out, viewOf(st))
	}
	return out, nil
}

// Session is a staff browser session.
type Session struct {
	hash      []byte
	TenantID  string
	StaffID   string
	Stage     string // store.StaffStageEnrol, store.StaffStagePassword or store.StaffStageActive
	CSRF      string
	CreatedAt time.Time
	FactorAt  *time.Time
	pending   []byte
	Principal Principal
}

// SignedIn says whether the session passed password and a second factor
// (TOTP or a passkey), or OIDC with MFA.
func (ses Session) SignedIn() bool { return ses.Stage == store.StaffStageActive && ses.FactorAt != nil }

// CheckCSRF compares a submitted CSRF token in constant time.
func (ses Session) CheckCSRF(tok string) bool { return tok != "" && constantEq(tok, ses.CSRF) }

// Issued is a new session's cookie value.
type Issued struct {
	Token string
	Next  string
}

func (s *Service) newSession(tenantID, staffID, stage string, factor bool) (store.StaffSession, string) {
	tok := ids.Token(32)
	now := s.now()
	ses := store.StaffSession{TokenHash: hashToken(tok), TenantID: tenantID, StaffID: staffID, Stage: stage, CSRF: ids.Token(20), CreatedAt: now, LastSeenAt: now}
	if factor {
		ses.FactorAt = &now
	}
	return ses, tok
}

// LookupSession resolves a session cookie, enforcing the idle and absolute
// limits (an ended session is deleted). No live session is KindUnauthenticated.
func (s *Service) LookupSession(ctx context.Context, token string) (Session, error) {
	if token == "" || len(token) > 100 {
		return Session{}, errSignIn
	}
	h := hashToken(token)
	row, err := s.st.LookupStaffSession(ctx, h)
	if errors.Is(err, store.ErrNotFound) {
		return Session{}, errSignIn
	}
	if err != nil {
		return Session{}, err
	}
	now := s.now()
	// A signed-in session needs an active account; an enrolment session
	// an account still invited.
	wantStatus := store.StaffActive
	if row.Stage == store.StaffStageEnrol {
		wantStatus = store.StaffInvited
	}
	if row.Stage == store.StaffStagePassword && now.Sub(row.CreatedAt) > PasswordStageTTL {
		// The password-checked stage waited too long for its factor: gone,
		// without a sign-out event (nobody was signed in).
		if err := s.st.EndStaffSession(ctx, h, audit.Event{}); err != nil {
			return Session{}, err
		}
		return Session{}, errSignIn
	}
	if now.Sub(row.LastSeenAt) > s.cfg.SessionIdle || now.Sub(row.CreatedAt) > s.cfg.SessionMax || row.Status != wantStatus {
		if err := s.st.EndStaffSession(ctx, h, s.event(row.TenantID, "staff:"+row.StaffID, ActionStaffSignOut, "staff", row.StaffID)); err != nil {
			return Session{}, err
		}
		return Session{}, errSignIn
	}
	if now.Sub(row.LastSeenAt) > 15*time.Second {
		if err := s.st.TouchStaffSession(ctx, h, now); err != nil {
			return Session{}, err
		}
	}
	return Session{hash: h, TenantID: row.TenantID, StaffID: row.StaffID, Stage: row.Stage, CSRF: row.CSRF, CreatedAt: row.CreatedAt,
		FactorAt: row.FactorAt, pending: row.Pending,
		Principal: Principal{TenantID: row.TenantID, StaffID: row.StaffID, Name: row.Name, Role: row.Role, Pools: row.Pools}}, nil
}

// SignOut ends the session.
func (s *Service) SignOut(ctx context.Context, ses Session) error {
	return s.st.EndStaffSession(ctx, ses.hash, s.event(ses.TenantID, "staff:"+ses.StaffID, ActionStaffSignOut, "staff", ses.StaffID))
}

// Denied records a refused staff-route or staff-object access: in the
// tenant's chain when the caller is known, in the system chain otherwise
// (actor "anonymous", the object the route pattern; at most once per route
// and AnonymousAuditWindow, the rest counted: anonymous.go).
func (s *Service) Denied(ctx context.Context, tenantID, actor, objType, objID string) error {
	if actor == "" {
		if !s.anonymousAudited(objType + "|" + objID) {
			return nil
		}
		actor = "anonymous"
	}
	return s.st.AppendAudit(ctx, s.event(tenantID, actor, ActionStaffDenied, objType, objID))
}

// InvitationValid says whether an invitation token is live (for the page
// before it is accepted).
func (s *Service) InvitationValid(ctx context.Context, token string) (tenantID string, err error) {
	if token == "" || len(token) > 100 {
		return "", errNotFound
	}
	iv, err := s.st.Invitation(ctx, hashToken(token), s.now())
	if errors.Is(err, store.ErrNotFound) {
		return "", errNotFound
	}
	return iv.TenantID, err
}

// AcceptInvitation uses an invitation (once) and starts an enrolment
// session.
func (s *Service) AcceptInvitation(ctx context.Context, token string) (Issued, error) {
	if token == "" || len(token) > 100 {
		return Issued{}, errNotFound
	}
	iv, err := s.st.Invitation(ctx, hashToken(token), s.now())
	if errors.Is(err, store.ErrNotFound) {
		return Issued{}, errNotFound
	}
	if err != nil {
		return Issued{}, err
	}
	st, err := s.st.GetStaff(ctx, iv.TenantID, iv.StaffID)
	if err != nil {
		return Issued{}, err
	}
	if st.Status != store.StaffInvited {
		return Issued{}, errNotFound
	}
	row, tok := s.newSession(iv.TenantID, iv.StaffID, store.StaffStageEnrol, false)
	err = s.st.AcceptInvitation(ctx, iv, row, s.event(iv.TenantID, "staff:"+iv.StaffID, ActionInvitationAccept, "staff", iv.StaffID))
	if errors.Is(err, store.ErrConflict) {
		return Issued{}, errNotFound
	}
	if err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/enrol"}, nil
}

// Enrolment is the TOTP secret an enrolling staff member adds to an app.
type Enrolment struct {
	Secret string
	URI    string
	QRPNG  []byte
}

// Enrolment returns the session's pending TOTP secret, making one on the
// first call (sealed in the session with the staff member's data key).
func (s *Service) Enrolment(ctx context.Context, ses Session) (Enrolment, error) {
	if ses.Stage != store.StaffStageEnrol {
		return Enrolment{}, errSignIn
	}
	dk, err := s.staffKey(ctx, ses.TenantID, ses.StaffID)
	if err != nil {
		return Enrolment{}, err
	}
	label := "staff-" + ses.StaffID[len(ses.StaffID)-8:]
	if len(ses.pending) > 0 {
		uri, err := dk.Open("totp_pending", ses.pending)
		if err != nil {
			return Enrolment{}, err
		}
		return keyFor(string(uri))
	}
	k, err := totp.Generate("sealpost staff", label)
	if err != nil {
		return Enrolment{}, err
	}
	sealed, err := dk.Seal("totp_pending", []byte(k.URI))
	if err != nil {
		return Enrolment{}, err
	}
	if err := s.st.SetStaffSessionPending(ctx, ses.hash, sealed); err != nil {
		return Enrolment{}, err
	}
	return Enrolment{Secret: k.Secret, URI: k.URI, QRPNG: k.QRPNG}, nil
}

// keyFor rebuilds the enrolment from its sealed otpauth URI.
func keyFor(uri string) (Enrolment, error) {
	k, err := otp.NewKeyFromURL(uri)
	if err != nil {
		return Enrolment{}, err
	}
	img, err := k.Image(totp.QRSize, totp.QRSize)
	if err != nil {
		return Enrolment{}, err
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return Enrolment{}, err
	}
	return Enrolment{Secret: k.Secret(), URI: uri, QRPNG: b.Bytes()}, nil
}

// Enrol sets the password and confirms the TOTP secret with a first code:
// the account becomes active and the session signed in.
func (s *Service) Enrol(ctx context.Context, ses Session, pw, confirm, code string) (Issued, error) {
	if ses.Stage != store.StaffStageEnrol || len(ses.pending) == 0 {
		return Issued{}, errSignIn
	}
	var fs []service.FieldError
	if pw != confirm {
		fs = append(fs, service.FieldError{Pointer: "/confirm", Detail: "the two passwords differ"})
	} else if err := password.Check(pw, ses.Principal.Name); err != nil {
		var pe *password.PolicyError
		detail := "choose a longer, less common password"
		if errors.As(err, &pe) {
			detail = pe.Reason
		}
		fs = append(fs, service.FieldError{Pointer: "/password", Detail: detail})
	}
	dk, err := s.staffKey(ctx, ses.TenantID, ses.StaffID)
	if err != nil {
		return Issued{}, err
	}
	uri, err := dk.Open("totp_pending", ses.pending)
	if err != nil {
		return Issued{}, err
	}
	key, err := otp.NewKeyFromURL(string(uri))
	if err != nil {
		return Issued{}, err
	}
	sec := []byte(key.Secret())
	step, ok := totp.Verify(string(sec), code, s.now(), 0)
	if !ok {
		fs = append(fs, service.FieldError{Pointer: "/code", Detail: "that code is not correct; check your app's clock and try the current code"})
	}
	if len(fs) > 0 {
		return Issued{}, invalid(fs...)
	}
	hash, err := password.Hash(pw, s.cfg.PasswordParams)
	if err != nil {
		return Issued{}, err
	}
	sealed, err := dk.Seal("totp", sec)
	if err != nil {
		return Issued{}, err
	}
	row, tok := s.newSession(ses.TenantID, ses.StaffID, store.StaffStageActive, true)
	err = s.st.ActivateStaff(ctx, ses.TenantID, ses.StaffID, hash, sealed, step, ses.hash, row,
		s.event(ses.TenantID, "staff:"+ses.StaffID, ActionStaffEnrol, "staff", ses.StaffID))
	if errors.Is(err, store.ErrConflict) {
		return Issued{}, errSignIn
	}
	if err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/inbox"}, nil
}

// SignInInput is the first step of a staff sign-in: email and password.
type SignInInput struct {
	TenantID, Email, Password string
}

// SignIn checks email and password. Any mismatch is the same
// KindBadCredentials (an unknown email costs the same password check);
// LockFailures failures lock the account for LockFor. An invited account
// (no factor yet) cannot sign in. A right password starts the
// password-checked stage (PasswordStageTTL, audited as
// staff.signin_password), replacing prev (the browser's earlier staff
// session, if any); the second factor follows at /staff/signin/factor
// (VerifyTOTP or the passkey ceremony, passkeys.go).
func (s *Service) SignIn(ctx context.Context, in SignInInput, prev *Session) (Issued, error) {
	email, ok := normEmail(in.Email)
	if !ok || !ids.Valid(ids.Tenant, in.TenantID) || len(in.Password) > 1024 {
		password.DummyVerify(in.Password)
		return Issued{}, errBadCreds
	}
	fp, err := s.sealer.Fingerprint(ctx, in.TenantID, purposeStaffEmail, []byte(email))
	if err != nil {
		var se *service.Error
		if errors.As(err, &se) || errors.Is(err, store.ErrNotFound) {
			password.DummyVerify(in.Password)
			return Issued{}, errBadCreds
		}
		return Issued{}, err
	}
	st, err := s.st.StaffByEmail(ctx, in.TenantID, fp)
	if errors.Is(err, store.ErrNotFound) {
		_, _ = password.Verify(in.Password, s.dummy)
		return Issued{}, errBadCreds
	}
	if err != nil {
		return Issued{}, err
	}
	now := s.now()
	if now.Before(st.LockedUntil) {
		return Issued{}, errLocked
	}
	fail := func() (Issued, error) {
		if err := s.st.StaffSignInFailed(ctx, st.TenantID, st.ID, LockFailures, now.Add(LockFor),
			s.event(st.TenantID, "staff:"+st.ID, ActionStaffSignInFail, "staff", st.ID)); err != nil {
			return Issued{}, err
		}
		return Issued{}, errBadCreds
	}
	if st.Status != store.StaffActive || st.Password == "" || len(st.TOTP) == 0 {
		_, _ = password.Verify(in.Password, s.dummy)
		return fail()
	}
	good, err := password.Verify(in.Password, st.Password)
	if err != nil {
		return Issued{}, err
	}
	if !good {
		return fail()
	}
	var replace []byte
	if prev != nil {
		replace = prev.hash
	}
	row, tok := s.newSession(st.TenantID, st.ID, store.StaffStagePassword, false)
	if err := s.st.StaffPasswordChecked(ctx, replace, row, s.event(st.TenantID, "staff:"+st.ID, ActionStaffSignInPassword, "staff", st.ID)); err != nil {
		return Issued{}, err
	}
	return Issued{Token: tok, Next: "/staff/signin/factor"}, nil
}

func (s *Service) staffKey(ctx context.Context, tenantID, staffID string) (*seal.DataKey, error) {
	owner := "staff/" + staffID
	w, err := s.st.DataKey(ctx, tenantID, owner)
	if err != nil {
		return nil, err
	}
	return s.sealer.OpenDataKey(ctx, tenantID, owner, w)
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, p := range in {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// totpVerify checks a TOTP code against the stored step (only a later step
// is accepted).
var totpVerify = totp.Verify
