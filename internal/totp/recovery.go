package totp

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"strings"
)

// Recovery codes are 10 characters from Crockford's base32 alphabet, shown in lower
// case as "xxxxx-xxxxx". The alphabet leaves out i, l, o and u, so no code contains a
// letter that can be mistaken for 1 or 0; NormalizeRecovery still reads a typed i or
// l as 1 and o as 0. Each character carries 5 bits chosen uniformly with crypto/rand,
// so a code has 50 bits of entropy.
const (
	recoveryAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"
	recoveryLen      = 10
	// MaxRecoveryCodes bounds NewRecoveryCodes.
	MaxRecoveryCodes = 100
)

// ErrRecoveryCount is returned by NewRecoveryCodes for n outside 1..MaxRecoveryCodes.
var ErrRecoveryCount = errors.New("totp: recovery code count out of range")

// NewRecoveryCodes returns n distinct new recovery codes formatted for display
// ("7k3qd-xw9fa"). Show them once; store only HashRecovery of each.
func NewRecoveryCodes(n int) ([]string, error) {
	if n < 1 || n > MaxRecoveryCodes {
		return nil, ErrRecoveryCount
	}
	codes := make([]string, 0, n)
	seen := make(map[string]bool, n)
	buf := make([]byte, recoveryLen)
	for len(codes) < n {
		if _, err := rand.Read(buf); err != nil {
			return nil, errors.New("totp: reading randomness failed")
		}
		var b strings.Builder
		for i, c := range buf {
			if i == recoveryLen/2 {
				b.WriteByte('-')
			}
			// 256 is a multiple of 32, so the low 5 bits of a uniform byte are uniform.
			b.WriteByte(recoveryAlphabet[c&31])
		}
		code := b.String()
		if !seen[code] {
			seen[code] = true
			codes = append(codes, code)
		}
	}
	return codes, nil
}

// NormalizeRecovery turns what a person typed into the canonical form of a recovery
// code (10 lower-case characters, no separator), ignoring case, spaces and dashes and
// reading i and l as 1 and o as 0. It reports false for anything else.
func NormalizeRecovery(s string) (string, bool) {
	if len(s) > 64 {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case ' ', '-':
			continue
		case 'i', 'l':
			c = '1'
		case 'o':
			c = '0'
		}
		if strings.IndexByte(recoveryAlphabet, c) < 0 {
			return "", false
		}
		b.WriteByte(c)
	}
	if b.Len() != recoveryLen {
		return "", false
	}
	return b.String(), true
}

// recoveryDomain separates these hashes from any other SHA-256 of the same text.
const recoveryDomain = "sealpost recovery code v1\x00"

// HashRecovery returns the value to store for a normalised recovery code.
//
// A fast hash is enough here, unlike for passwords, because the input is not chosen
// by a person: each code is 50 uniformly random bits, so there is no dictionary to
// try first, and recovering a code from its hash means about 2^49 SHA-256 evaluations
// on average for one code. That is within reach of dedicated hardware, which is why a
// recovery code only stands in for the second factor: it is useless without the
// account's password, which is protected by argon2id. Callers should still keep the
// hashes with the other account secrets and compare them with MatchRecovery.
func HashRecovery(normalized string) []byte {
	h := sha256.Sum256([]byte(recoveryDomain + normalized))
	return h[:]
}

// MatchRecovery reports which of the stored hashes, if any, belongs to the
// normalised code. Every stored hash is compared, in constant time.
func MatchRecovery(normalized string, hashes [][]byte) (index int, ok bool) {
	h := HashRecovery(normalized)
	index = -1
	for i, stored := range hashes {
		if subtle.ConstantTimeCompare(h, stored) == 1 && index < 0 {
			index = i
		}
	}
	return index, index >= 0
}
