package audit

import (
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
)

// KeyPurpose is the label a key source derives the audit secret under (see
// seal.KeySource.DeriveKey).
const KeyPurpose = "audit-chain-v1"

// Keys are the audit log's secrets, derived from the key source's audit secret
// and never stored in the database: one HMAC key per tenant chain and one
// Ed25519 key that signs checkpoints. It is safe for concurrent use.
type Keys struct {
	secret []byte
	sign   ed25519.PrivateKey
}

// NewKeys derives the chain and signing keys from secret (at least 32 bytes
// of key material from the key source).
func NewKeys(secret []byte) (*Keys, error) {
	if len(secret) < 32 {
		return nil, errors.New("audit: key material too short")
	}
	seed, err := hkdf.Expand(sha256.New, secret, "sealpost audit checkpoint signing key v1", ed25519.SeedSize)
	if err != nil {
		return nil, err
	}
	return &Keys{secret: append([]byte(nil), secret...), sign: ed25519.NewKeyFromSeed(seed)}, nil
}

// ChainKey is the HMAC key of tenant's chain.
func (k *Keys) ChainKey(tenant string) []byte {
	key, err := hkdf.Expand(sha256.New, k.secret, "sealpost audit chain key v1\x00"+tenant, sha256.Size)
	if err != nil {
		panic(err) // 32 bytes of SHA-256 HKDF output cannot fail
	}
	return key
}

// PublicKey is the checkpoint verification key, for auditors.
func (k *Keys) PublicKey() ed25519.PublicKey { return k.sign.Public().(ed25519.PublicKey) }

// KeyID names a public key in checkpoints: the first 8 bytes of its SHA-256, hex.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:8])
}

// Linker computes one tenant's keyed chain links. Not safe for concurrent use.
type Linker struct {
	mac hash.Hash
	buf []byte
}

// Linker returns the link function of tenant's chain.
func (k *Keys) Linker(tenant string) *Linker {
	return &Linker{mac: hmac.New(sha256.New, k.ChainKey(tenant))}
}

// Link returns the keyed (FormatHMAC) hash of e placed at seq after prev.
func (l *Linker) Link(prev []byte, seq int64, e Event) []byte {
	l.mac.Reset()
	l.buf = appendLink(l.buf[:0], "sealpost-audit-v2", prev, seq, e)
	l.mac.Write(l.buf)
	return l.mac.Sum(nil)
}
