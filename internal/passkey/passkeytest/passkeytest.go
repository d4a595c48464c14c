// Package passkeytest is a software WebAuthn authenticator for tests: one
// ECDSA P-256 credential, "none" attestation, and a signature counter and
// response fields the test controls (to play an attacker).
package passkeytest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/go-webauthn/webauthn/protocol/webauthncbor"
	"github.com/go-webauthn/webauthn/protocol/webauthncose"
)

var b64u = base64.RawURLEncoding

// Authenticator is a software WebAuthn authenticator: one ECDSA P-256 credential,
// "none" attestation, and a signature counter the test controls.
type Authenticator struct {
	Key     *ecdsa.PrivateKey
	CredID  []byte
	Counter uint32
	// What it puts in its responses; the tests change them to play an attacker.
	RPID   string
	Origin string
	Flags  byte
}

func NewAuthenticator(t testing.TB, rpID, origin string) *Authenticator {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id := make([]byte, 32)
	rand.Read(id)
	return &Authenticator{Key: key, CredID: id, RPID: rpID, Origin: origin, Flags: FlagUP | FlagUV}
}

const (
	FlagUP = 0x01
	FlagUV = 0x04
	FlagAT = 0x40
)

// Options is the part of the server's options JSON the authenticator reads.
type Options struct {
	PublicKey struct {
		Challenge string `json:"challenge"`
		RP        struct {
			ID string `json:"id"`
		} `json:"rp"`
		RPID string `json:"rpId"`
		User struct {
			ID string `json:"id"`
		} `json:"user"`
		UserVerification       string `json:"userVerification"`
		Attestation            string `json:"attestation"`
		AuthenticatorSelection struct {
			ResidentKey      string `json:"residentKey"`
			RequireResident  *bool  `json:"requireResidentKey"`
			UserVerification string `json:"userVerification"`
		} `json:"authenticatorSelection"`
		ExcludeCredentials []struct {
			ID string `json:"id"`
		} `json:"excludeCredentials"`
		AllowCredentials []struct {
			ID string `json:"id"`
		} `json:"allowCredentials"`
	} `json:"publicKey"`
}

func ParseOptions(t testing.TB, b []byte) Options {
	t.Helper()
	var o Options
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatalf("options JSON: %v\n%s", err, b)
	}
	if o.PublicKey.Challenge == "" {
		t.Fatalf("options without a challenge: %s", b)
	}
	return o
}

func (a *Authenticator) ClientData(t testing.TB, typ, challenge string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{"type": typ, "challenge": challenge, "origin": a.Origin, "crossOrigin": false})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (a *Authenticator) AuthData(flags byte) []byte {
	h := sha256.Sum256([]byte(a.RPID))
	out := append([]byte{}, h[:]...)
	out = append(out, flags)
	return binary.BigEndian.AppendUint32(out, a.Counter)
}

// coseKey is the credential public key in COSE_Key form (kty EC2, alg ES256, crv P-256).
func (a *Authenticator) CoseKey(t testing.TB) []byte {
	t.Helper()
	pub, err := a.Key.PublicKey.ECDH()
	if err != nil {
		t.Fatal(err)
	}
	raw := pub.Bytes() // 0x04 || X || Y
	b, err := webauthncbor.Marshal(webauthncose.EC2PublicKeyData{
		PublicKeyData: webauthncose.PublicKeyData{KeyType: int64(webauthncose.EllipticKey), Algorithm: int64(webauthncose.AlgES256)},
		Curve:         int64(webauthncose.P256),
		XCoord:        raw[1:33],
		YCoord:        raw[33:65],
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Create answers BeginRegistration's options as navigator.credentials.create would.
func (a *Authenticator) Create(t testing.TB, opts []byte) []byte {
	t.Helper()
	o := ParseOptions(t, opts)
	cd := a.ClientData(t, "webauthn.create", o.PublicKey.Challenge)
	ad := a.AuthData(a.Flags | FlagAT)
	ad = append(ad, make([]byte, 16)...) // AAGUID: zero, as with "none" attestation
	ad = binary.BigEndian.AppendUint16(ad, uint16(len(a.CredID)))
	ad = append(ad, a.CredID...)
	ad = append(ad, a.CoseKey(t)...)
	att, err := webauthncbor.Marshal(map[string]any{"fmt": "none", "attStmt": map[string]any{}, "authData": ad})
	if err != nil {
		t.Fatal(err)
	}
	return MustJSON(t, map[string]any{
		"id": b64u.EncodeToString(a.CredID), "rawId": b64u.EncodeToString(a.CredID), "type": "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64u.EncodeToString(cd),
			"attestationObject": b64u.EncodeToString(att),
			"transports":        []string{"internal"},
		},
		"clientExtensionResults": map[string]any{},
	})
}

// Get answers BeginLogin's options as navigator.credentials.get would, after
// advancing its counter by step (0: leave it).
func (a *Authenticator) Get(t testing.TB, opts []byte, userHandle []byte) []byte {
	t.Helper()
	o := ParseOptions(t, opts)
	cd := a.ClientData(t, "webauthn.get", o.PublicKey.Challenge)
	ad := a.AuthData(a.Flags)
	cdHash := sha256.Sum256(cd)
	digest := sha256.Sum256(append(append([]byte{}, ad...), cdHash[:]...))
	sig, err := ecdsa.SignASN1(rand.Reader, a.Key, digest[:])
	if err != nil {
		t.Fatal(err)
	}
	return MustJSON(t, map[string]any{
		"id": b64u.EncodeToString(a.CredID), "rawId": b64u.EncodeToString(a.CredID), "type": "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64u.EncodeToString(cd),
			"authenticatorData": b64u.EncodeToString(ad),
			"signature":         b64u.EncodeToString(sig),
			"userHandle":        b64u.EncodeToString(userHandle),
		},
		"clientExtensionResults": map[string]any{},
	})
}

func MustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
