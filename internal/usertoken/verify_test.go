package usertoken

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"

	"github.com/sealpost/sealpost/internal/channel/webhook"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

type signer struct {
	kid string
	alg jose.SignatureAlgorithm
	key any
	pub any
}

func newEd(t testing.TB, kid string) signer {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return signer{kid, jose.EdDSA, priv, pub}
}

func newES(t testing.TB, kid string) signer {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return signer{kid, jose.ES256, k, &k.PublicKey}
}

func jwks(t testing.TB, ss ...signer) []byte {
	var set jose.JSONWebKeySet
	for _, s := range ss {
		set.Keys = append(set.Keys, jose.JSONWebKey{Key: s.pub, KeyID: s.kid, Use: "sig"})
	}
	b, err := json.Marshal(set)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (s signer) mint(t testing.TB, claims map[string]any) string {
	sg, err := jose.NewSigner(jose.SigningKey{Algorithm: s.alg, Key: s.key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", s.kid))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := jwt.Signed(sg).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func good(over map[string]any) map[string]any {
	c := map[string]any{"sub": "patient-1", "aud": "ten_a", "iat": t0.Unix(), "exp": t0.Add(10 * time.Minute).Unix(),
		"auth_time": t0.Add(-time.Minute).Unix(), "amr": []string{"pwd", "otp"}}
	for k, v := range over {
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
	}
	return c
}

func verify(t testing.TB, ks *KeySet, tok string, now time.Time) (Claims, error) {
	p, err := Parse(tok)
	if err != nil {
		return Claims{}, err
	}
	return p.Verify(ks, "ten_a", now)
}

func code(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return "other: " + err.Error()
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

func TestVerify(t *testing.T) {
	ed, es := newEd(t, "ed-1"), newES(t, "es-1")
	ks, err := ParseJWKS(jwks(t, ed, es))
	if err != nil {
		t.Fatal(err)
	}
	now := t0.Add(time.Minute)
	for _, s := range []signer{ed, es} {
		c, err := verify(t, ks, s.mint(t, good(nil)), now)
		if err != nil || c.Subject != "patient-1" || c.TenantID != "ten_a" || !c.SecondFactor() || !c.AuthTime.Equal(t0.Add(-time.Minute)) {
			t.Fatalf("%s: %+v %v", s.alg, c, err)
		}
	}
	c, err := verify(t, ks, ed.mint(t, good(map[string]any{"amr": []string{"pwd"}})), now)
	if err != nil || c.SecondFactor() {
		t.Fatalf("pwd only is not a second factor: %+v %v", c, err)
	}

	// An ES256 key presented with an EdDSA header (and vice versa): the kid
	// picks the key, the header's alg must be the key's.
	edAsES := signer{kid: "es-1", alg: jose.EdDSA, key: ed.key}
	otherEd := newEd(t, "ed-1")
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	header := b64(`{"alg":"none","kid":"ed-1"}`)
	payload := b64(`{"sub":"patient-1","aud":"ten_a"}`)
	hs := func() string {
		sg, _ := jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("0123456789abcdef0123456789abcdef")},
			(&jose.SignerOptions{}).WithHeader("kid", "ed-1"))
		tok, _ := jwt.Signed(sg).Claims(good(nil)).Serialize()
		return tok
	}()
	rs := signer{kid: "ed-1", alg: jose.RS256, key: rsaKey}.mint(t, good(nil))
	cases := []struct {
		name, tok string
		now       time.Time
		want      string
	}{
		{"empty", "", now, CodeMalformed},
		{"garbage", "not.a.token", now, CodeMalformed},
		{"oversized", strings.Repeat("a", MaxTokenBytes+1), now, CodeTooLarge},
		{"alg none", header + "." + payload + ".", now, CodeAlgorithm},
		{"alg HS256 (symmetric confusion)", hs, now, CodeAlgorithm},
		{"alg RS256", rs, now, CodeAlgorithm},
		{"alg confusion: EdDSA header on an ES256 kid", edAsES.mint(t, good(nil)), now, CodeAlgorithm},
		{"bad signature (another key, same kid)", otherEd.mint(t, good(nil)), now, CodeSignature},
		{"unknown kid", newEd(t, "ed-9").mint(t, good(nil)), now, CodeUnknownKey},
		{"no kid", signer{kid: "", alg: jose.EdDSA, key: ed.key}.mint(t, good(nil)), now, CodeUnknownKey},
		{"missing exp", ed.mint(t, good(map[string]any{"exp": nil})), now, CodeClaims},
		{"missing iat", ed.mint(t, good(map[string]any{"iat": nil})), now, CodeClaims},
		{"missing auth_time", ed.mint(t, good(map[string]any{"auth_time": nil})), now, CodeClaims},
		{"missing sub", ed.mint(t, good(map[string]any{"sub": nil})), now, CodeClaims},
		{"two audiences", ed.mint(t, good(map[string]any{"aud": []string{"ten_a", "ten_b"}})), now, CodeClaims},
		{"other tenant", ed.mint(t, good(map[string]any{"aud": "ten_b"})), now, CodeClaims},
		{"lifetime over 15 min", ed.mint(t, good(map[string]any{"exp": t0.Add(16 * time.Minute).Unix()})), now, CodeLifetime},
		{"exp before iat", ed.mint(t, good(map[string]any{"exp": t0.Add(-time.Second).Unix()})), now, CodeLifetime},
		{"expired", ed.mint(t, good(nil)), t0.Add(11 * time.Minute), CodeExpired},
		{"issued in the future", ed.mint(t, good(nil)), t0.Add(-time.Minute), CodeClaims},
		{"auth_time after iat", ed.mint(t, good(map[string]any{"auth_time": t0.Add(time.Minute).Unix()})), now, CodeClaims},
		{"exp as a string", ed.mint(t, good(map[string]any{"exp": "soon"})), now, CodeMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := verify(t, ks, tc.tok, tc.now); code(err) != tc.want {
				t.Fatalf("got %q (%v), want %q", code(err), err, tc.want)
			}
		})
	}
	if _, err := ed.mint(t, good(nil)), error(nil); err != nil {
		t.Fatal(err)
	}
	p, err := Parse(ed.mint(t, good(nil)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Verify(nil, "ten_a", now); code(err) != CodeNoKeys {
		t.Fatalf("no keys: %v", err)
	}
}

func TestParseJWKS(t *testing.T) {
	ed := newEd(t, "k")
	rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	p384, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	edPriv, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: ed.key, KeyID: "k"}}})
	rsaSet, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &rsaKey.PublicKey, KeyID: "k"}}})
	p384Set, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &p384.PublicKey, KeyID: "k"}}})
	noKid, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: ed.pub}}})
	wrongAlg, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: ed.pub, KeyID: "k", Algorithm: "ES256"}}})
	enc, _ := json.Marshal(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: ed.pub, KeyID: "k", Use: "enc"}}})
	for name, raw := range map[string][]byte{
		"private key": edPriv, "RSA": rsaSet, "P-384": p384Set, "no kid": noKid, "alg mismatch": wrongAlg,
		"use enc": enc, "duplicate kid": jwks(t, ed, newEd(t, "k")), "empty": []byte(`{"keys":[]}`), "not JSON": []byte(`{`),
		"huge": append(append([]byte(`{"keys":[],"x":"`), make([]byte, MaxJWKSBytes)...), '"', '}'),
	} {
		if _, err := ParseJWKS(raw); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := ParseJWKS(jwks(t, ed, newES(t, "e"))); err != nil {
		t.Fatal(err)
	}
}

