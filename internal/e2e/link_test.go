package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/totp"
)

// TestTOTPMatchesServer checks flow.mjs's TOTP against RFC 6238's SHA-1 test
// vectors and against internal/totp, which the server verifies codes with, so
// a code the browser types is the one the server expects at that time (the
// exact step, not merely within its skew).
func TestTOTPMatchesServer(t *testing.T) {
	env := needNode(t)
	rfcSecret := "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ" // base32 of "12345678901234567890"
	for unix, want := range map[int64]string{59: "94287082", 1111111109: "07081804", 1111111111: "14050471",
		1234567890: "89005924", 2000000000: "69279037", 20000000000: "65353130"} {
		r := env.phase(t, "totp", map[string]any{"totp_secret": rfcSecret, "now_unix": unix, "digits": 8})
		if r.Code != want {
			t.Errorf("RFC 6238 at %d: %s, want %s", unix, r.Code, want)
		}
	}
	key, err := totp.Generate("sealpost", "e2e")
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Truncate(time.Second)
	var last int64
	for _, d := range []time.Duration{0, time.Minute, 7 * time.Minute} {
		when := at.Add(d)
		r := env.phase(t, "totp", map[string]any{"totp_secret": key.Secret, "now_unix": when.Unix()})
		step, ok := totp.Verify(key.Secret, r.Code, when, last)
		if !ok || step != when.Unix()/totp.Period {
			t.Errorf("at %v: the server refuses node's code %s (ok %v, step %d, want %d)", when, r.Code, ok, step, when.Unix()/totp.Period)
		}
		last = step
	}
}

// TestNoticeLinkInChromium: a registration notice goes out over STARTTLS to
// the test relay, and its link opens in Chromium on a page that sends a
// strict Content-Security-Policy, logs no console error, asks for nothing
// off loopback and whose policy the browser enforces (an injected inline
// script does not run).
func TestNoticeLinkInChromium(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	clk := newClock(time.Now().Truncate(time.Second))
	s := startService(t, clk)

	s.putRecipient(t, "e2e-patient-1", "pat.e2e@example.org")
	s.send(t, "e2e-patient-1", "account_registration", "Welcome", "Your account is ready to set up.")
	n := s.waitNotice(t, "pat.e2e@example.org", "Complete your registration", time.Minute)
	s.overTLS(t)
	link := n.link(t, s.Base)
	if !strings.Contains(n.HTML, link) {
		t.Errorf("the HTML part lacks the text part's link %s", link)
	}

	r := env.phase(t, "link", map[string]any{"base_url": s.Base, "link": link, "out_dir": shots, "shot_start": 1})
	if r.Status != 200 {
		t.Errorf("link page answered %d", r.Status)
	}
	if r.Heading == "" {
		t.Error("link page has no heading")
	}
	if len(r.Documents) == 0 || r.Documents[0].URL != link {
		t.Errorf("first document %+v, want the link %s", r.Documents, link)
	}
	if r.CSPProbe.Ran || !strings.HasPrefix(r.CSPProbe.Violated, "script-src") {
		t.Errorf("an injected inline script ran %v (violated %q): the browser does not enforce a strict policy", r.CSPProbe.Ran, r.CSPProbe.Violated)
	}
	if len(r.Screenshots) != 1 || filepath.Base(r.Screenshots[0]) != "01-link.png" {
		t.Fatalf("screenshots %v", r.Screenshots)
	}
	if fi, err := os.Stat(r.Screenshots[0]); err != nil || fi.Size() < 1000 {
		t.Fatalf("screenshot %s: %v", r.Screenshots[0], err)
	}
	t.Logf("link page %q (%s): screenshots in %s", r.Heading, r.URL, shots)
}

// TestStrictCSP pins what the browser tests call a strict policy.
func TestStrictCSP(t *testing.T) {
	for _, p := range []string{
		"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'self'; object-src 'none'; script-src 'nonce-abc' 'strict-dynamic'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'",
	} {
		if err := strictCSP(p); err != nil {
			t.Errorf("%q: %v", p, err)
		}
	}
	for _, p := range []string{
		"",
		"img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'none'; script-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'none'; script-src 'self' 'unsafe-eval'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'none'; script-src-elem data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src *; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", // plugins from self
		"default-src 'none'; form-action 'self'; frame-ancestors 'none'",
		"default-src 'none'; form-action 'self'; base-uri 'none'",
		"default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
		"default-src 'none'; form-action https:; base-uri 'none'; frame-ancestors 'none'",
	} {
		if err := strictCSP(p); err == nil {
			t.Errorf("%q accepted as strict", p)
		}
	}
}
