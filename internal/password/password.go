// Package password hashes patients' passwords with argon2id and decides whether a
// new password is acceptable.
//
// Hashes are stored as PHC strings
//
//	$argon2id$v=19$m=65536,t=3,p=4$<salt>$<key>
//
// (salt and key in standard base64 without padding), so the parameters travel with
// each hash: Verify reads them back from the string, within fixed bounds so that a
// corrupted or hostile row cannot make one verification use gigabytes of memory or
// minutes of CPU, and NeedsRehash tells the caller when a stored hash should be
// replaced after a successful sign-in because the configured parameters changed.
//
// Passwords are normalised to Unicode NFC before hashing and checking, so the same
// password typed on systems that compose accents differently still verifies.
//
// Check applies the sign-up policy (length, a list of common passwords, repeated
// characters, personal details). The common-password list, common.txt, is embedded in
// the binary; it is Openwall's John the Ripper password.lst (3,546 entries compiled by
// Solar Designer, 1996–2011, stated in its header to be in the public domain), as shipped
// in Debian's john-data 1.9.0-2, lowercased and deduplicated to 3,410 entries. Its header
// records the exact source and how it was derived.
//
// No error from this package contains a password, a salt or a key.
package password

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/text/unicode/norm"
)

// Params are argon2id cost parameters.
type Params struct {
	Memory  uint32 // memory in KiB
	Time    uint32 // number of passes
	Threads uint8  // degree of parallelism
	SaltLen uint32 // salt length in bytes
	KeyLen  uint32 // derived key length in bytes
}

// DefaultParams is the second recommended option of RFC 9106 (section 4): argon2id with
// 64 MiB of memory, 3 passes, 4 lanes, a 16-byte salt and a 32-byte key.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 4, SaltLen: 16, KeyLen: 32}

// TestParams are deliberately cheap parameters for the tests of other packages. They
// must never be used to store a real password.
var TestParams = Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Bounds accepted for parameters, both when hashing and when reading a stored hash.
// The upper bounds keep the cost of one verification bounded (at most 256 MiB of
// memory and 10 passes) whatever is stored in the database.
const (
	MaxMemory  = 256 * 1024 // KiB
	MaxTime    = 10
	MaxThreads = 16
	MinSaltLen = 8
	MaxSaltLen = 64
	MinKeyLen  = 16
	MaxKeyLen  = 64
)

// MaxInputBytes bounds what Hash and Verify accept. Check refuses anything over
// MaxBytes already; this larger bound only stops a caller from feeding megabytes
// into the hash.
const MaxInputBytes = 4096

// Errors returned by Hash, Verify and Params.Validate.
var (
	// ErrMalformed means the stored string is not an argon2id PHC string this
	// package can read.
	ErrMalformed = errors.New("password: malformed argon2id hash")
	// ErrIncompatibleVersion means the hash names an argon2 version other than 19.
	ErrIncompatibleVersion = errors.New("password: unsupported argon2 version")
	// ErrParams means the parameters are outside the accepted bounds.
	ErrParams = errors.New("password: argon2id parameters out of bounds")
	// ErrInputTooLong means the password is longer than MaxInputBytes.
	ErrInputTooLong = errors.New("password: input too long")
)

// idKey is argon2.IDKey; tests replace it to observe which parameters are used.
var idKey = argon2.IDKey

// Validate reports whether p is within the accepted bounds.
func (p Params) Validate() error {
	switch {
	case p.Threads < 1 || p.Threads > MaxThreads,
		p.Time < 1 || p.Time > MaxTime,
		p.Memory < 8*uint32(p.Threads) || p.Memory > MaxMemory,
		p.SaltLen < MinSaltLen || p.SaltLen > MaxSaltLen,
		p.KeyLen < MinKeyLen || p.KeyLen > MaxKeyLen:
		return fmt.Errorf("%w: m=%d t=%d p=%d salt=%d key=%d",
			ErrParams, p.Memory, p.Time, p.Threads, p.SaltLen, p.KeyLen)
	}
	return nil
}

var b64 = base64.RawStdEncoding.Strict()

// Hash derives an argon2id key from pw with a fresh random salt and returns the PHC
// string to store.
func Hash(pw string, p Params) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	if len(pw) > MaxInputBytes {
		return "", ErrInputTooLong
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: reading random salt: %w", err)
	}
	key := idKey([]byte(norm.NFC.String(pw)), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return encode(p, salt, key), nil
}

