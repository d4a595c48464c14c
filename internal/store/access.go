package store

import (
	"context"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
)

// Account states.
const (
	AccountEnrolling = "enrolling" // password set, second factor not confirmed
	AccountActive    = "active"
)

// Account is a recipient's end-user account. It holds no secret in clear: the
// password is an argon2id hash and the TOTP secret is sealed.
type Account struct {
	TenantID     string
	RecipientID  string
	LoginFP      []byte // tenant-keyed MAC of the normalised username
	PasswordHash string
	TOTPSecret   []byte // sealed; nil until a factor is confirmed
	TOTPLastStep int64
	State        string
	FailedCount  int        // unused since sign-in failures are counted in signin_throttle
	LockedUntil  *time.Time // unused, likewise
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

const accountCols = `tenant_id, recipient_id, login_fp, password_hash, totp_secret, totp_last_step, state, failed_count, locked_until, created_at, updated_at`

func scanAccount(r row) (Account, error) {
	var a Account
	var lock *int64
	var c, u int64
	if err := r.Scan(&a.TenantID, &a.RecipientID, &a.LoginFP, &a.PasswordHash, &a.TOTPSecret, &a.TOTPLastStep, &a.State,
		&a.FailedCount, &lock, &c, &u); err != nil {
		return Account{}, notFound(err)
	}
	a.LockedUntil, a.CreatedAt, a.UpdatedAt = optTime(lock), fromMicros(c), fromMicros(u)
	return a, nil
}

// GetAccount loads the account of a recipient.
func (s *Store) GetAccount(ctx context.Context, tenantID, recipientID string) (Account, error) {
	return scanAccount(s.b.reader().queryRow(ctx, `SELECT `+accountCols+` FROM accounts WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID))
}

// GetAccountByLogin finds an account by its username fingerprint.
func (s *Store) GetAccountByLogin(ctx context.Context, tenantID string, loginFP []byte) (Account, error) {
	return scanAccount(s.b.reader().queryRow(ctx, `SELECT `+accountCols+` FROM accounts WHERE tenant_id = $1 AND login_fp = $2`, tenantID, loginFP))
}

// CreateAccount stores a new account in the enrolling state, replacing an
// unfinished enrolment of the same recipient. A username taken in the tenant
// is ErrExists; a recipient with an active account is ErrConflict.
func (s *Store) CreateAccount(ctx context.Context, a Account, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		t := micros(a.CreatedAt)
		// An unfinished enrolment is replaced; an active account is not.
		n, err := tx.exec(ctx, `INSERT INTO accounts (tenant_id, recipient_id, login_fp, password_hash, state, created_at, updated_at)
			VALUES ($1,$2,$3,$4,$5,$6,$6)
			ON CONFLICT (tenant_id, recipient_id) DO UPDATE SET login_fp = excluded.login_fp, password_hash = excluded.password_hash,
				totp_secret = NULL, failed_count = 0, locked_until = NULL, updated_at = excluded.updated_at
			WHERE accounts.state = $5`, a.TenantID, a.RecipientID, a.LoginFP, a.PasswordHash, AccountEnrolling, t)
		if err != nil {
			if s.b.isUniqueViolation(err) {
				return ErrExists
			}
			return err
		}
		if n == 0 {
			return ErrConflict
		}
		return insertAudit(ctx, tx, ev)
	})
}

// ActivateAccount records a confirmed TOTP factor (sealed secret, the step of
// the confirming code) and replaces the recovery codes.
func (s *Store) ActivateAccount(ctx context.Context, tenantID, recipientID string, totpSecret []byte, step int64, codeHashes [][]byte, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE accounts SET totp_secret = $1, totp_last_step = $2, state = $3, updated_at = $4
			WHERE tenant_id = $5 AND recipient_id = $6 AND state = $7`, totpSecret, step, AccountActive, micros(at), tenantID, recipientID, AccountEnrolling)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrConflict
		}
		if _, err := tx.exec(ctx, `DELETE FROM recovery_codes WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID); err != nil {
			return err
		}
		for _, h := range codeHashes {
			if _, err := tx.exec(ctx, `INSERT INTO recovery_codes (tenant_id, recipient_id, code_hash) VALUES ($1,$2,$3)`, tenantID, recipientID, h); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, ev)
	})
}

// AcceptTOTPStep records step as the last accepted TOTP step if it is newer
// than the stored one. It reports false for a replayed (or older) step; the
// check and the update are one statement, so two nodes cannot both accept
// the same code.
func (s *Store) AcceptTOTPStep(ctx context.Context, tenantID, recipientID string, step int64) (bool, error) {
	var ok bool
	err := s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE accounts SET totp_last_step = $1 WHERE tenant_id = $2 AND recipient_id = $3 AND totp_last_step < $1`,
			step, tenantID, recipientID)
		ok = n == 1
		return err
	})
	return ok, err
}

