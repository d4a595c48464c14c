package passkey

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"

	"github.com/sealpost/sealpost/internal/passkey/passkeytest"
)

const (
	rpID   = "portal.example.org"
	origin = "https://portal.example.org"
)

var b64u = base64.RawURLEncoding

type authenticator = passkeytest.Authenticator

const (
	flagUP = passkeytest.FlagUP
	flagUV = passkeytest.FlagUV
	flagAT = passkeytest.FlagAT
)

func newAuthenticator(t *testing.T) *authenticator {
	return passkeytest.NewAuthenticator(t, rpID, origin)
}
func parseOptions(t *testing.T, b []byte) passkeytest.Options { return passkeytest.ParseOptions(t, b) }
func mustJSON(t *testing.T, v any) []byte                     { return passkeytest.MustJSON(t, v) }

// refusedBecause checks that err is a refusal and that the library's reason
// (details and debug information) mentions want, so that a test refuses for the
// reason it is about and not for some malformation of the test's own making.
func refusedBecause(t *testing.T, err error, want string) {
	t.Helper()
	if !errors.Is(err, ErrRefused) {
		t.Fatalf("err = %v; want ErrRefused", err)
	}
	var pe *protocol.Error
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v; want a protocol.Error inside", err)
	}
	if why := pe.Details + " / " + pe.DevInfo; !strings.Contains(strings.ToLower(why), strings.ToLower(want)) {
		t.Fatalf("refused because %q; want %q", why, want)
	}
}

