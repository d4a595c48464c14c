package webhook

import (
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The test vector published with the Standard Webhooks specification.
const (
	specSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	specID     = "msg_p5jXN8AQM9LWM0D4loKWxJek"
	specTS     = 1614265330
	specBody   = `{"test": 2432232314}`
	specSig    = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
)

func specHeaders(sig string) http.Header {
	h := http.Header{}
	h.Set(HeaderID, specID)
	h.Set(HeaderTimestamp, strconv.Itoa(specTS))
	h.Set(HeaderSignature, sig)
	return h
}

func TestSignSpecVector(t *testing.T) {
	s, err := NewSigner(specSecret)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Sign(specID, time.Unix(specTS, 0), []byte(specBody)); got != specSig {
		t.Fatalf("Sign = %q, want %q", got, specSig)
	}
	if err := Verify(specSecret, specHeaders(specSig), []byte(specBody), time.Unix(specTS, 0), 0); err != nil {
		t.Fatalf("Verify(spec vector) = %v", err)
	}
	// SetHeaders produces the same.
	h := http.Header{}
	s.SetHeaders(h, specID, time.Unix(specTS, 0), []byte(specBody))
	if h.Get("Webhook-Signature") != specSig || h.Get("Webhook-Id") != specID || h.Get("Webhook-Timestamp") != "1614265330" {
		t.Fatalf("SetHeaders = %v", h)
	}
}

func TestVerifyFailures(t *testing.T) {
	now := time.Unix(specTS, 0)
	body := []byte(specBody)
	other := NewSecret()
	cases := []struct {
		name   string
		secret string
		h      http.Header
		body   []byte
		now    time.Time
		tol    time.Duration
		want   error
	}{
		{"tampered body", specSecret, specHeaders(specSig), []byte(`{"test": 2432232315}`), now, 0, ErrNoMatchingSig},
		{"wrong secret", other, specHeaders(specSig), body, now, 0, ErrNoMatchingSig},
		{"old timestamp", specSecret, specHeaders(specSig), body, now.Add(5*time.Minute + time.Second), 0, ErrTimestampTolerance},
		{"future timestamp", specSecret, specHeaders(specSig), body, now.Add(-5*time.Minute - time.Second), 0, ErrTimestampTolerance},
		{"tight tolerance", specSecret, specHeaders(specSig), body, now.Add(11 * time.Second), 10 * time.Second, ErrTimestampTolerance},
		{"missing signature", specSecret, func() http.Header { h := specHeaders(specSig); h.Del(HeaderSignature); return h }(), body, now, 0, ErrMissingHeaders},
		{"missing id", specSecret, func() http.Header { h := specHeaders(specSig); h.Del(HeaderID); return h }(), body, now, 0, ErrMissingHeaders},
		{"bad timestamp", specSecret, func() http.Header { h := specHeaders(specSig); h.Set(HeaderTimestamp, "12a"); return h }(), body, now, 0, ErrInvalidTimestamp},
		{"changed id", specSecret, func() http.Header { h := specHeaders(specSig); h.Set(HeaderID, "msg_other"); return h }(), body, now, 0, ErrNoMatchingSig},
		{"wrong version", specSecret, specHeaders("v2," + strings.TrimPrefix(specSig, "v1,")), body, now, 0, ErrNoMatchingSig},
		{"garbage signature", specSecret, specHeaders("v1,!!!"), body, now, 0, ErrNoMatchingSig},
		{"bad secret", "whsec_%%%", specHeaders(specSig), body, now, 0, ErrInvalidSecret},
		{"short secret", "whsec_" + base64.StdEncoding.EncodeToString([]byte("short")), specHeaders(specSig), body, now, 0, ErrInvalidSecret},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Verify(c.secret, c.h, c.body, c.now, c.tol)
			if !errors.Is(err, c.want) {
				t.Fatalf("Verify = %v, want %v", err, c.want)
			}
		})
	}
}

func TestVerifyAnyOfSeveralSignatures(t *testing.T) {
	now := time.Unix(specTS, 0)
	// Key rotation: the sender signs with the old and the new secret.
	h := specHeaders("v1,AAAA v1a,xyz " + specSig)
	if err := Verify(specSecret, h, []byte(specBody), now, 0); err != nil {
		t.Fatalf("Verify with several signatures = %v", err)
	}
	// Within tolerance on both sides.
	for _, d := range []time.Duration{-5 * time.Minute, 5 * time.Minute} {
		if err := Verify(specSecret, specHeaders(specSig), []byte(specBody), now.Add(d), 0); err != nil {
			t.Fatalf("Verify at %v = %v", d, err)
		}
	}
}

func TestNewSecretRoundTrip(t *testing.T) {
	a, b := NewSecret(), NewSecret()
	if a == b || !strings.HasPrefix(a, "whsec_") {
		t.Fatalf("NewSecret = %q, %q", a, b)
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(a, "whsec_"))
	if err != nil || len(key) != 32 {
		t.Fatalf("secret key: %d bytes, %v", len(key), err)
	}
	s, err := NewSigner(a)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	body := []byte(`{"type":"notice"}`)
	h := http.Header{}
	s.SetHeaders(h, "dlv_1", now, body)
	if err := Verify(a, h, body, now, 0); err != nil {
		t.Fatalf("round trip: %v", err)
	}
	if err := Verify(b, h, body, now, 0); !errors.Is(err, ErrNoMatchingSig) {
		t.Fatalf("other secret: %v", err)
	}
	// Raw-key signer interoperates with the secret form.
	ks, err := NewSignerKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if ks.Sign("dlv_1", now, body) != s.Sign("dlv_1", now, body) {
		t.Fatal("NewSignerKey and NewSigner disagree")
	}
	if err := VerifyKey(key, h, body, now, 0); err != nil {
		t.Fatalf("VerifyKey: %v", err)
	}
	if _, err := NewSignerKey([]byte("short")); !errors.Is(err, ErrInvalidSecret) {
		t.Fatalf("short key: %v", err)
	}
}
