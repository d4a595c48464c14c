package store

import (
	"context"
	"strings"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/audit"
)

// Staff mailbox storage (issue 18): staff accounts, their invitations and
// sessions, pools and pool members. Messages to staff are in
// staffmessages.go. The use cases are package staff's.

// Staff account statuses and roles.
const (
	StaffInvited = "invited" // created, no factor yet: cannot sign in
	StaffActive  = "active"  // password and TOTP enrolled

	StaffMember = "member"
	StaffAdmin  = "admin"

	StaffStageEnrol  = "enrol"  // from an invitation: may only enrol
	StaffStageActive = "active" // signed in: password and a second factor (TOTP or a passkey), or OIDC with MFA
)

// Staff is one staff account. Email is sealed (EmailFP is its blind index);
// TOTP is sealed; Password is an argon2id hash.
type Staff struct {
	TenantID    string
	ID          string
	EmailFP     []byte
	Email       []byte
	Name        string
	Role        string
	Status      string
	Password    string
	TOTP        []byte
	TOTPStep    int64
	Failures    int
	LockedUntil time.Time
	CreatedAt   time.Time
	Pools       []string
}

// NewStaff is a staff account to create with its data key, pool
// memberships and invitation, and the jobs that send the invitation.
type NewStaff struct {
	Staff      Staff
	WrappedKey []byte
	Invitation StaffInvitation
	Jobs       []river.InsertManyParams
	Event      audit.Event
}

// StaffInvitation is a one-time invitation; only the token's hash is kept.
type StaffInvitation struct {
	TokenHash []byte
	TenantID  string
	ID        string
	StaffID   string
	ExpiresAt time.Time
	UsedAt    *time.Time
}

const staffCols = `tenant_id, id, email_fp, email, name, role, status, password, totp, totp_step, failures, locked_until, created_at`

func scanStaff(r row) (Staff, error) {
	var s Staff
	var pw *string
	var lu, c int64
	err := r.Scan(&s.TenantID, &s.ID, &s.EmailFP, &s.Email, &s.Name, &s.Role, &s.Status, &pw, &s.TOTP, &s.TOTPStep, &s.Failures, &lu, &c)
	if pw != nil {
		s.Password = *pw
	}
	s.LockedUntil, s.CreatedAt = fromMicros(lu), fromMicros(c)
	return s, err
}

// CreateStaff writes a staff account (status invited), its data key, pool
// memberships (creating missing pools with the default policy), its
// invitation and the notice job, with its audit event. An email already
// used in the tenant is ErrExists.
func (s *Store) CreateStaff(ctx context.Context, n NewStaff, defaultPolicy StaffPolicy) error {
	st := n.Staff
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `INSERT INTO staff (`+staffCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,NULL,NULL,0,0,0,$8)`,
			st.TenantID, st.ID, st.EmailFP, st.Email, st.Name, st.Role, StaffInvited, micros(st.CreatedAt)); err != nil {
			if s.b.isUniqueViolation(err) {
				return ErrExists
			}
			return err
		}
		if err := putDataKey(ctx, tx, st.TenantID, "staff/"+st.ID, n.WrappedKey, st.CreatedAt); err != nil {
			return err
		}
		for _, p := range st.Pools {
			if err := ensurePool(ctx, tx, st.TenantID, p, defaultPolicy, st.CreatedAt); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `INSERT INTO staff_pool_members (tenant_id, pool, staff_id) VALUES ($1,$2,$3) ON CONFLICT DO NOTHING`, st.TenantID, p, st.ID); err != nil {
				return err
			}
		}
		iv := n.Invitation
		if _, err := tx.exec(ctx, `INSERT INTO staff_invitations (token_hash, tenant_id, id, staff_id, expires_at, used_at, created_at) VALUES ($1,$2,$3,$4,$5,NULL,$6)`,
			iv.TokenHash, iv.TenantID, iv.ID, iv.StaffID, micros(iv.ExpiresAt), micros(st.CreatedAt)); err != nil {
			return err
		}
		if len(n.Jobs) > 0 {
			if err := tx.insertJobs(ctx, n.Jobs); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, n.Event)
	})
}

func ensurePool(ctx context.Context, tx querier, tenantID, name string, p StaffPolicy, at time.Time) error {
	_, err := tx.exec(ctx, `INSERT INTO staff_pools (tenant_id, name, read_ttl, max_age, created_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
		tenantID, name, p.ReadTTL.Microseconds(), p.MaxAge.Microseconds(), micros(at))
	return err
}

// GetStaff reads one staff account with its pools; ErrNotFound if none.
func (s *Store) GetStaff(ctx context.Context, tenantID, id string) (Staff, error) {
	st, err := scanStaff(s.b.reader().queryRow(ctx, `SELECT `+staffCols+` FROM staff WHERE tenant_id = $1 AND id = $2`, tenantID, id))
	if err != nil {
		return Staff{}, notFound(err)
	}
	st.Pools, err = s.staffPools(ctx, s.b.reader(), tenantID, id)
	return st, err
}

