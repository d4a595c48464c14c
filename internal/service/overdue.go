package service

import (
	"time"

	"github.com/sealpost/sealpost/internal/store"
)

// Content past its removal time is gone at once. The shredding passes
// (retention every 30 s, the staff mailbox's quick removal every 15 s) do
// the crypto-shred; between a reply's or staff message's removal time
// (shred_due_at: the policy's read TTL after the first read, the maximum
// age, the category's retention) and the next pass, every read answers as
// if it had run — 410, on the API, the pages and the downloads — so a
// policy of "minutes after the first read" holds to the second, not to
// the pass (fail closed: a pass that lags or stops changes nothing a
// reader sees).

// Overdue reports whether content shredded at shredded (nil: not yet) and
// due for removal at due (nil: no removal time) is gone at now.
func Overdue(shredded, due *time.Time, now time.Time) bool {
	return shredded != nil || due != nil && !now.Before(*due)
}

// StaffMessageGone reports whether a staff message's content is gone at
// now: shredded (its key or content cleared), or past its removal time.
func StaffMessageGone(m store.StaffMessage, now time.Time) bool {
	return m.Wrapped == nil || Overdue(m.ShreddedAt, &m.ShredDueAt, now)
}

// replyGone reports whether a reply's content is gone now: shredded, or
// past its removal time by the service clock (the clock retention and the
// pool policies set shred_due_at by).
func (s *Service) replyGone(p store.Reply) bool {
	return Overdue(p.ShreddedAt, p.ShredDueAt, s.now())
}