func TestCacheFetch(t *testing.T) {
	k1, k2 := newEd(t, "k1"), newEd(t, "k2")
	var set atomic.Value
	set.Store(jwks(t, k1))
	var fetches atomic.Int32
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		w.Header().Set("Cache-Control", "public, max-age=600")
		_, _ = w.Write(set.Load().([]byte))
	}))
	defer srv.Close()
	tr := webhook.LoopbackTransport()
	tr.TLSClientConfig = srv.Client().Transport.(*http.Transport).TLSClientConfig
	now := t0
	c := NewCache(&http.Client{Transport: tr}, func() time.Time { return now })
	cfg := Config{JWKSURL: srv.URL + "/jwks.json"}
	ctx := context.Background()

	ks, err := c.Keys(ctx, "ten_a", cfg, "k1")
	if err != nil || ks.Len() != 1 {
		t.Fatal(ks, err)
	}
	// Rotation: k2 appears at the URL. An unknown kid refetches at once, but
	// only once per minute.
	set.Store(jwks(t, k1, k2))
	now = now.Add(30 * time.Second)
	if ks, _ = c.Keys(ctx, "ten_a", cfg, "k2"); ks.Len() != 1 || fetches.Load() != 1 {
		t.Fatalf("refetched within a minute of the last fetch: %d keys, %d fetches", ks.Len(), fetches.Load())
	}
	now = now.Add(RefetchEvery)
	if ks, _ = c.Keys(ctx, "ten_a", cfg, "k2"); ks.Len() != 2 || fetches.Load() != 2 {
		t.Fatalf("unknown kid did not refetch: %d keys, %d fetches", ks.Len(), fetches.Load())
	}
	// Known kids use the cache until max-age (600 s) runs out; then the
	// set is fetched again, so a key removed from it stops verifying.
	set.Store(jwks(t, k2))
	now = now.Add(5 * time.Minute)
	if ks, _ = c.Keys(ctx, "ten_a", cfg, "k1"); ks.Len() != 2 || fetches.Load() != 2 {
		t.Fatalf("fetched before max-age: %d fetches", fetches.Load())
	}
	now = now.Add(6 * time.Minute)
	if ks, _ = c.Keys(ctx, "ten_a", cfg, "k1"); ks.Len() != 1 || fetches.Load() != 3 {
		t.Fatalf("max-age not honoured: %d keys, %d fetches", ks.Len(), fetches.Load())
	}
	p, _ := Parse(k1.mint(t, good(map[string]any{"iat": now.Unix(), "exp": now.Add(time.Minute).Unix(), "auth_time": now.Unix()})))
	if _, err := p.Verify(ks, "ten_a", now); code(err) != CodeUnknownKey {
		t.Fatalf("revoked key still verifies: %v", err)
	}

	// The production transport refuses the loopback address (SSRF rules of webhooks).
	pub := NewCache(&http.Client{Transport: webhook.PublicTransport()}, nil)
	var fe *FetchError
	if _, err := pub.Keys(ctx, "ten_b", cfg, "k1"); !errors.As(err, &fe) || !strings.Contains(fe.Reason, "not public") {
		t.Fatalf("loopback jwks_url: %v", err)
	}
	if _, err := c.Keys(ctx, "ten_c", Config{JWKSURL: strings.Replace(srv.URL, "https", "http", 1)}, "k1"); !errors.As(err, &fe) {
		t.Fatalf("http jwks_url: %v", err)
	}
}

