// Package totp is the authenticator-app second factor for patient sign-in: RFC 6238
// time-based one-time passwords (built on github.com/pquerna/otp) and single-use
// recovery codes for when the authenticator is lost.
//
// A TOTP code is accepted at most once: Verify returns the time step the code belongs
// to, the caller stores it with the secret, and passes it back as lastStep next time;
// codes of that step or any earlier one are refused. This also stops a code from being
// replayed within its 30-second window (and the ±1 step of skew).
//
// Nothing returned as an error or logged by this package contains a secret or a code.
package totp

import (
	"bytes"
	"crypto/subtle"
	"encoding/base32"
	"errors"
	"image/png"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// The parameters every authenticator app understands (RFC 6238 defaults).
const (
	Period     = 30 // seconds per step
	Digits     = 6
	Skew       = 1  // steps accepted either side of the current one
	SecretSize = 20 // bytes (160 bits, RFC 4226 section 4 recommends 160)
	QRSize     = 200
)

// minSecretBytes is the shortest secret Verify accepts: 128 bits, the minimum of
// RFC 4226 section 4 (R6).
const minSecretBytes = 16

// Key is a new TOTP enrolment: the secret to store (sealed) for the account, and the
// two ways to hand it to an authenticator app.
type Key struct {
	Secret string // base32 without padding, 160 bits
	URI    string // otpauth://totp/Issuer:account?...
	QRPNG  []byte // the URI as a QR code, PNG, QRSize×QRSize pixels
}

// ErrLabel is returned by Generate when the issuer or account label is empty or
// contains a colon (which would make the otpauth label ambiguous).
var ErrLabel = errors.New("totp: issuer and account label must be non-empty and contain no colon")

// Generate makes a new random secret for account (a non-PHI label chosen by the
// caller, shown in the authenticator app next to issuer).
func Generate(issuer, account string) (Key, error) {
	if issuer == "" || account == "" || strings.Contains(issuer, ":") || strings.Contains(account, ":") {
		return Key{}, ErrLabel
	}
	k, err := totp.Generate(totp.GenerateOpts{
		Issuer:      issuer,
		AccountName: account,
		Period:      Period,
		SecretSize:  SecretSize,
		Digits:      otp.DigitsSix,
		Algorithm:   otp.AlgorithmSHA1,
	})
	if err != nil {
		return Key{}, errors.New("totp: generating key failed")
	}
	img, err := k.Image(QRSize, QRSize)
	if err != nil {
		return Key{}, errors.New("totp: rendering QR code failed")
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return Key{}, errors.New("totp: encoding QR code failed")
	}
	return Key{Secret: k.Secret(), URI: k.String(), QRPNG: buf.Bytes()}, nil
}

// opts are the options Verify uses.
var opts = totp.ValidateOpts{Period: Period, Skew: Skew, Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}

// Verify checks code against secret at time now. It accepts the code of the current
// 30-second step or of one step either side, but only for steps after lastStep (pass
// 0 when the account has never used a code). On success it returns the step the code
// belongs to; the caller must store it as the new lastStep, so that the code, and any
// earlier one, is never accepted again.
//
// Spaces in code are ignored ("123 456"); anything else that is not exactly six ASCII
// digits is refused. The comparison is constant-time.
func Verify(secret, code string, now time.Time, lastStep int64) (step int64, ok bool) {
	return verify(secret, code, now, lastStep, opts)
}

// maxCodeLen bounds the input before spaces are stripped; maxUnix (the end of the
// year 9999) keeps the step arithmetic far from overflowing.
const (
	maxCodeLen = 32
	maxUnix    = 253402300799
)

// verify is Verify with the options as a parameter, so that the tests can run the
// RFC 6238 test vectors (8 digits, SHA-256, SHA-512) through the same code.
func verify(secret, code string, now time.Time, lastStep int64, o totp.ValidateOpts) (int64, bool) {
	if len(code) > maxCodeLen {
		return 0, false
	}
	code = strings.ReplaceAll(code, " ", "")
	if len(code) != o.Digits.Length() {
		return 0, false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return 0, false
		}
	}
	if !validSecret(secret) {
		return 0, false
	}
	period := int64(o.Period)
	if now.Unix() < 0 || now.Unix() > maxUnix {
		return 0, false
	}
	current := now.Unix() / period
	// Compare against every candidate step without stopping at the first match, and
	// keep the latest matching step: if two steps' codes happened to be equal, storing
	// the later one keeps the code from being accepted again in the later step.
	matched := int64(-1)
	for s := current - int64(o.Skew); s <= current+int64(o.Skew); s++ {
		if s < 0 || s <= lastStep {
			continue
		}
		want, err := codeAt(secret, s, o)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			matched = s
		}
	}
	if matched < 0 {
		return 0, false
	}
	return matched, true
}

// codeAt is the code for step s: pquerna's GenerateCodeCustom at the first second of
// the step.
func codeAt(secret string, s int64, o totp.ValidateOpts) (string, error) {
	return totp.GenerateCodeCustom(secret, time.Unix(s*int64(o.Period), 0).UTC(), o)
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// validSecret reports whether secret is unpadded (or padded) base32 of at least
// minSecretBytes bytes, upper or lower case.
func validSecret(secret string) bool {
	s := strings.ToUpper(strings.TrimRight(secret, "="))
	b, err := b32.DecodeString(s)
	return err == nil && len(b) >= minSecretBytes
}
