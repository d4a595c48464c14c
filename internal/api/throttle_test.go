package api_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/testdb"
)

// Sign-in throttling as an attacker and a patient see it: failures from one
// address slow that address down for that username, a handful of failures
// spread over addresses locks no one out, an unknown username answers
// exactly as a known one (lock included), and a passed second factor clears
// the count. Clients on different loopback addresses (127.0.0.N) stand for
// different places.

// browserFrom is a browser whose connections come from the loopback address ip.
func (e *env) browserFrom(t *testing.T, ip string) *browser {
	jar, _ := cookiejar.New(nil)
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	tr := &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		return d.DialContext(ctx, network, addr)
	}}
	t.Cleanup(tr.CloseIdleConnections)
	return &browser{t: t, e: e, c: &http.Client{Jar: jar, Transport: tr}}
}

// signinTry submits the sign-in form and returns the whole answer.
func (b *browser) signinTry(tn tenant, username, pw string) resp {
	b.t.Helper()
	if b.url != "/signin" || !csrfRE.MatchString(b.page) {
		b.get("/signin?tenant=" + tn.id)
	}
	v := url.Values{"tenant": {tn.id}, "username": {username}, "password": {pw}, "csrf": {b.csrf()}}
	req, _ := http.NewRequest("POST", b.e.srv.URL+"/signin", strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", b.e.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	res, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	b.page, b.url = string(body), res.Request.URL.Path
	return resp{res.StatusCode, res.Header, body}
}

func TestFewFailuresLockNoOneOut(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		u := e.enrol(t, e.browser(t), tn, "pat-1")
		for i := 2; i <= 6; i++ {
			if r := e.browserFrom(t, fmt.Sprintf("127.0.0.%d", i)).signinTry(tn, u.username, "wrong password"); r.status != 401 {
				t.Fatalf("failure from address %d: %d", i, r.status)
			}
		}
		b := e.browserFrom(t, "127.0.0.7")
		if r := b.signinTry(tn, u.username, testPassword); r.status != 200 || b.url != "/signin/factor" {
			t.Fatalf("the patient after five failures elsewhere: %d %s", r.status, b.url)
		}
	})
}

func TestPairThrottleGrows(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		u := e.enrol(t, e.browser(t), tn, "pat-1")
		x := e.browserFrom(t, "127.0.0.2")
		for i := 1; i <= 4; i++ {
			if r := x.signinTry(tn, u.username, "wrong password"); r.status != 401 {
				t.Fatalf("failure %d: %d", i, r.status)
			}
		}
		// From the fifth failure on, each one locks this (username, address)
		// for twice as long as the one before.
		for i, want := range []int{30, 60, 120, 240} {
			r := x.signinTry(tn, u.username, "wrong password")
			if r.status != 429 || r.header.Get("Retry-After") != fmt.Sprint(want+1) {
				t.Fatalf("failure %d: %d Retry-After %q, want 429 and %d", 5+i, r.status, r.header.Get("Retry-After"), want+1)
			}
			// Locked means locked, even for the right password...
			if r := x.signinTry(tn, u.username, testPassword); r.status != 429 {
				t.Fatalf("right password while delayed: %d", r.status)
			}
			// ...from this address only.
			p := e.browserFrom(t, "127.0.0.3")
			if r := p.signinTry(tn, u.username, testPassword); r.status != 200 || p.url != "/signin/factor" {
				t.Fatalf("the patient from elsewhere while the guesser waits: %d %s", r.status, p.url)
			}
			e.clock.Add(time.Duration(want+1) * time.Second)
		}
		if r := x.signinTry(tn, u.username, testPassword); r.status != 200 {
			t.Fatalf("right password after the delay: %d", r.status)
		}
	})
}

var (
	csrfValueRE = regexp.MustCompile(`(name="csrf(-token)?" (value|content)=")[^"]+`)
	nonceRE     = regexp.MustCompile(`nonce(=")?-?[A-Za-z0-9_+/-]+`)
	userValueRE = regexp.MustCompile(`(name="username"[^>]*value=")[^"]*`)
)

