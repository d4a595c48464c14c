package usertoken

import (
	"crypto/subtle"
	"strings"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

const (
	// MaxTokenBytes caps a token; a longer one is refused before parsing.
	MaxTokenBytes = 8 << 10
	// MaxLifetime is the longest exp − iat accepted.
	MaxLifetime = 15 * time.Minute
	// Skew is the clock difference tolerated between the portal and
	// sealpost (iat and auth_time in the future, exp just passed).
	Skew = 30 * time.Second
)

// SecondFactors are the amr values (RFC 8176) that prove a second factor
// for restricted content: "mfa" (multiple factors), "otp" (one-time code),
// "hwk" (hardware key), "swk" (software key), "sc" (smart card), "fpt",
// "face", "iris" and "retina" (biometrics bound to a device).
var SecondFactors = []string{"mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina"}

// Error is a refused token. Code is stable (for audit and tests); Detail is
// a sentence for the integrator that never repeats token content.
type Error struct {
	Code   string
	Detail string
	// Subject is the token's sub when its signature verified (the refusal
	// is about a known recipient and is audited); "" otherwise.
	Subject string
}

func (e *Error) Error() string { return "usertoken: " + e.Code + ": " + e.Detail }

// Refusal codes.
const (
	CodeMalformed   = "malformed"
	CodeTooLarge    = "too_large"
	CodeAlgorithm   = "algorithm"
	CodeUnknownKey  = "unknown_kid"
	CodeSignature   = "signature"
	CodeExpired     = "expired"
	CodeLifetime    = "lifetime"
	CodeClaims      = "claims"
	CodeNoKeys      = "no_keys"
	CodeReplayed    = "replayed"
	CodeReset       = "reset"
	CodeNoRecipient = "unknown_recipient"
)

func refuse(code, detail string) *Error { return &Error{Code: code, Detail: detail} }

// Claims are a verified token's claims.
type Claims struct {
	TenantID string // aud
	Subject  string // sub: the recipient's external_id
	IssuedAt time.Time
	Expiry   time.Time
	AuthTime time.Time
	AMR      []string
	JTI      string
}

// SecondFactor reports whether amr names a second factor.
func (c Claims) SecondFactor() bool {
	for _, a := range c.AMR {
		for _, f := range SecondFactors {
			if a == f {
				return true
			}
		}
	}
	return false
}

type rawClaims struct {
	Sub      string           `json:"sub"`
	Aud      jwt.Audience     `json:"aud"`
	Exp      *jwt.NumericDate `json:"exp"`
	Iat      *jwt.NumericDate `json:"iat"`
	Nbf      *jwt.NumericDate `json:"nbf"`
	AuthTime *jwt.NumericDate `json:"auth_time"`
	AMR      []string         `json:"amr"`
	JTI      string           `json:"jti"`
}

// Parsed is a token whose form is checked but whose signature is not yet:
// Tenant names whose keys to verify it with.
type Parsed struct {
	Tenant string
	KID    string
	tok    *jwt.JSONWebToken
	alg    jose.SignatureAlgorithm
	raw    rawClaims
}

// Parse checks a token's size and form and reads (unverified) which tenant
// and key it claims. Only compact JWS with alg EdDSA or ES256, one
// signature, a kid, and a single audience pass.
func Parse(token string) (*Parsed, error) {
	if len(token) > MaxTokenBytes {
		return nil, refuse(CodeTooLarge, "the user token is larger than 8 KiB")
	}
	if strings.Count(token, ".") != 2 {
		return nil, refuse(CodeMalformed, "the user token is not a compact JWS (header.payload.signature)")
	}
	tok, err := jwt.ParseSigned(token, algorithms)
	if err != nil {
		if strings.Contains(err.Error(), "algorithm") {
			return nil, refuse(CodeAlgorithm, "the user token must be signed with EdDSA or ES256")
		}
		return nil, refuse(CodeMalformed, "the user token is not a well-formed signed JWT")
	}
	if len(tok.Headers) != 1 {
		return nil, refuse(CodeMalformed, "the user token must carry exactly one signature")
	}
	h := tok.Headers[0]
	if h.KeyID == "" {
		return nil, refuse(CodeUnknownKey, "the user token's header names no kid")
	}
	p := &Parsed{KID: h.KeyID, tok: tok, alg: jose.SignatureAlgorithm(h.Algorithm)}
	if err := tok.UnsafeClaimsWithoutVerification(&p.raw); err != nil {
		return nil, refuse(CodeMalformed, "the user token's claims are not a JSON object of the expected types")
	}
	if len(p.raw.Aud) != 1 || p.raw.Aud[0] == "" {
		return nil, refuse(CodeClaims, "aud must be exactly one value: the tenant id")
	}
	p.Tenant = p.raw.Aud[0]
	return p, nil
}

// Verify checks the signature with ks and the claims at now: aud is
// tenantID; sub, iat, exp and auth_time present; exp − iat at most
// MaxLifetime; not expired; iat, nbf and auth_time not in the future;
// auth_time not after iat.
func (p *Parsed) Verify(ks *KeySet, tenantID string, now time.Time) (Claims, error) {
	if subtle.ConstantTimeCompare([]byte(p.Tenant), []byte(tenantID)) != 1 {
		return Claims{}, refuse(CodeClaims, "aud is not this tenant")
	}
	if ks.Len() == 0 {
		return Claims{}, refuse(CodeNoKeys, "this tenant has registered no user-token keys")
	}
	k, ok := ks.keys[p.KID]
	if !ok {
		return Claims{}, refuse(CodeUnknownKey, "the user token's kid is not in the tenant's key set")
	}
	if k.alg != p.alg {
		// alg confusion: the header must name the algorithm of the key's type.
		return Claims{}, refuse(CodeAlgorithm, "the user token's alg does not match its key")
	}
	var rc rawClaims
	if err := p.tok.Claims(k.pub, &rc); err != nil {
		return Claims{}, refuse(CodeSignature, "the user token's signature does not verify")
	}
	signed := func(code, detail string) *Error {
		e := refuse(code, detail)
		e.Subject = rc.Sub
		return e
	}
	if rc.Sub == "" || rc.Exp == nil || rc.Iat == nil || rc.AuthTime == nil {
		return Claims{}, signed(CodeClaims, "sub, exp, iat and auth_time are required")
	}
	c := Claims{TenantID: tenantID, Subject: rc.Sub, IssuedAt: rc.Iat.Time(), Expiry: rc.Exp.Time(),
		AuthTime: rc.AuthTime.Time(), AMR: rc.AMR, JTI: rc.JTI}
	if c.Expiry.Sub(c.IssuedAt) > MaxLifetime || !c.Expiry.After(c.IssuedAt) {
		return Claims{}, signed(CodeLifetime, "exp must be after iat and at most 15 minutes after it")
	}
	if !now.Before(c.Expiry.Add(Skew)) {
		return Claims{}, signed(CodeExpired, "the user token has expired; mint a new one")
	}
	if c.IssuedAt.After(now.Add(Skew)) || (rc.Nbf != nil && rc.Nbf.Time().After(now.Add(Skew))) {
		return Claims{}, signed(CodeClaims, "the user token is not valid yet (iat or nbf in the future)")
	}
	if c.AuthTime.After(c.IssuedAt.Add(Skew)) {
		return Claims{}, signed(CodeClaims, "auth_time is after iat")
	}
	if len(c.JTI) > 128 {
		return Claims{}, signed(CodeClaims, "jti is longer than 128 characters")
	}
	return c, nil
}