// StaffByEmail finds a staff account by its email's blind index.
func (s *Store) StaffByEmail(ctx context.Context, tenantID string, fp []byte) (Staff, error) {
	st, err := scanStaff(s.b.reader().queryRow(ctx, `SELECT `+staffCols+` FROM staff WHERE tenant_id = $1 AND email_fp = $2`, tenantID, fp))
	if err != nil {
		return Staff{}, notFound(err)
	}
	st.Pools, err = s.staffPools(ctx, s.b.reader(), tenantID, st.ID)
	return st, err
}

func (s *Store) staffPools(ctx context.Context, q querier, tenantID, staffID string) ([]string, error) {
	rs, err := q.query(ctx, `SELECT pool FROM staff_pool_members WHERE tenant_id = $1 AND staff_id = $2 ORDER BY pool`, tenantID, staffID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []string
	for rs.Next() {
		var p string
		if err := rs.Scan(&p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rs.Err()
}

// ListStaff lists a tenant's staff accounts (with pools), by id.
func (s *Store) ListStaff(ctx context.Context, tenantID string) ([]Staff, error) {
	rs, err := s.b.reader().query(ctx, `SELECT `+staffCols+` FROM staff WHERE tenant_id = $1 ORDER BY id LIMIT 1000`, tenantID)
	if err != nil {
		return nil, err
	}
	var out []Staff
	for rs.Next() {
		st, err := scanStaff(rs)
		if err != nil {
			rs.Close()
			return nil, err
		}
		out = append(out, st)
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Pools, err = s.staffPools(ctx, s.b.reader(), tenantID, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// StaffNames maps staff ids to display names.
func (s *Store) StaffNames(ctx context.Context, tenantID string, ids []string) (map[string]string, error) {
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	in, args := inList(2, ids)
	rs, err := s.b.reader().query(ctx, `SELECT id, name FROM staff WHERE tenant_id = $1 AND id IN `+in, append([]any{tenantID}, args...)...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var id, n string
		if err := rs.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[id] = n
	}
	return out, rs.Err()
}

// Invitation finds an unused, unexpired invitation by its token hash.
func (s *Store) Invitation(ctx context.Context, hash []byte, now time.Time) (StaffInvitation, error) {
	var iv StaffInvitation
	var exp int64
	var used *int64
	err := s.b.reader().queryRow(ctx, `SELECT token_hash, tenant_id, id, staff_id, expires_at, used_at FROM staff_invitations WHERE token_hash = $1`, hash).
		Scan(&iv.TokenHash, &iv.TenantID, &iv.ID, &iv.StaffID, &exp, &used)
	if err != nil {
		return iv, notFound(err)
	}
	iv.ExpiresAt, iv.UsedAt = fromMicros(exp), optTime(used)
	if iv.UsedAt != nil || !now.Before(iv.ExpiresAt) {
		return iv, ErrNotFound
	}
	return iv, nil
}

// AcceptInvitation marks the invitation used and starts an enrolment
// session, in one transaction; a used invitation is ErrConflict.
func (s *Store) AcceptInvitation(ctx context.Context, iv StaffInvitation, ses StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff_invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1`, micros(ses.CreatedAt), iv.TokenHash)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if err := insertStaffSession(ctx, tx, ses); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ActivateStaff stores the password hash and sealed TOTP secret of an
// invited account and makes it active, replacing the enrolment session by
// a signed-in one, in one transaction. An account no longer invited is
// ErrConflict.
func (s *Store) ActivateStaff(ctx context.Context, tenantID, staffID, pwHash string, totp []byte, step int64, oldSession []byte, next StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff SET status = $1, password = $2, totp = $3, totp_step = $4 WHERE tenant_id = $5 AND id = $6 AND status = $7`,
			StaffActive, pwHash, totp, step, tenantID, staffID, StaffInvited)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if _, err := tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash = $1`, oldSession); err != nil {
			return err
		}
		if err := insertStaffSession(ctx, tx, next); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffSignedIn records a successful sign-in: the TOTP step used (only a
// later step is accepted next time), failures reset, the session (replacing
// the password-checked one, replace, when not nil), the event. A step not
// after the stored one is ErrConflict (a replayed code).
func (s *Store) StaffSignedIn(ctx context.Context, tenantID, staffID string, step int64, replace []byte, ses StaffSession, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE staff SET totp_step = $1, failures = 0, locked_until = 0 WHERE tenant_id = $2 AND id = $3 AND status = $4 AND totp_step < $1`,
			step, tenantID, staffID, StaffActive)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		if len(replace) > 0 {
			if _, err := tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash = $1`, replace); err != nil {
				return err
			}
		}
		if err := insertStaffSession(ctx, tx, ses); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffSignInFailed counts a failed sign-in of an account; at limit
// failures it is locked until lockUntil (and the count restarts).
func (s *Store) StaffSignInFailed(ctx context.Context, tenantID, staffID string, limit int, lockUntil time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `UPDATE staff SET failures = failures + 1 WHERE tenant_id = $1 AND id = $2`, tenantID, staffID); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE staff SET failures = 0, locked_until = $1 WHERE tenant_id = $2 AND id = $3 AND failures >= $4`,
			micros(lockUntil), tenantID, staffID, limit); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffSession is a staff browser session; only the token's hash is kept.
type StaffSession struct {
	TokenHash  []byte
	TenantID   string
	StaffID    string
	Stage      string
	CSRF       string
	Pending    []byte // sealed enrolment state (TOTP secret to confirm)
	CreatedAt  time.Time
	LastSeenAt time.Time
	FactorAt   *time.Time
	// Filled by LookupStaffSession from the account.
	Name   string
	Role   string
	Status string
	Pools  []string
}

func insertStaffSession(ctx context.Context, tx querier, ses StaffSession) error {
	_, err := tx.exec(ctx, `INSERT INTO staff_sessions (token_hash, tenant_id, staff_id, stage, csrf, pending, created_at, last_seen_at, factor_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
		ses.TokenHash, ses.TenantID, ses.StaffID, ses.Stage, ses.CSRF, ses.Pending, micros(ses.CreatedAt), micros(ses.LastSeenAt), optMicros(ses.FactorAt))
	return err
}

// LookupStaffSession reads a session with its account's name, role,
// status and pools; ErrNotFound if none.
func (s *Store) LookupStaffSession(ctx context.Context, hash []byte) (StaffSession, error) {
	var ses StaffSession
	var c, l int64
	var f *int64
	var pools *string
	// One statement: the pools come aggregated (names cannot hold a comma).
	agg := `(SELECT string_agg(pool, ',' ORDER BY pool) FROM staff_pool_members m WHERE m.tenant_id = s.tenant_id AND m.staff_id = s.staff_id)`
	if !s.b.reader().multiRow() { // SQLite
		agg = `(SELECT group_concat(pool, ',') FROM (SELECT pool FROM staff_pool_members m WHERE m.tenant_id = s.tenant_id AND m.staff_id = s.staff_id ORDER BY pool))`
	}
	err := s.b.reader().queryRow(ctx, `SELECT s.token_hash, s.tenant_id, s.staff_id, s.stage, s.csrf, s.pending, s.created_at, s.last_seen_at, s.factor_at, a.name, a.role, a.status, `+agg+`
		FROM staff_sessions s JOIN staff a ON a.tenant_id = s.tenant_id AND a.id = s.staff_id WHERE s.token_hash = $1`, hash).
		Scan(&ses.TokenHash, &ses.TenantID, &ses.StaffID, &ses.Stage, &ses.CSRF, &ses.Pending, &c, &l, &f, &ses.Name, &ses.Role, &ses.Status, &pools)
	if err != nil {
		return ses, notFound(err)
	}
	ses.CreatedAt, ses.LastSeenAt, ses.FactorAt = fromMicros(c), fromMicros(l), optTime(f)
	if pools != nil && *pools != "" {
		ses.Pools = strings.Split(*pools, ",")
	}
	return ses, nil
}

// TouchStaffSession moves a session's last use.
func (s *Store) TouchStaffSession(ctx context.Context, hash []byte, at time.Time) error {
	return s.group.do(ctx, func(tx txn) error { // shares a transaction with other small writes
		_, err := tx.exec(ctx, `UPDATE staff_sessions SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1`, micros(at), hash)
		return err
	})
}

// SetStaffSessionPending stores sealed enrolment state in a session.
func (s *Store) SetStaffSessionPending(ctx context.Context, hash, pending []byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE staff_sessions SET pending = $1 WHERE token_hash = $2`, pending, hash)
		return err
	})
}

// EndStaffSession deletes a session (sign-out, expiry) with its event
// (none when ev.Action is empty).
func (s *Store) EndStaffSession(ctx context.Context, hash []byte, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash = $1`, hash); err != nil {
			return err
		}
		if ev.Action == "" {
			return nil
		}
		return insertAudit(ctx, tx, ev)
	})
}

// StaffSessionCutoffs say which staff sessions have expired: those last
// seen before IdleBefore, created before CreatedBefore, and password-checked
// stages (StaffStagePassword) created before StageBefore.
type StaffSessionCutoffs struct {
	IdleBefore, CreatedBefore, StageBefore time.Time
}

// SweepStaffSessions deletes at most limit expired staff sessions (of any
// tenant) in one statement and returns how many went. Housekeeping: no
// audit event (a session found expired on lookup is ended there, with its
// event). Each condition is a range on its own index (migration 0018).
func (s *Store) SweepStaffSessions(ctx context.Context, cut StaffSessionCutoffs, limit int) (int64, error) {
	if limit <= 0 {
		return 0, nil
	}
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `DELETE FROM staff_sessions WHERE token_hash IN (SELECT token_hash FROM (
			SELECT token_hash FROM (SELECT token_hash FROM staff_sessions WHERE last_seen_at < $1 LIMIT $4) idle
			UNION SELECT token_hash FROM (SELECT token_hash FROM staff_sessions WHERE created_at < $2 LIMIT $4) old
			UNION SELECT token_hash FROM (SELECT token_hash FROM staff_sessions WHERE stage = 'password' AND created_at < $3 LIMIT $4) stage
		) expired LIMIT $4)`, micros(cut.IdleBefore), micros(cut.CreatedBefore), micros(cut.StageBefore), limit)
		return err
	})
	return n, err
}

// StaffPolicy is a pool's quick-removal policy: content goes ReadTTL after
// it is first read and in any case MaxAge after it was sent.
type StaffPolicy struct {
	ReadTTL time.Duration
	MaxAge  time.Duration
}

// StaffPool is a pool and its policy.
type StaffPool struct {
	TenantID string
	Name     string
	Policy   StaffPolicy
	Members  int
}

// GetStaffPool reads one pool; ErrNotFound if none.
func (s *Store) GetStaffPool(ctx context.Context, tenantID, name string) (StaffPool, error) {
	var p StaffPool
	var rt, ma int64
	err := s.b.reader().queryRow(ctx, `SELECT tenant_id, name, read_ttl, max_age, (SELECT COUNT(*) FROM staff_pool_members m WHERE m.tenant_id = p.tenant_id AND m.pool = p.name)
		FROM staff_pools p WHERE tenant_id = $1 AND name = $2`, tenantID, name).Scan(&p.TenantID, &p.Name, &rt, &ma, &p.Members)
	if err != nil {
		return p, notFound(err)
	}
	p.Policy = StaffPolicy{ReadTTL: time.Duration(rt) * time.Microsecond, MaxAge: time.Duration(ma) * time.Microsecond}
	return p, nil
}

// ListStaffPools lists a tenant's pools by name.
func (s *Store) ListStaffPools(ctx context.Context, tenantID string) ([]StaffPool, error) {
	rs, err := s.b.reader().query(ctx, `SELECT tenant_id, name, read_ttl, max_age, (SELECT COUNT(*) FROM staff_pool_members m WHERE m.tenant_id = p.tenant_id AND m.pool = p.name)
		FROM staff_pools p WHERE tenant_id = $1 ORDER BY name LIMIT 1000`, tenantID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []StaffPool
	for rs.Next() {
		var p StaffPool
		var rt, ma int64
		if err := rs.Scan(&p.TenantID, &p.Name, &rt, &ma, &p.Members); err != nil {
			return nil, err
		}
		p.Policy = StaffPolicy{ReadTTL: time.Duration(rt) * time.Microsecond, MaxAge: time.Duration(ma) * time.Microsecond}
		out = append(out, p)
	}
	return out, rs.Err()
}

// PutStaffPool creates a pool or sets its policy. A shorter policy also
// brings forward the removal of the pool's live messages (never delays
// it). One transaction with its event.
func (s *Store) PutStaffPool(ctx context.Context, tenantID, name string, p StaffPolicy, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		rt, ma := p.ReadTTL.Microseconds(), p.MaxAge.Microseconds()
		if _, err := tx.exec(ctx, `INSERT INTO staff_pools (tenant_id, name, read_ttl, max_age, created_at) VALUES ($1,$2,$3,$4,$5)
			ON CONFLICT (tenant_id, name) DO UPDATE SET read_ttl = excluded.read_ttl, max_age = excluded.max_age`,
			tenantID, name, rt, ma, micros(at)); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE staff_messages SET read_ttl = $1 WHERE tenant_id = $2 AND pool = $3 AND shredded_at IS NULL AND read_ttl > $1`, rt, tenantID, name); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE staff_messages SET shred_due_at = created_at + $1 WHERE tenant_id = $2 AND pool = $3 AND shredded_at IS NULL AND shred_due_at > created_at + $1`, ma, tenantID, name); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE staff_messages SET shred_due_at = first_read_at + $1 WHERE tenant_id = $2 AND pool = $3 AND shredded_at IS NULL AND first_read_at IS NOT NULL AND shred_due_at > first_read_at + $1`, rt, tenantID, name); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
}