func encode(p Params, salt, key []byte) string {
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// Verify reports whether pw matches the encoded hash. A wrong password gives
// (false, nil); an unreadable or out-of-bounds hash gives (false, err). The keys are
// compared in constant time.
func Verify(pw, encoded string) (ok bool, err error) {
	p, salt, want, err := decode(encoded)
	if err != nil {
		return false, err
	}
	if len(pw) > MaxInputBytes {
		return false, ErrInputTooLong
	}
	got := idKey([]byte(norm.NFC.String(pw)), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// DummyHash returns a well-formed hash with parameters p (all-zero salt and key)
// that no password is expected to match. Verify a sign-in's password against it
// when the sign-in names no account: built from the same parameters as the
// service hashes new passwords with, it costs exactly what a real check costs, so
// the answer's timing does not reveal which accounts exist.
func DummyHash(p Params) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	return encode(p, make([]byte, p.SaltLen), make([]byte, p.KeyLen)), nil
}

// dummyHash is DummyHash(DefaultParams); DummyVerify verifies against it.
var dummyHash = encode(DefaultParams, make([]byte, DefaultParams.SaltLen), make([]byte, DefaultParams.KeyLen))

// DummyVerify does the work of Verify against a DefaultParams hash and throws the
// result away. It matches the cost of DefaultParams accounts only: a caller that
// hashes with other parameters verifies against DummyHash of those instead.
func DummyVerify(pw string) {
	_, _ = Verify(pw, dummyHash)
}

// NeedsRehash reports whether encoded should be replaced by a fresh Hash(pw, p) after
// a successful Verify: when it cannot be read, or its parameters (memory, passes,
// lanes, salt or key length) differ from p, in either direction.
func NeedsRehash(encoded string, p Params) bool {
	got, _, _, err := decode(encoded)
	return err != nil || got != p
}

// decode parses a PHC string strictly: "$argon2id$v=19$m=M,t=T,p=P$salt$key", decimal
// numbers without sign or leading zeros, canonical unpadded standard base64, and all
// parameters within bounds. Whatever it accepts, encode gives back unchanged.
func decode(encoded string) (p Params, salt, key []byte, err error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, ErrMalformed
	}
	v, ok := strings.CutPrefix(parts[2], "v=")
	if !ok {
		return p, nil, nil, ErrMalformed
	}
	version, err := parseDecimal(v, 32)
	if err != nil {
		return p, nil, nil, ErrMalformed
	}
	if version != argon2.Version {
		return p, nil, nil, ErrIncompatibleVersion
	}
	fields := strings.Split(parts[3], ",")
	if len(fields) != 3 {
		return p, nil, nil, ErrMalformed
	}
	var nums [3]uint64
	for i, name := range [3]string{"m=", "t=", "p="} {
		s, ok := strings.CutPrefix(fields[i], name)
		if !ok {
			return p, nil, nil, ErrMalformed
		}
		bits := 32
		if i == 2 {
			bits = 8
		}
		if nums[i], err = parseDecimal(s, bits); err != nil {
			return p, nil, nil, ErrMalformed
		}
	}
	p = Params{Memory: uint32(nums[0]), Time: uint32(nums[1]), Threads: uint8(nums[2])}
	// Length checks before decoding, so a huge field costs nothing.
	if len(parts[4]) > b64.EncodedLen(MaxSaltLen) || len(parts[5]) > b64.EncodedLen(MaxKeyLen) {
		return p, nil, nil, ErrParams
	}
	if !isBase64(parts[4]) || !isBase64(parts[5]) {
		return p, nil, nil, ErrMalformed
	}
	if salt, err = b64.DecodeString(parts[4]); err != nil {
		return p, nil, nil, ErrMalformed
	}
	if key, err = b64.DecodeString(parts[5]); err != nil {
		return p, nil, nil, ErrMalformed
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	if err := p.Validate(); err != nil {
		return p, nil, nil, err
	}
	return p, salt, key, nil
}

// isBase64 reports whether s has only characters of the standard base64 alphabet.
// encoding/base64 skips '\r' and '\n' even in strict mode; refusing them keeps the
// accepted encodings canonical.
func isBase64(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/') {
			return false
		}
	}
	return true
}

// parseDecimal parses a canonical unsigned decimal: digits only, no leading zero
// unless the number is 0.
func parseDecimal(s string, bits int) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return 0, ErrMalformed
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, ErrMalformed
		}
	}
	return strconv.ParseUint(s, 10, bits)
}
