// Package usertoken verifies the short-lived user tokens a tenant's backend
// signs for its signed-in users: the tenant's public keys (JWKS, inline or
// fetched and cached), the signature and claim checks, and the claims the
// service turns into an inbox principal. It knows nothing of HTTP handlers
// or storage.
package usertoken

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"encoding/json"
	"errors"
	"fmt"

	jose "github.com/go-jose/go-jose/v4"
)

// Accepted signature algorithms. Anything else (none, HS*, RS*, PS*, ES384,
// ES512) is refused before any key is looked at.
var algorithms = []jose.SignatureAlgorithm{jose.EdDSA, jose.ES256}

const (
	// MaxJWKSBytes caps a key set, inline or fetched.
	MaxJWKSBytes = 64 << 10
	// MaxKeys caps the keys in one set (rotation needs two or three).
	MaxKeys = 16
)

// KeySet is a validated set of public verification keys, by kid.
type KeySet struct {
	keys map[string]key
}

type key struct {
	alg jose.SignatureAlgorithm
	pub any // ed25519.PublicKey or *ecdsa.PublicKey (P-256)
}

// Len is the number of keys.
func (ks *KeySet) Len() int {
	if ks == nil {
		return 0
	}
	return len(ks.keys)
}

// KIDs lists the key ids (for the settings view).
func (ks *KeySet) KIDs() []string {
	out := make([]string, 0, ks.Len())
	if ks != nil {
		for k := range ks.keys {
			out = append(out, k)
		}
	}
	return out
}

// ParseJWKS validates a JSON Web Key Set: every key public, with a unique
// non-empty kid, either an Ed25519 key (kty OKP, used with EdDSA) or a
// P-256 key (kty EC, used with ES256); "alg", if present, must match the
// key type and "use", if present, must be "sig". The error says which key
// is wrong, never its material.
func ParseJWKS(raw []byte) (*KeySet, error) {
	if len(raw) > MaxJWKSBytes {
		return nil, fmt.Errorf("the key set is larger than %d KiB", MaxJWKSBytes>>10)
	}
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(raw, &set); err != nil {
		return nil, errors.New(`the key set is not a JSON Web Key Set ({"keys": [...]})`)
	}
	if len(set.Keys) == 0 {
		return nil, errors.New("the key set holds no keys")
	}
	if len(set.Keys) > MaxKeys {
		return nil, fmt.Errorf("the key set holds more than %d keys", MaxKeys)
	}
	ks := &KeySet{keys: make(map[string]key, len(set.Keys))}
	for i, rk := range set.Keys {
		var jwk jose.JSONWebKey
		if err := jwk.UnmarshalJSON(rk); err != nil {
			return nil, fmt.Errorf("key %d is not a valid JSON Web Key", i)
		}
		if jwk.KeyID == "" || len(jwk.KeyID) > 128 {
			return nil, fmt.Errorf("key %d needs a kid (at most 128 characters)", i)
		}
		if _, dup := ks.keys[jwk.KeyID]; dup {
			return nil, fmt.Errorf("key %d repeats kid %q", i, jwk.KeyID)
		}
		if !jwk.IsPublic() || !jwk.Valid() {
			return nil, fmt.Errorf("key %q must be a valid public key (never a private one)", jwk.KeyID)
		}
		if jwk.Use != "" && jwk.Use != "sig" {
			return nil, fmt.Errorf(`key %q has use %q; only "sig" keys verify tokens`, jwk.KeyID, jwk.Use)
		}
		var k key
		switch pub := jwk.Key.(type) {
		case ed25519.PublicKey:
			k = key{alg: jose.EdDSA, pub: pub}
		case *ecdsa.PublicKey:
			if pub.Curve != elliptic.P256() {
				return nil, fmt.Errorf("key %q: only the P-256 curve (ES256) is accepted", jwk.KeyID)
			}
			k = key{alg: jose.ES256, pub: pub}
		default:
			return nil, fmt.Errorf("key %q: only Ed25519 (EdDSA) and P-256 (ES256) keys are accepted", jwk.KeyID)
		}
		if jwk.Algorithm != "" && jwk.Algorithm != string(k.alg) {
			return nil, fmt.Errorf("key %q: alg %q does not match its key type (%s)", jwk.KeyID, jwk.Algorithm, k.alg)
		}
		ks.keys[jwk.KeyID] = k
	}
	return ks, nil
}
