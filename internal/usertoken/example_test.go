package usertoken_test

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"

	"github.com/sealpost/sealpost/internal/usertoken"
)

// mintUserToken is the portal side, as in docs/integrate.md.
func mintUserToken(key ed25519.PrivateKey, tenantID, externalID string, authTime time.Time, secondFactor bool) (string, error) {
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.EdDSA, Key: key},
		(&jose.SignerOptions{}).WithType("JWT").WithHeader("kid", "portal-2026-03"))
	if err != nil {
		return "", err
	}
	amr := []string{"pwd"}
	if secondFactor {
		amr = append(amr, "otp")
	}
	now := time.Now()
	return jwt.Signed(signer).Claims(map[string]any{
		"sub":       externalID,
		"aud":       tenantID,
		"iat":       now.Unix(),
		"exp":       now.Add(5 * time.Minute).Unix(),
		"auth_time": authTime.Unix(),
		"amr":       amr,
		"jti":       rand.Text(), // any unique string
	}).Serialize()
}

// A portal mints a token; sealpost verifies it with the registered key set.
func Example() {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	jwk, _ := json.Marshal(jose.JSONWebKey{Key: pub, KeyID: "portal-2026-03", Use: "sig"})
	cfg := usertoken.Config{JWKS: json.RawMessage(`{"keys":[` + string(jwk) + `]}`)}

	tok, err := mintUserToken(priv, "ten_example", "patient-42", time.Now(), true)
	if err != nil {
		panic(err)
	}
	c := usertoken.NewCache(nil, nil)
	claims, err := c.Verify(context.Background(), tok, func(context.Context, string) (usertoken.Config, bool, error) { return cfg, true, nil })
	fmt.Println(claims.TenantID, claims.Subject, claims.SecondFactor(), err)
	// Output: ten_example patient-42 true <nil>
}
