// Package osslrsa signs RSA PKCS#1 v1.5 digests with the system's OpenSSL 3
// libcrypto, loaded at run time.
//
// Why: DKIM signing is dominated by RSA private-key operations, and on our
// hosts libcrypto's RSA-2048 signature is roughly four times faster than
// crypto/rsa's. No OpenSSL binding module is available, so this package uses
// cgo with libc headers only: libcrypto.so.3 is opened with dlopen and the few
// functions it needs are looked up with dlsym. Building therefore needs no
// OpenSSL headers, and the binary still starts on a machine without
// libcrypto; there [Available] and [New] report an error wrapping
// [ErrUnavailable].
//
// What is supported: [New] wraps an *rsa.PrivateKey in a [crypto.Signer]
// whose Sign, for a 32-byte digest with opts.HashFunc() == crypto.SHA256 and
// opts not *rsa.PSSOptions, produces the PKCS#1 v1.5 signature computed by
// libcrypto. PKCS#1 v1.5 signatures are deterministic, so the output is
// byte-identical to rsa.SignPKCS1v15(nil, key, crypto.SHA256, digest); New
// checks this once per key with a known-answer comparison before returning.
// Every other request (other hashes, PSS, nil opts) is delegated to
// key.Sign, so the signer is a complete replacement for the key.
//
// Fallback: callers should treat an error wrapping [ErrUnavailable] from
// [New] as "use the *rsa.PrivateKey directly":
//
//	signer, err := osslrsa.New(key)
//	if errors.Is(err, osslrsa.ErrUnavailable) {
//		signer, err = key, nil
//	}
//
// Requirements: OpenSSL >= 3.0 as libcrypto.so.3 on Linux, and a cgo build.
// Without cgo (or on other systems) the package compiles to a stub that
// always reports ErrUnavailable.
//
// The key passed to New must not be modified afterwards: libcrypto works on
// its own copy, imported once.
package osslrsa

import (
	"bytes"
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"sync"
)

// ErrUnavailable is returned (wrapped, with the reason) when libcrypto cannot
// be used: cgo is off, libcrypto.so.3 is not found, a symbol is missing, or
// its version is below 3.0.
var ErrUnavailable = errors.New("osslrsa: OpenSSL libcrypto 3 is not available")

var (
	loadOnce sync.Once
	loadErr  error
	loadVer  string
)

func loadLib() {
	loadVer, loadErr = load()
	if loadErr != nil {
		loadVer = ""
	}
}

// Available reports nil when libcrypto was loaded (once, lazily, thread-safe
// via sync.Once), else an error wrapping ErrUnavailable.
func Available() error {
	loadOnce.Do(loadLib)
	return loadErr
}

// Version returns libcrypto's version text (OpenSSL_version(OPENSSL_VERSION))
// or "" when unavailable.
func Version() string {
	loadOnce.Do(loadLib)
	return loadVer
}

// selfTestDigest is the fixed digest New signs with both implementations to
// check that libcrypto imported the key correctly.
var selfTestDigest = sha256.Sum256([]byte("osslrsa known-answer self-test"))

// New returns a crypto.Signer for key whose Sign produces byte-identical
// output to rsa.SignPKCS1v15(nil, key, crypto.SHA256, digest) for
// opts.HashFunc()==crypto.SHA256 with non-PSS opts, computed by libcrypto.
// For any other hash or for *rsa.PSSOptions, Sign delegates to key.Sign (Go's
// implementation), so it is a full crypto.Signer. Public() returns
// key.Public().
//
// New validates the key (key.Validate()) and returns an error wrapping
// ErrUnavailable when libcrypto is unusable, including when libcrypto fails
// to import the key or disagrees with Go on a known-answer signature. Errors
// about the key itself (invalid, or refused by crypto/rsa, e.g. smaller than
// 1024 bits) do not wrap ErrUnavailable.
func New(key *rsa.PrivateKey) (crypto.Signer, error) {
	if key == nil {
		return nil, errors.New("osslrsa: nil key")
	}
	if err := key.Validate(); err != nil {
		return nil, fmt.Errorf("osslrsa: invalid key: %w", err)
	}
	if err := Available(); err != nil {
		return nil, err
	}
	want, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, selfTestDigest[:])
	if err != nil {
		return nil, fmt.Errorf("osslrsa: key refused by crypto/rsa: %w", err)
	}
	s, err := newSigner(key)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	got, err := s.Sign(nil, selfTestDigest[:], crypto.SHA256)
	if err != nil {
		return nil, fmt.Errorf("%w: self-test: %w", ErrUnavailable, err)
	}
	if !bytes.Equal(got, want) {
		return nil, fmt.Errorf("%w: self-test: libcrypto signature differs from crypto/rsa", ErrUnavailable)
	}
	return s, nil
}

// useOpenSSL reports whether Sign should go to libcrypto for opts.
func useOpenSSL(opts crypto.SignerOpts) bool {
	if opts == nil {
		return false // key.Sign decides (it panics, like crypto/rsa).
	}
	if _, pss := opts.(*rsa.PSSOptions); pss {
		return false
	}
	return opts.HashFunc() == crypto.SHA256
}

// signGo is the delegation path shared by both builds.
func signGo(key *rsa.PrivateKey, rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return key.Sign(rand, digest, opts)
}

// checkDigest returns an error unless digest has SHA-256's length.
func checkDigest(digest []byte) error {
	if len(digest) != sha256.Size {
		return fmt.Errorf("osslrsa: digest is %d bytes, want %d for SHA-256", len(digest), sha256.Size)
	}
	return nil
}