// UseRecoveryCode marks a recovery code used; false if it is unknown or used.
func (s *Store) UseRecoveryCode(ctx context.Context, tenantID, recipientID string, hash []byte, at time.Time) (bool, error) {
	var ok bool
	err := s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE recovery_codes SET used_at = $1 WHERE tenant_id = $2 AND recipient_id = $3 AND code_hash = $4 AND used_at IS NULL`,
			micros(at), tenantID, recipientID, hash)
		ok = n == 1
		return err
	})
	return ok, err
}

// RecoveryCodesLeft counts unused recovery codes.
func (s *Store) RecoveryCodesLeft(ctx context.Context, tenantID, recipientID string) (int, error) {
	var n int
	err := s.b.reader().queryRow(ctx, `SELECT COUNT(*) FROM recovery_codes WHERE tenant_id = $1 AND recipient_id = $2 AND used_at IS NULL`,
		tenantID, recipientID).Scan(&n)
	return n, err
}

// ResetAccount deletes a recipient's account, factors and sessions, records
// when (user tokens issued earlier are refused: RecipientResetAt), and
// disables every link issued to the recipient so far (an old registration
// link must not enrol someone else in the patient's place), so that the
// recipient enrols again from a link issued after the reset. It is not an
// error if there is no account.
func (s *Store) ResetAccount(ctx context.Context, tenantID, recipientID string, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		at := ev.At
		if at.IsZero() {
			at = now()
		}
		if _, err := tx.exec(ctx, `UPDATE links SET revoked_at = $3 WHERE tenant_id = $1 AND revoked_at IS NULL
			AND message_id IN (SELECT id FROM messages WHERE tenant_id = $1 AND recipient_id = $2)`, tenantID, recipientID, micros(at)); err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `INSERT INTO recipient_resets (tenant_id, recipient_id, reset_at) VALUES ($1,$2,$3)
			ON CONFLICT (tenant_id, recipient_id) DO UPDATE SET reset_at = excluded.reset_at`, tenantID, recipientID, micros(at)); err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM sessions WHERE tenant_id = $1 AND recipient_id = $2`,
			`DELETE FROM recovery_codes WHERE tenant_id = $1 AND recipient_id = $2`,
			`DELETE FROM passkeys WHERE tenant_id = $1 AND recipient_id = $2`,
			`DELETE FROM accounts WHERE tenant_id = $1 AND recipient_id = $2`,
		} {
			if _, err := tx.exec(ctx, q, tenantID, recipientID); err != nil {
				return err
			}
		}
		return insertAudit(ctx, tx, ev)
	})
}

// Passkey is a stored WebAuthn credential.
type Passkey struct {
	ID, Data  []byte
	CreatedAt time.Time
}

// ListPasskeys returns a recipient's passkeys.
func (s *Store) ListPasskeys(ctx context.Context, tenantID, recipientID string) ([]Passkey, error) {
	rs, err := s.b.reader().query(ctx, `SELECT id, data, created_at FROM passkeys WHERE tenant_id = $1 AND recipient_id = $2 ORDER BY created_at`, tenantID, recipientID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []Passkey
	for rs.Next() {
		var p Passkey
		var c int64
		if err := rs.Scan(&p.ID, &p.Data, &c); err != nil {
			return nil, err
		}
		p.CreatedAt = fromMicros(c)
		out = append(out, p)
	}
	return out, rs.Err()
}

// PutPasskey stores or updates a passkey and records ev (a sign-in's new
// counter goes through UsePasskey instead).
func (s *Store) PutPasskey(ctx context.Context, tenantID, recipientID string, p Passkey, ev *audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `INSERT INTO passkeys (tenant_id, recipient_id, id, data, created_at) VALUES ($1,$2,$3,$4,$5)
			ON CONFLICT (tenant_id, recipient_id, id) DO UPDATE SET data = excluded.data`, tenantID, recipientID, p.ID, p.Data, micros(p.CreatedAt)); err != nil {
			return err
		}
		if ev == nil {
			return nil
		}
		return insertAudit(ctx, tx, *ev)
	})
}

