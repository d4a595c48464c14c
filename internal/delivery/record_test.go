package delivery_test

import (
	"bytes"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/sealpost/sealpost/internal/delivery"
	"github.com/sealpost/sealpost/internal/jobs"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testsmtp"
)

// shuttingDown is the error PostgreSQL answers while it restarts.
var shuttingDown = &pgconn.PgError{Severity: "FATAL", Code: "57P03", Message: "the database system is shutting down"}

// TestOutcomeWriteRetriedAfterAcceptance (issue 13 item 16): the relay
// accepted the email, then the write recording it failed five times as during
// a PostgreSQL restart. The worker keeps trying to record instead of failing
// the attempt, so exactly one email leaves and the delivery ends sent after
// one attempt.
func TestOutcomeWriteRetriedAfterAcceptance(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		const failures = 5
		var failed atomic.Int32
		e := newEnvFault(t, kind, func(op string) error {
			if op == store.FaultDeliveryUpdate && failed.Load() < failures {
				failed.Add(1)
				return shuttingDown
			}
			return nil
		})
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		d := e.waitStatus(v.ID, "email", "sent")
		if got := failed.Load(); got != failures {
			t.Fatalf("the outcome write failed %d times, want %d", got, failures)
		}
		if n := len(e.smtp.Messages()); n != 1 {
			t.Fatalf("the relay accepted %d emails, want exactly 1", n)
		}
		if d.Attempts != 1 {
			t.Fatalf("attempts %d, want 1", d.Attempts)
		}
	})
}

// TestOutcomeWriteGivesUpThenSameMessageID: when the outcome write keeps
// failing past the retry budget, the attempt fails and River's retry sends
// the notice again — at least once — and the copy is the same email: same
// Message-ID, same link.
func TestOutcomeWriteGivesUpThenSameMessageID(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		var srv atomic.Pointer[testsmtp.Server]
		var failed atomic.Int32
		e := newEnvFault(t, kind, func(op string) error {
			// Fail every outcome write until the second copy was accepted.
			if s := srv.Load(); op == store.FaultDeliveryUpdate && s != nil && len(s.Messages()) < 2 {
				failed.Add(1)
				return shuttingDown
			}
			return nil
		})
		srv.Store(e.smtp)
		e.d.SetRecordPolicy(delivery.RecordPolicy{First: 10 * time.Millisecond, Max: 20 * time.Millisecond, Total: 200 * time.Millisecond})
		e.start()
		e.recipient("p-1", service.RecipientInput{Email: str("pat@example.org")})
		v := e.send(service.SendInput{Recipient: "p-1", Category: "account_message", Subject: "s", Body: "b"})
		d := e.waitStatus(v.ID, "email", "sent")
		msgs := e.smtp.Messages()
		if len(msgs) != 2 || failed.Load() < 2 {
			t.Fatalf("accepted %d emails after %d failed writes, want 2 (the budget ran out once)", len(msgs), failed.Load())
		}
		id := func(m testsmtp.Message) string {
			i := bytes.Index(m.Data, []byte("Message-ID: "))
			j := bytes.Index(m.Data[i:], []byte("\r\n"))
			return string(m.Data[i : i+j])
		}
		if id(msgs[0]) != id(msgs[1]) || id(msgs[0]) != "Message-ID: <"+d.ID+"@acme.example>" {
			t.Fatalf("copies carry %q and %q", id(msgs[0]), id(msgs[1]))
		}
		link := func(m testsmtp.Message) string {
			i := bytes.Index(m.Data, []byte("https://portal.example.org/m/"))
			return string(m.Data[i : i+61])
		}
		if link(msgs[0]) != link(msgs[1]) {
			t.Fatal("the copies carry different links")
		}
		if d.Attempts != 2 {
			t.Fatalf("attempts %d, want 2", d.Attempts)
		}
	})
}

// TestDeliveryJobTimeout: the delivery worker's run-time bound is the one the
// rescue is computed from (jobs.Timeout, issue 13 item 17).
func TestDeliveryJobTimeout(t *testing.T) {
	if got := (&delivery.Worker{}).Timeout(nil); got != jobs.Timeout {
		t.Fatalf("delivery job timeout %v, want %v", got, jobs.Timeout)
	}
}