func newPasskeys(t *testing.T) *Passkeys {
	t.Helper()
	p, err := New(Config{RPID: rpID, RPDisplayName: "Example Clinic", Origins: []string{origin}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func testUser() User {
	return User{Handle: []byte("0123456789abcdef0123456789abcdef"), Name: "patient-7q4m", DisplayName: "Patient 7Q4M"}
}

// register runs a whole registration and returns the user with the new credential.
func register(t *testing.T, p *Passkeys, a *authenticator, u User) User {
	t.Helper()
	opts, sess, err := p.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	cred, err := p.FinishRegistration(u, sess, a.Create(t, opts))
	if err != nil {
		t.Fatalf("FinishRegistration: %v", err)
	}
	u.Credentials = append(u.Credentials, cred)
	return u
}

func signCount(t *testing.T, c Credential) uint32 {
	t.Helper()
	var wc webauthn.Credential
	if err := json.Unmarshal(c.Data, &wc); err != nil {
		t.Fatal(err)
	}
	return wc.Authenticator.SignCount
}

func TestRegisterThenLogin(t *testing.T) {
	p := newPasskeys(t)
	a := newAuthenticator(t)
	u := testUser()

	opts, sess, err := p.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	o := parseOptions(t, opts)
	if o.PublicKey.RP.ID != rpID || o.PublicKey.Attestation != "none" ||
		o.PublicKey.AuthenticatorSelection.UserVerification != "preferred" ||
		o.PublicKey.AuthenticatorSelection.ResidentKey != "discouraged" ||
		o.PublicKey.AuthenticatorSelection.RequireResident == nil || *o.PublicKey.AuthenticatorSelection.RequireResident {
		t.Errorf("creation options: %s", opts)
	}
	if got, _ := b64u.DecodeString(o.PublicKey.User.ID); !bytes.Equal(got, u.Handle) {
		t.Errorf("user.id = %q; want the handle", o.PublicKey.User.ID)
	}
	if bytes.Contains(sess, opts) || len(sess) == 0 {
		t.Error("unexpected session")
	}
	cred, err := p.FinishRegistration(u, sess, a.Create(t, opts))
	if err != nil {
		t.Fatalf("FinishRegistration: %v", err)
	}
	if !bytes.Equal(cred.ID, a.CredID) {
		t.Fatalf("credential ID %x; want %x", cred.ID, a.CredID)
	}
	u.Credentials = []Credential{cred}

	// A second registration excludes the existing credential.
	opts2, _, err := p.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	if ex := parseOptions(t, opts2).PublicKey.ExcludeCredentials; len(ex) != 1 || ex[0].ID != b64u.EncodeToString(a.CredID) {
		t.Errorf("excludeCredentials = %+v", ex)
	}

	// Sign in twice, the counter moving forward each time.
	for _, counter := range []uint32{1, 7} {
		a.Counter = counter
		opts, sess, err := p.BeginLogin(u)
		if err != nil {
			t.Fatal(err)
		}
		lo := parseOptions(t, opts)
		if lo.PublicKey.RPID != rpID || lo.PublicKey.UserVerification != "preferred" ||
			len(lo.PublicKey.AllowCredentials) != 1 || lo.PublicKey.AllowCredentials[0].ID != b64u.EncodeToString(a.CredID) {
			t.Errorf("request options: %s", opts)
		}
		updated, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		if err != nil {
			t.Fatalf("FinishLogin (counter %d): %v", counter, err)
		}
		if !bytes.Equal(updated.ID, a.CredID) || signCount(t, updated) != counter {
			t.Fatalf("updated credential: id %x, count %d; want %d", updated.ID, signCount(t, updated), counter)
		}
		u.Credentials = []Credential{updated}
	}

	// An authenticator without a counter (always 0, as many platform passkeys) is fine too.
	b := newAuthenticator(t)
	v := register(t, p, b, testUser())
	for range 2 {
		opts, sess, err := p.BeginLogin(v)
		if err != nil {
			t.Fatal(err)
		}
		updated, err := p.FinishLogin(v, sess, b.Get(t, opts, v.Handle))
		if err != nil {
			t.Fatalf("FinishLogin with a zero counter: %v", err)
		}
		v.Credentials = []Credential{updated}
	}
}

func TestRegistrationRefusals(t *testing.T) {
	p := newPasskeys(t)
	u := testUser()
	reasons := map[string]string{
		"wrong origin": "origin", "wrong RP ID": "RP Hash mismatch", "no user presence": "presen",
		"other session's challenge": "challenge",
	}
	cases := map[string]func(a *authenticator, opts []byte, sess []byte) (resp, session []byte){
		"wrong origin": func(a *authenticator, opts, sess []byte) ([]byte, []byte) {
			a.Origin = "https://portal.example.org.evil.example"
			return nil, sess
		},
		"wrong RP ID": func(a *authenticator, opts, sess []byte) ([]byte, []byte) {
			a.RPID = "evil.example"
			return nil, sess
		},
		"no user presence": func(a *authenticator, opts, sess []byte) ([]byte, []byte) {
			a.Flags = 0
			return nil, sess
		},
		"other session's challenge": func(a *authenticator, opts, sess []byte) ([]byte, []byte) {
			_, other, err := p.BeginRegistration(u)
			if err != nil {
				t.Fatal(err)
			}
			return nil, other
		},
	}
	for name, tamper := range cases {
		t.Run(name, func(t *testing.T) {
			a := newAuthenticator(t)
			opts, sess, err := p.BeginRegistration(u)
			if err != nil {
				t.Fatal(err)
			}
			_, sess = tamper(a, opts, sess)
			_, err = p.FinishRegistration(u, sess, a.Create(t, opts))
			refusedBecause(t, err, reasons[name])
		})
	}

	// The same authenticator registered twice is refused (the browser would normally
	// stop it through excludeCredentials).
	a := newAuthenticator(t)
	u2 := register(t, p, a, testUser())
	opts, sess, err := p.BeginRegistration(u2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.FinishRegistration(u2, sess, a.Create(t, opts)); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate registration err = %v; want ErrDuplicate", err)
	}
}

// login prepares a registered user and returns a function that signs in with the
// authenticator's current state.
func loginSetup(t *testing.T) (*Passkeys, *authenticator, User) {
	t.Helper()
	p := newPasskeys(t)
	a := newAuthenticator(t)
	u := register(t, p, a, testUser())
	a.Counter = 5
	opts, sess, err := p.BeginLogin(u)
	if err != nil {
		t.Fatal(err)
	}
	updated, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
	if err != nil {
		t.Fatalf("first login: %v", err)
	}
	u.Credentials = []Credential{updated}
	return p, a, u
}

func TestLoginRefusals(t *testing.T) {
	t.Run("wrong origin", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		a.Origin = "https://evil.example"
		opts, sess, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		refusedBecause(t, err, "origin")
	})
	t.Run("http origin", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		a.Origin = "http://portal.example.org"
		opts, sess, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		refusedBecause(t, err, "origin")
	})
	t.Run("wrong RP ID", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		a.RPID = "example.org"
		opts, sess, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		refusedBecause(t, err, "RP Hash mismatch")
	})
	t.Run("wrong challenge: response for one session, finished with another", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts1, _, _ := p.BeginLogin(u)
		_, sess2, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess2, a.Get(t, opts1, u.Handle))
		refusedBecause(t, err, "challenge")
	})
	t.Run("replayed session and response", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts, sess, _ := p.BeginLogin(u)
		resp := a.Get(t, opts, u.Handle)
		updated, err := p.FinishLogin(u, sess, resp)
		if err != nil {
			t.Fatal(err)
		}
		u.Credentials = []Credential{updated}
		// A caller that failed to delete the session: the counter still stops the replay.
		if _, err := p.FinishLogin(u, sess, resp); !errors.Is(err, ErrCloned) {
			t.Fatalf("replay err = %v; want ErrCloned", err)
		}
	})
	t.Run("counter goes backwards", func(t *testing.T) {
		p, a, u := loginSetup(t) // stored count is 5
		a.Counter = 3
		opts, sess, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		if !errors.Is(err, ErrCloned) || !errors.Is(err, ErrRefused) {
			t.Fatalf("err = %v; want ErrCloned", err)
		}
	})
	t.Run("counter does not move", func(t *testing.T) {
		p, a, u := loginSetup(t)
		opts, sess, _ := p.BeginLogin(u) // counter still 5
		if _, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle)); !errors.Is(err, ErrCloned) {
			t.Fatalf("err = %v; want ErrCloned", err)
		}
	})
	t.Run("other key signs", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		other := newAuthenticator(t)
		a.Key = other.Key
		opts, sess, _ := p.BeginLogin(u)
		_, err := p.FinishLogin(u, sess, a.Get(t, opts, u.Handle))
		refusedBecause(t, err, "signature")
	})
	t.Run("unknown credential", func(t *testing.T) {
		p, _, u := loginSetup(t)
		stranger := newAuthenticator(t)
		stranger.Counter = 100
		opts, sess, _ := p.BeginLogin(u)
		if _, err := p.FinishLogin(u, sess, stranger.Get(t, opts, u.Handle)); !errors.Is(err, ErrRefused) {
			t.Fatalf("err = %v; want ErrRefused", err)
		}
	})
	t.Run("another user's session", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts, sess, _ := p.BeginLogin(u)
		v := u
		v.Handle = []byte("another handle, another patient")
		if _, err := p.FinishLogin(v, sess, a.Get(t, opts, v.Handle)); !errors.Is(err, ErrRefused) {
			t.Fatalf("err = %v; want ErrRefused", err)
		}
	})
	t.Run("registration session used to log in", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts, _, _ := p.BeginLogin(u)
		_, regSess, _ := p.BeginRegistration(u)
		if _, err := p.FinishLogin(u, regSess, a.Get(t, opts, u.Handle)); !errors.Is(err, ErrSession) {
			t.Fatalf("err = %v; want ErrSession", err)
		}
	})
	t.Run("expired session", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts, sess, _ := p.BeginLogin(u)
		var s struct {
			Ceremony string         `json:"ceremony"`
			Data     map[string]any `json:"data"`
		}
		if err := json.Unmarshal(sess, &s); err != nil {
			t.Fatal(err)
		}
		exp, err := time.Parse(time.RFC3339Nano, s.Data["expires"].(string))
		if err != nil || time.Until(exp) < 4*time.Minute || time.Until(exp) > 6*time.Minute {
			t.Fatalf("session expires %v (%v); want about 5 minutes ahead", exp, err)
		}
		s.Data["expires"] = time.Now().Add(-time.Second).Format(time.RFC3339Nano)
		_, err = p.FinishLogin(u, mustJSON(t, s), a.Get(t, opts, u.Handle))
		refusedBecause(t, err, "expired")
	})
	t.Run("garbage", func(t *testing.T) {
		p, a, u := loginSetup(t)
		a.Counter++
		opts, sess, _ := p.BeginLogin(u)
		for _, s := range [][]byte{nil, []byte("{}"), []byte(`{"ceremony":"login","data":{}}`), []byte("not json")} {
			if _, err := p.FinishLogin(u, s, a.Get(t, opts, u.Handle)); !errors.Is(err, ErrSession) {
				t.Errorf("session %q: err = %v; want ErrSession", s, err)
			}
		}
		for _, r := range [][]byte{nil, []byte("{}"), []byte("[]")} {
			if _, err := p.FinishLogin(u, sess, r); !errors.Is(err, ErrRefused) {
				t.Errorf("response %q: err = %v; want ErrRefused", r, err)
			}
		}
	})
}

