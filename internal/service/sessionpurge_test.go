package service

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// newTestService is a Service on st with a fresh key file and a silent log,
// closed when the test ends.
func newTestService(t *testing.T, st *store.Store, cfg Config) *Service {
	t.Helper()
	kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "keys.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(st, kf, slog.New(slog.NewTextHandler(io.Discard, nil)), nil, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}

// TestPurgeSessionsBatches: one PurgeSessions call removes a backlog larger
// than one batch (2.5 × SessionPurgeBatch expired patient sessions, idle or
// past the absolute limit) through several bounded statements, and keeps
// every live session, on both databases.
func TestPurgeSessionsBatches(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		st, db := testdb.Open(t, kind)
		raw := testdb.OpenRaw(t, db)
		now := time.Now().Truncate(time.Microsecond)
		s := newTestService(t, st, Config{PublicURL: "http://localhost",
			SessionIdle: 20 * time.Minute, SessionMax: 12 * time.Hour, Now: func() time.Time { return now }})
		ct, err := s.CreateTenant(ctx, "clinic", "test")
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.PutRecipient(ctx, Principal{TenantID: ct.TenantID}, "pat-1", RecipientInput{}); err != nil {
			t.Fatal(err)
		}
		r, err := s.RecipientByExternalID(ctx, ct.TenantID, "pat-1")
		if err != nil {
			t.Fatal(err)
		}
		expired := SessionPurgeBatch*5/2 + 1
		const live = 3
		for i := range expired + live {
			ses := store.Session{IDHash: []byte(fmt.Sprintf("s-%05d", i)), TenantID: ct.TenantID, RecipientID: r.ID, Stage: "active",
				CSRF: []byte("c"), CreatedAt: now, SeenAt: now}
			switch {
			case i >= expired: // live
			case i%2 == 0:
				ses.SeenAt = now.Add(-time.Hour) // idle
			default:
				ses.CreatedAt = now.Add(-13 * time.Hour) // past the absolute limit
			}
			if err := st.CreateSession(ctx, ses, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.PurgeSessions(ctx); err != nil {
			t.Fatal(err)
		}
		if n := raw.Int(`SELECT COUNT(*) FROM sessions`); n != live {
			t.Fatalf("%d sessions left after the purge, want the %d live ones", n, live)
		}
	})
}
