package service

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/password"
	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// TestSignInHashCost: every sign-in attempt past the address check runs
// exactly one password hash with the service's configured parameters —
// against the account's hash when the username exists, else against a dummy
// with the same parameters — whether the username is known or not and
// whether it is locked or not, so timing tells none of these apart.
func TestSignInHashCost(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		ctx := context.Background()
		st, _ := testdb.Open(t, kind)
		// Cheap, but neither the package defaults nor its test parameters.
		params := password.Params{Memory: 256, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32}
		now := time.Now()
		s := newTestService(t, st, Config{PublicURL: "http://localhost",
			PasswordParams: params, AccountLockFailures: 3, Now: func() time.Time { return now }})
		ct, err := s.CreateTenant(ctx, "clinic", "test")
		if err != nil {
			t.Fatal(err)
		}
		tid := ct.TenantID
		if _, _, err := s.PutRecipient(ctx, Principal{TenantID: tid}, "pat-1", RecipientInput{}); err != nil {
			t.Fatal(err)
		}
		r, err := s.RecipientByExternalID(ctx, tid, "pat-1")
		if err != nil {
			t.Fatal(err)
		}
		fp, err := s.sealer.Fingerprint(ctx, tid, purposeLogin, []byte("pat@example.org"))
		if err != nil {
			t.Fatal(err)
		}
		hash, err := password.Hash("the right password 42", params)
		if err != nil {
			t.Fatal(err)
		}
		ev := audit.Event{TenantID: tid, Actor: "test", Action: audit.ActionAccountEnrol, ObjectType: "recipient", ObjectID: r.ID}
		if err := st.CreateAccount(ctx, store.Account{TenantID: tid, RecipientID: r.ID, LoginFP: fp, PasswordHash: hash, CreatedAt: now}, ev); err != nil {
			t.Fatal(err)
		}

		var hashed []string
		orig := passwordVerify
		passwordVerify = func(pw, phc string) (bool, error) {
			hashed = append(hashed, phc)
			return orig(pw, phc)
		}
		t.Cleanup(func() { passwordVerify = orig })

		addr := 0
		try := func(name, username string, wantLocked bool) {
			t.Helper()
			hashed = nil
			addr++ // a new address each time: only the username's own count may lock
			_, err := s.SignIn(ctx, nil, SignInInput{TenantID: tid, Username: username, Password: "a wrong password", Addr: "192.0.2." + strconv.Itoa(addr)})
			var se *Error
			if !errors.As(err, &se) || (se.Kind == KindLocked) != wantLocked {
				t.Fatalf("%s: %v, want locked=%v", name, err, wantLocked)
			}
			if len(hashed) != 1 {
				t.Fatalf("%s: %d password hashes, want exactly 1", name, len(hashed))
			}
			if password.NeedsRehash(hashed[0], params) {
				t.Fatalf("%s: hashed with %s, want the configured %+v", name, hashed[0], params)
			}
			if username == "pat@example.org" && hashed[0] != hash {
				t.Fatalf("%s: did not check the account's own hash", name)
			}
		}
		for i := 1; i <= 3; i++ { // the third failure locks both usernames
			try("known, open", "pat@example.org", i == 3)
			try("unknown, open", "nobody@example.org", i == 3)
		}
		try("known, locked", "pat@example.org", true)
		try("unknown, locked", "nobody@example.org", true)
		if s.dummyPHC == "" || password.NeedsRehash(s.dummyPHC, params) {
			t.Fatalf("dummy hash %q does not carry the configured parameters", s.dummyPHC)
		}
	})
}