func TestUserAndCredentialChecks(t *testing.T) {
	p := newPasskeys(t)
	if _, _, err := p.BeginLogin(testUser()); !errors.Is(err, ErrNoPasskeys) {
		t.Errorf("BeginLogin without passkeys err = %v", err)
	}
	for _, u := range []User{
		{Name: "x"},
		{Handle: make([]byte, 65), Name: "x"},
		{Handle: []byte("h")},
	} {
		if _, _, err := p.BeginRegistration(u); !errors.Is(err, ErrUser) {
			t.Errorf("BeginRegistration(%+v) err = %v; want ErrUser", u, err)
		}
	}
	a := newAuthenticator(t)
	u := register(t, p, a, testUser())
	bad := u
	bad.Credentials = []Credential{{ID: []byte("other id"), Data: u.Credentials[0].Data}}
	if _, _, err := p.BeginLogin(bad); !errors.Is(err, ErrCredentials) {
		t.Errorf("mismatched ID err = %v; want ErrCredentials", err)
	}
	bad.Credentials = []Credential{{ID: u.Credentials[0].ID, Data: []byte("{")}}
	if _, _, err := p.BeginLogin(bad); !errors.Is(err, ErrCredentials) {
		t.Errorf("corrupt data err = %v; want ErrCredentials", err)
	}
}