// comparable is an answer with what legitimately differs between two
// requests (the per-request CSRF token, the echoed username, the date and
// request id) blanked out.
func comparable(r resp) string {
	body := csrfValueRE.ReplaceAllString(string(r.body), "${1}…")
	body = userValueRE.ReplaceAllString(body, "${1}…")
	body = nonceRE.ReplaceAllString(body, "nonce…")
	var hs []string
	for k, vs := range r.header {
		switch k {
		case "Date", "X-Request-Id", "Set-Cookie", "Content-Length":
			continue
		}
		hs = append(hs, k+": "+nonceRE.ReplaceAllString(strings.Join(vs, ","), "nonce…"))
	}
	sortStrings(hs)
	return fmt.Sprintf("%d\n%s\n\n%s", r.status, strings.Join(hs, "\n"), body)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func TestUnknownUsernameAnswersAsKnown(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		u := e.enrol(t, e.browser(t), tn, "pat-1")
		unknown := "nobody-here@example.org"
		locked := 0
		// Past the account threshold (50 failures a day), one failure per
		// address so that no pair or address limit gets in the way.
		for i := 1; i <= 53; i++ {
			ip := fmt.Sprintf("127.0.%d.%d", 1+i/200, 2+i%200)
			pw := "wrong password"
			if i == 52 {
				pw = testPassword // the right one, while locked
			}
			known := e.browserFrom(t, ip).signinTry(tn, u.username, pw)
			other := e.browserFrom(t, ip).signinTry(tn, unknown, pw)
			if a, b := comparable(known), comparable(other); a != b {
				t.Fatalf("attempt %d: a known and an unknown username answer differently:\n%s\n----\n%s", i, a, b)
			}
			if known.status == 429 {
				locked++
			} else if known.status != 401 {
				t.Fatalf("attempt %d: %d", i, known.status)
			}
		}
		if locked != 4 {
			t.Fatalf("%d of 53 attempts locked, want the 50th to 53rd", locked)
		}
	})
}

func TestSuccessClearsFailures(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		u := e.enrol(t, e.browser(t), tn, "pat-1")
		x := e.browserFrom(t, "127.0.0.2")
		wrongPasswords := func(when string) {
			t.Helper()
			e.clock.Add(16 * time.Minute) // as below
			for i := 1; i <= 4; i++ {
				if r := x.signinTry(tn, u.username, "wrong password"); r.status != 401 {
					t.Fatalf("%s, failure %d: %d", when, i, r.status)
				}
			}
		}
		wrongStepUps := func(when string) {
			t.Helper()
			e.clock.Add(16 * time.Minute) // past the address's own window (20 failures in 15 min); the username's counts last a day
			x.get("/stepup?next=/inbox")
			for i := 1; i <= 4; i++ {
				if st, _ := x.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now().Add(-time.Hour))}, "next": {"/inbox"}}); st != 401 {
					t.Fatalf("%s, failed step-up %d: %d", when, i, st)
				}
			}
		}
		// Four failures and a sign-in: four more do not reach the fifth.
		wrongPasswords("before signing in")
		e.signIn(t, x, u, "/signin?tenant="+tn.id)
		x.get("/inbox")
		x.post("/signout", nil)
		wrongPasswords("after signing in")
		e.signIn(t, x, u, "/signin?tenant="+tn.id)

		// The same across a step-up with a TOTP code, then with a recovery code.
		wrongStepUps("before step-up")
		e.clock.Add(30 * time.Second)
		if st, page := x.post("/stepup", url.Values{"code": {code(t, u.secret, e.clock.Now())}, "next": {"/inbox"}}); st != 200 || x.url != "/inbox" {
			t.Fatalf("TOTP step-up: %d %s %s", st, x.url, page)
		}
		wrongStepUps("after a TOTP step-up")
		if st, page := x.post("/stepup", url.Values{"code": {u.recovery[0]}, "next": {"/inbox"}}); st != 200 || x.url != "/inbox" {
			t.Fatalf("recovery-code step-up: %d %s %s", st, x.url, page)
		}
		wrongStepUps("after a recovery-code step-up")
	})
}

// TestThrottleKeepsNoAddress: the throttle table cannot give client
// addresses back. An attacker with the table and the tenant id would hash
// every candidate address (all of IPv4 takes minutes); here the candidates
// are the 256 addresses of 127.0.0.0/24, hashed the ways an unkeyed scope
// could be made, and none matches a stored scope.
func TestThrottleKeepsNoAddress(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		e := newEnv(t, kind)
		tn := e.tenant("clinic")
		if r := e.browserFrom(t, "127.0.0.9").signinTry(tn, "nobody-here", "wrong password"); r.status != 401 {
			t.Fatalf("failure: %d", r.status)
		}
		if e.raw.Int(`SELECT COUNT(*) FROM signin_throttle`) == 0 {
			t.Fatal("no throttle rows: the test checks nothing")
		}
		for i := 0; i < 256; i++ {
			addr := fmt.Sprintf("127.0.0.%d", i)
			plain := sha256.Sum256([]byte(tn.id + "\x00" + addr))
			h := sha256.New()
			for _, p := range []string{tn.id, addr} {
				fmt.Fprintf(h, "%d:%s", len(p), p)
			}
			for _, guess := range []string{"addr:" + hex.EncodeToString(plain[:16]), "addr:" + hex.EncodeToString(h.Sum(nil)[:16])} {
				if e.raw.Int(`SELECT COUNT(*) FROM signin_throttle WHERE scope = $1`, guess) != 0 {
					t.Fatalf("the stored scope %s gives the address %s back", guess, addr)
				}
			}
		}
	})
}
