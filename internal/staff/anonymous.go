package staff

import (
	"sync"
	"time"
)

// Anonymous refusals. A refused staff-route call that came with no staff
// or patient session, and a staff sign-in callback whose flow cookie does
// not verify, have nobody to attribute them to: they go to the system
// audit chain. Anyone on the network can cause them, so writing one event
// per request would let a loop of anonymous requests grow that chain (and
// its writes) without bound. They are therefore coalesced: the first
// refusal of each route (or callback reason) in each AnonymousAuditWindow
// is audited, the rest only counted (sealpost_staff_anonymous_refusals_total,
// outcome "coalesced"). Refusals with a session are always audited, in the
// tenant's chain. The patient side and the patient OpenID callback count
// anonymous refusals without auditing them at all.

// AnonymousAuditWindow is how often, at most, each route's anonymous
// refusals reach the system audit chain, per node.
const AnonymousAuditWindow = time.Minute

// anonLimitKeys bounds the limiter's memory: keys are route patterns and
// callback reasons (a fixed set), so the bound is never reached in practice;
// past it, expired keys are dropped and, if none has expired, the refusal
// is counted without an event.
const anonLimitKeys = 512

// anonLimiter remembers when each key was last audited.
type anonLimiter struct {
	mu   sync.Mutex
	last map[string]time.Time
}

// allow reports whether a refusal of key at now is to be audited, and if
// so records it.
func (l *anonLimiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t, ok := l.last[key]; ok && now.Sub(t) < AnonymousAuditWindow && !now.Before(t) {
		return false
	}
	if l.last == nil {
		l.last = make(map[string]time.Time)
	}
	if _, ok := l.last[key]; !ok && len(l.last) >= anonLimitKeys {
		for k, t := range l.last {
			if now.Sub(t) >= AnonymousAuditWindow || now.Before(t) {
				delete(l.last, k)
			}
		}
		if len(l.last) >= anonLimitKeys {
			return false
		}
	}
	l.last[key] = now
	return true
}

// anonymousAudited decides for an anonymous refusal of key and counts it.
func (s *Service) anonymousAudited(key string) bool {
	ok := s.anon.allow(key, s.now())
	if m := s.svc.Metrics(); m != nil {
		m.StaffAnonymousRefused(ok)
	}
	return ok
}