func TestNewConfig(t *testing.T) {
	good := Config{RPID: "example.org", RPDisplayName: "Clinic", Origins: []string{"https://portal.example.org", "https://example.org:8443"}}
	if _, err := New(good); err != nil {
		t.Fatalf("New(good) = %v", err)
	}
	if _, err := New(Config{RPID: "localhost", RPDisplayName: "Dev", Origins: []string{"http://localhost:8080"}}); err != nil {
		t.Fatalf("New(localhost) = %v", err)
	}
	for name, c := range map[string]Config{
		"no RPID":        {RPDisplayName: "C", Origins: []string{"https://example.org"}},
		"no name":        {RPID: "example.org", Origins: []string{"https://example.org"}},
		"no origins":     {RPID: "example.org", RPDisplayName: "C"},
		"http":           {RPID: "example.org", RPDisplayName: "C", Origins: []string{"http://example.org"}},
		"outside RPID":   {RPID: "example.org", RPDisplayName: "C", Origins: []string{"https://example.org.evil.example"}},
		"suffix not dot": {RPID: "example.org", RPDisplayName: "C", Origins: []string{"https://badexample.org"}},
		"path":           {RPID: "example.org", RPDisplayName: "C", Origins: []string{"https://example.org/portal"}},
		"not a URL":      {RPID: "example.org", RPDisplayName: "C", Origins: []string{"example.org"}},
		"RPID with port": {RPID: "example.org:443", RPDisplayName: "C", Origins: []string{"https://example.org"}},
	} {
		if _, err := New(c); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: New err = %v; want ErrConfig", name, err)
		}
	}
}