func TestCacheFetchRefusals(t *testing.T) {
	var htmlHits atomic.Int32
	block := make(chan struct{})
	defer close(block)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/huge":
			_, _ = w.Write([]byte(`{"keys":[],"pad":"` + strings.Repeat("x", MaxJWKSBytes) + `"}`))
		case "/redirect":
			http.Redirect(w, r, "/elsewhere", http.StatusFound)
		case "/slow":
			select {
			case <-block:
			case <-r.Context().Done():
			}
		case "/html":
			htmlHits.Add(1)
			_, _ = w.Write([]byte("<html>"))
		}
	}))
	defer srv.Close()
	tr := webhook.LoopbackTransport()
	tr.TLSClientConfig = srv.Client().Transport.(*http.Transport).TLSClientConfig
	c := NewCache(&http.Client{Transport: tr}, nil)
	c.client.Timeout = 200 * time.Millisecond // the 5 s bound, shortened so the test stays quick
	for path, want := range map[string]string{"/huge": "larger than", "/redirect": "HTTP 302", "/slow": "did not answer", "/html": "not a JSON Web Key Set"} {
		_, err := c.Keys(context.Background(), "t"+path, Config{JWKSURL: srv.URL + path}, "k")
		var fe *FetchError
		if !errors.As(err, &fe) || !strings.Contains(fe.Reason, want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
	// A failed fetch is not repeated for every token: once a minute.
	before := htmlHits.Load()
	for range 3 {
		if _, err := c.Keys(context.Background(), "t/html", Config{JWKSURL: srv.URL + "/html"}, "k"); err == nil {
			t.Fatal("failed set served")
		}
	}
	if htmlHits.Load() != before {
		t.Fatalf("a failing jwks_url was fetched %d more times within a minute", htmlHits.Load()-before)
	}
}

func TestMaxAge(t *testing.T) {
	for cc, want := range map[string]time.Duration{"": DefaultMaxAge, "max-age=10": MinMaxAge, "max-age=86400": MaxMaxAge,
		"public, max-age=900": 15 * time.Minute, "no-store": MinMaxAge, "max-age=x": DefaultMaxAge} {
		if got := maxAge(cc); got != want {
			t.Errorf("%q: %v, want %v", cc, got, want)
		}
	}
}

// BenchmarkVerify measures verifying a user token with the tenant's keys
// cached (docs/benchmarks.md). "signature": a token seen for the first
// time (parse, signature, claims); "repeat": the same token again, as a
// browser sends it with each call until it expires.
func BenchmarkVerify(b *testing.B) {
	for _, s := range []signer{newEd(b, "ed"), newES(b, "es")} {
		cfg := Config{JWKS: jwks(b, s)}
		load := func(context.Context, string) (Config, bool, error) { return cfg, true, nil }
		tok := s.mint(b, good(nil))
		now := t0.Add(time.Minute)
		ctx := context.Background()
		b.Run(string(s.alg)+"/signature", func(b *testing.B) {
			c := NewCache(nil, func() time.Time { return now })
			b.ReportAllocs()
			for b.Loop() {
				p, err := Parse(tok)
				if err != nil {
					b.Fatal(err)
				}
				ks, err := c.Keys(ctx, p.Tenant, cfg, p.KID)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := p.Verify(ks, p.Tenant, now); err != nil {
					b.Fatal(err)
				}
			}
		})
		if s.alg == jose.EdDSA {
			// The floor: ed25519.Verify alone over the same signing input.
			parts := strings.Split(tok, ".")
			msg := []byte(parts[0] + "." + parts[1])
			sig, _ := base64.RawURLEncoding.DecodeString(parts[2])
			b.Run("EdDSA/ed25519-only", func(b *testing.B) {
				for b.Loop() {
					if !ed25519.Verify(s.pub.(ed25519.PublicKey), msg, sig) {
						b.Fatal("bad signature")
					}
				}
			})
		}
		b.Run(string(s.alg)+"/repeat", func(b *testing.B) {
			c := NewCache(nil, func() time.Time { return now })
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Verify(ctx, tok, load); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestVerifyRemembersOnlyUnderTheSameKeys(t *testing.T) {
	k1, k2 := newEd(t, "k1"), newEd(t, "k2")
	now := t0.Add(time.Minute)
	c := NewCache(nil, func() time.Time { return now })
	cfg := Config{JWKS: jwks(t, k1, k2)}
	load := func(context.Context, string) (Config, bool, error) { return cfg, true, nil }
	tok := k1.mint(t, good(nil))
	for range 2 {
		if cl, err := c.Verify(context.Background(), tok, load); err != nil || cl.Subject != "patient-1" {
			t.Fatal(cl, err)
		}
	}
	cfg = Config{JWKS: jwks(t, k2)} // k1 removed from the set
	if _, err := c.Verify(context.Background(), tok, load); code(err) != CodeUnknownKey {
		t.Fatalf("removed key still verifies a remembered token: %v", err)
	}
	cfg = Config{JWKS: jwks(t, k1, k2)}
	if _, err := c.Verify(context.Background(), tok, load); err != nil {
		t.Fatal(err)
	}
	now = t0.Add(11 * time.Minute)
	if _, err := c.Verify(context.Background(), tok, load); code(err) != CodeExpired {
		t.Fatalf("a remembered token outlives its exp: %v", err)
	}
	none := func(context.Context, string) (Config, bool, error) { return Config{}, false, nil }
	if _, err := c.Verify(context.Background(), k1.mint(t, good(map[string]any{"iat": now.Unix(), "exp": now.Add(time.Minute).Unix()})), none); code(err) != CodeNoKeys {
		t.Fatalf("tenant without keys: %v", err)
	}
}
