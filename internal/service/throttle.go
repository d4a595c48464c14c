package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/store"
)

// Sign-in throttling, after OWASP's authentication guidance. Failed
// passwords and second factors count in three scopes, each a hash (the table
// holds no address and no username):
//
//   - the (username, address) pair: a few free failures, then a growing
//     delay (30 s, doubling, at most 15 min) — someone guessing from one
//     place slows down at once, the patient elsewhere is not affected;
//   - the username, from any address: only a much higher count
//     (Config.AccountLockFailures, default 50 a day) locks it, so a handful
//     of wrong passwords cannot lock a patient out;
//   - the address, across usernames: 20 failures in 15 minutes lock it
//     (credential stuffing from one place).
//
// Usernames are counted by their keyed fingerprint whether or not an
// account has them, so an unknown username is throttled and "locks" exactly
// as a known one and the answers do not tell them apart. A passed second
// factor (sign-in or step-up) clears the pair and the username; the address
// count is left to expire, so signing in to one's own account does not wipe
// the record of guesses at others'.

// Throttle defaults.
const (
	DefaultAccountLockFailures = 50

	pairFreeFailures = 5                // failures of one username from one address before delays
	pairFirstDelay   = 30 * time.Second // the first delay; each further failure doubles it
	pairMaxDelay     = 15 * time.Minute
	pairWindow       = 24 * time.Hour
	userWindow       = 24 * time.Hour
	userLockFor      = 15 * time.Minute
	addrMaxFailures  = 20 // failures from one address within addrWindow
	addrWindow       = 15 * time.Minute
	addrLockFor      = 15 * time.Minute
)

func lockedError(until time.Time, now time.Time) *Error {
	wait := until.Sub(now)
	detail := fmt.Sprintf("too many failed attempts; try again in %d seconds", int(wait.Round(time.Second)/time.Second))
	if wait > 90*time.Second {
		detail = fmt.Sprintf("too many failed attempts; try again in %d minutes", int(wait.Round(time.Minute)/time.Minute))
	}
	return &Error{Kind: KindLocked, Detail: detail, RetryAfter: wait}
}

func scopeHash(kind string, parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:", len(p))
		h.Write(p)
	}
	return kind + ":" + hex.EncodeToString(h.Sum(nil)[:16])
}

// purposeThrottleAddr is the blind-index purpose of client addresses.
const purposeThrottleAddr = "throttle-addr"

// addrFP is the keyed fingerprint of a client address in a tenant (the
// tenant's blind-index key: stable across key rotations, so counts survive
// them). A plain hash would not do: every IPv4 address can be hashed in
// minutes, so the table would give the addresses back.
func (s *Service) addrFP(ctx context.Context, tenantID, addr string) ([]byte, error) {
	return s.sealer.Fingerprint(ctx, tenantID, purposeThrottleAddr, []byte(addr))
}

// addrScope is the throttle key of a client address (its fingerprint) in a
// tenant.
func addrScope(tenantID string, addrFP []byte) string {
	return scopeHash("addr", []byte(tenantID), addrFP)
}

// throttle is the set of scopes one sign-in attempt counts in. loginFP is
// the username's keyed fingerprint (nil for a string that cannot be a
// username: only the address counts then).
type throttle struct {
	addr, pair, user string
}

func newThrottle(tenantID string, loginFP, addrFP []byte) throttle {
	t := throttle{addr: addrScope(tenantID, addrFP)}
	if loginFP != nil {
		t.pair = scopeHash("pair", []byte(tenantID), loginFP, addrFP)
		t.user = scopeHash("user", []byte(tenantID), loginFP)
	}
	return t
}

// username is the scopes that a success clears.
func (t throttle) username() []string {
	if t.pair == "" {
		return nil
	}
	return []string{t.pair, t.user}
}

func (s *Service) rules(t throttle) []store.ThrottleRule {
	rs := []store.ThrottleRule{{Scope: t.addr, Window: addrWindow, Lock: func(n int) time.Duration {
		if n >= addrMaxFailures {
			return addrLockFor
		}
		return 0
	}}}
	if t.pair == "" {
		return rs
	}
	return append(rs, store.ThrottleRule{Scope: t.pair, Window: pairWindow, Lock: pairDelay},
		store.ThrottleRule{Scope: t.user, Window: userWindow, Lock: func(n int) time.Duration {
			if n >= s.cfg.AccountLockFailures {
				return userLockFor
			}
			return 0
		}})
}

// pairDelay is the lock after the n-th failure of one username from one
// address: none for the first few, then 30 s doubling up to 15 min.
func pairDelay(n int) time.Duration {
	if n < pairFreeFailures {
		return 0
	}
	d := pairFirstDelay
	for i := pairFreeFailures; i < n && d < pairMaxDelay; i++ {
		d *= 2
	}
	return min(d, pairMaxDelay)
}

// locked answers KindLocked if any of scopes is locked now.
func (s *Service) locked(ctx context.Context, scopes ...string) error {
	now := s.now()
	until, err := s.st.ThrottleLocked(ctx, now, scopes...)
	if err != nil {
		return err
	}
	if until != nil {
		return lockedError(*until, now)
	}
	return nil
}

// failed counts a failed password or factor in t's scopes (with evs, the
// audit event of a known account) and answers refused, or KindLocked when
// this failure locks a scope.
func (s *Service) failed(ctx context.Context, t throttle, refused *Error, evs ...audit.Event) error {
	now := s.now()
	rules := s.rules(t)
	// Which rule locked, for the lock-out metric: each rule's Lock runs once
	// per transaction attempt, so after a retried transaction the flags hold
	// the committed attempt's decisions.
	locks := make([]bool, len(rules))
	for i := range rules {
		lock := rules[i].Lock
		rules[i].Lock = func(n int) time.Duration {
			d := lock(n)
			locks[i] = d > 0
			return d
		}
	}
	until, err := s.st.CountFailure(ctx, now, rules, evs...)
	if err != nil {
		return err
	}
	for i, l := range locks {
		if l {
			s.met.LockedOut(lockScopeNames[i])
		}
	}
	if until != nil {
		return lockedError(*until, now)
	}
	return refused
}

// lockScopeNames labels the lock-out metric by the position of the rule
// in rules: the address, the (username, address) pair, the username.
var lockScopeNames = [...]string{"address", "pair", "account"}