// UsePasskey stores a credential's data after a sign-in with it (the new
// signature counter) by compare-and-swap against the data the sign-in was
// verified with, which the counter had to exceed: of two sign-ins checked
// against one stored counter only one is kept, so the counter only moves
// forward. A credential removed or changed meanwhile is ErrConflict.
func (s *Store) UsePasskey(ctx context.Context, tenantID, recipientID string, id, was, data []byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE passkeys SET data = $1 WHERE tenant_id = $2 AND recipient_id = $3 AND id = $4 AND data = $5`,
			data, tenantID, recipientID, id, was)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrConflict
		}
		return nil
	})
}

// Session stages.
const (
	StageLink     = "link"     // followed a valid notice link; not signed in
	StageRegister = "register" // followed a registration link; may enrol
	StageEnrol    = "enrol"    // account created, second factor being enrolled
	StagePassword = "password" // password verified, second factor pending
	StageActive   = "active"   // signed in
)

// Session is a server-side end-user session. The cookie carries a random
// token; only its SHA-256 is stored.
type Session struct {
	IDHash      []byte
	TenantID    string
	RecipientID string
	Stage       string
	CSRF        []byte
	MessageID   string
	Pending     []byte
	CreatedAt   time.Time
	SeenAt      time.Time
	FactorAt    *time.Time
}

const sessionCols = `id_hash, tenant_id, recipient_id, stage, csrf, message_id, pending, created_at, seen_at, factor_at`

// CreateSession stores a session, deleting the one it replaces (replace, if
// not nil) in the same transaction — a new id at every change of privilege,
// so a planted session id never becomes a signed-in one — and records evs.
func (s *Store) CreateSession(ctx context.Context, ses Session, replace []byte, evs ...audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if replace != nil {
			if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE id_hash = $1`, replace); err != nil {
				return err
			}
		}
		if _, err := tx.exec(ctx, `INSERT INTO sessions (`+sessionCols+`) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
			ses.IDHash, ses.TenantID, ses.RecipientID, ses.Stage, ses.CSRF, ses.MessageID, ses.Pending,
			micros(ses.CreatedAt), micros(ses.SeenAt), optMicros(ses.FactorAt)); err != nil {
			return fmt.Errorf("store: create session: %w", err)
		}
		return insertAudit(ctx, tx, evs...)
	})
}

// GetSession loads a session by the hash of its token.
func (s *Store) GetSession(ctx context.Context, idHash []byte) (Session, error) {
	var ses Session
	var c, seen int64
	var f *int64
	err := s.b.reader().queryRow(ctx, `SELECT `+sessionCols+` FROM sessions WHERE id_hash = $1`, idHash).Scan(
		&ses.IDHash, &ses.TenantID, &ses.RecipientID, &ses.Stage, &ses.CSRF, &ses.MessageID, &ses.Pending, &c, &seen, &f)
	if err != nil {
		return Session{}, notFound(err)
	}
	ses.CreatedAt, ses.SeenAt, ses.FactorAt = fromMicros(c), fromMicros(seen), optTime(f)
	return ses, nil
}

// TouchSession moves a session's last-seen time forward.
func (s *Store) TouchSession(ctx context.Context, idHash []byte, at time.Time) error {
	return s.b.inTx(ctx, func(tx txn) error {
		_, err := tx.exec(ctx, `UPDATE sessions SET seen_at = $1 WHERE id_hash = $2 AND seen_at < $1`, micros(at), idHash)
		return err
	})
}

// SetSessionFactor records a passed second-factor check (step-up) and ev.
func (s *Store) SetSessionFactor(ctx context.Context, idHash []byte, at time.Time, ev audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE sessions SET factor_at = $1, seen_at = $1 WHERE id_hash = $2`, micros(at), idHash)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		return insertAudit(ctx, tx, ev)
	})
}

// SetSessionPending stores sealed in-progress state (enrolment, passkey
// ceremony) on a session.
func (s *Store) SetSessionPending(ctx context.Context, idHash, pending []byte) error {
	return s.b.inTx(ctx, func(tx txn) error {
		n, err := tx.exec(ctx, `UPDATE sessions SET pending = $1 WHERE id_hash = $2`, pending, idHash)
		if err == nil && n == 0 {
			err = ErrNotFound
		}
		return err
	})
}

// DeleteSession ends one session, recording evs.
func (s *Store) DeleteSession(ctx context.Context, idHash []byte, evs ...audit.Event) error {
	return s.b.inTx(ctx, func(tx txn) error {
		if _, err := tx.exec(ctx, `DELETE FROM sessions WHERE id_hash = $1`, idHash); err != nil {
			return err
		}
		return insertAudit(ctx, tx, evs...)
	})
}

// DeleteSessions ends every session of a recipient (sign out everywhere).
func (s *Store) DeleteSessions(ctx context.Context, tenantID, recipientID string, ev audit.Event) (int64, error) {
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		if n, err = tx.exec(ctx, `DELETE FROM sessions WHERE tenant_id = $1 AND recipient_id = $2`, tenantID, recipientID); err != nil {
			return err
		}
		return insertAudit(ctx, tx, ev)
	})
	return n, err
}

// PurgeSessions deletes at most limit patient sessions (of any tenant) idle
// since idleBefore or created before createdBefore, in one statement, and
// returns how many went. Each condition is a range on its own index
// (migration 0019), so a batch reads only the rows it deletes.
func (s *Store) PurgeSessions(ctx context.Context, idleBefore, createdBefore time.Time, limit int) (int64, error) {
	if limit <= 0 {
		return 0, nil
	}
	var n int64
	err := s.b.inTx(ctx, func(tx txn) error {
		var err error
		n, err = tx.exec(ctx, `DELETE FROM sessions WHERE id_hash IN (SELECT id_hash FROM (
			SELECT id_hash FROM (SELECT id_hash FROM sessions WHERE seen_at < $1 LIMIT $3) idle
			UNION SELECT id_hash FROM (SELECT id_hash FROM sessions WHERE created_at < $2 LIMIT $3) old
		) expired LIMIT $3)`, micros(idleBefore), micros(createdBefore), limit)
		return err
	})
	return n, err
}