// TestForSite: the relying party of a site is its host name with its one
// origin; http only on loopback; with requireUV the options ask for user
// verification and an answer without the UV flag is refused, at
// registration and at sign-in, while the same answer passes when
// verification is only preferred.
func TestForSite(t *testing.T) {
	for _, base := range []string{"https://staff.example.org", "https://staff.example.org:8443/", "https://staff.example.org/sealpost", "http://localhost:8080"} {
		if _, err := ForSite(base, "Clinic staff", true); err != nil {
			t.Errorf("ForSite(%q) = %v", base, err)
		}
	}
	for _, base := range []string{"", "staff.example.org", "http://staff.example.org", "https://user@staff.example.org", "https://staff.example.org/?q=1", "ftp://staff.example.org", "http://127.0.0.1:9000" /* an IP address is no RP ID */} {
		if _, err := ForSite(base, "Clinic staff", true); !errors.Is(err, ErrConfig) {
			t.Errorf("ForSite(%q) err = %v; want ErrConfig", base, err)
		}
	}
	if _, err := ForSite("https://staff.example.org", "", true); !errors.Is(err, ErrConfig) {
		t.Errorf("no name: %v", err)
	}

	const site = "https://staff.example.org:8443"
	strict, err := ForSite(site+"/base", "Clinic staff", true)
	if err != nil {
		t.Fatal(err)
	}
	lax, err := ForSite(site, "Clinic staff", false)
	if err != nil {
		t.Fatal(err)
	}
	u := testUser()
	opts, sess, err := strict.BeginRegistration(u)
	if err != nil {
		t.Fatal(err)
	}
	if o := parseOptions(t, opts); o.PublicKey.RP.ID != "staff.example.org" || o.PublicKey.AuthenticatorSelection.UserVerification != "required" {
		t.Fatalf("creation options: %s", opts)
	}
	// An authenticator that does not verify the user: refused when required.
	noUV := passkeytest.NewAuthenticator(t, "staff.example.org", site)
	noUV.Flags = flagUP
	_, err = strict.FinishRegistration(u, sess, noUV.Create(t, opts))
	refusedBecause(t, err, "verif")
	// The origin must be the site's, port included.
	other := passkeytest.NewAuthenticator(t, "staff.example.org", "https://staff.example.org")
	opts, sess, _ = strict.BeginRegistration(u)
	_, err = strict.FinishRegistration(u, sess, other.Create(t, opts))
	refusedBecause(t, err, "origin")

	a := passkeytest.NewAuthenticator(t, "staff.example.org", site)
	v := register(t, strict, a, u)
	opts, sess, err = strict.BeginLogin(v)
	if err != nil {
		t.Fatal(err)
	}
	if o := parseOptions(t, opts); o.PublicKey.RPID != "staff.example.org" || o.PublicKey.UserVerification != "required" {
		t.Fatalf("request options: %s", opts)
	}
	a.Flags = flagUP // this time without verifying the user
	a.Counter++
	_, err = strict.FinishLogin(v, sess, a.Get(t, opts, v.Handle))
	refusedBecause(t, err, "verif")
	// The same kind of answer is accepted where verification is preferred.
	opts, sess, _ = lax.BeginLogin(v)
	a.Counter++
	if _, err := lax.FinishLogin(v, sess, a.Get(t, opts, v.Handle)); err != nil {
		t.Fatalf("preferred verification refused an answer without UV: %v", err)
	}
	// With UV, the strict party signs in; PublicKey and SignCount read the credential.
	a.Flags = flagUP | flagUV
	a.Counter++
	opts, sess, _ = strict.BeginLogin(v)
	c, err := strict.FinishLogin(v, sess, a.Get(t, opts, v.Handle))
	if err != nil {
		t.Fatalf("FinishLogin with UV: %v", err)
	}
	if n, err := c.SignCount(); err != nil || n != a.Counter {
		t.Fatalf("SignCount = %d, %v; want %d", n, err, a.Counter)
	}
	if pk, err := c.PublicKey(); err != nil || !bytes.Equal(pk, a.CoseKey(t)) {
		t.Fatalf("PublicKey = %x, %v", pk, err)
	}
	if _, err := (Credential{ID: []byte("x"), Data: c.Data}).PublicKey(); !errors.Is(err, ErrCredentials) {
		t.Fatalf("a credential under another ID: %v", err)
	}
}

func TestScript(t *testing.T) {
	s := string(Script)
	for _, want := range []string{
		`data-passkey`, `data-begin`, `data-finish`, `data-next`, `X-CSRF-Token`, `meta[name="csrf-token"]`,
		`passkey-error`, `"alert"`, `navigator.credentials.create`, `navigator.credentials.get`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("passkey.js lacks %s", want)
		}
	}
	// No external assets and nothing that a strict CSP would block.
	for _, bad := range []string{"http://", "https://", "eval(", "new Function", "innerHTML", "document.write", "import("} {
		if strings.Contains(s, bad) {
			t.Errorf("passkey.js contains %q", bad)
		}
	}
}
