package email

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/sealpost/sealpost/internal/osslrsa"
)

// DKIMKey is one DKIM signing key: the d= domain, the s= selector and a PEM
// file holding a PKCS#8 or PKCS#1 RSA key of at least 2048 bits, or a PKCS#8
// Ed25519 key.
type DKIMKey struct {
	Domain, Selector, KeyFile string
}

type signingKey struct {
	domain, selector string
	signer           crypto.Signer
	describe         string // algorithm and implementation, for the startup log
}

// RSAImpl says which implementation computes RSA DKIM signatures.
type RSAImpl string

const (
	// RSAAuto uses the system's OpenSSL 3 libcrypto when it can be loaded
	// (about four times faster here) and Go's crypto/rsa otherwise.
	RSAAuto RSAImpl = "auto"
	// RSAGo always uses Go's crypto/rsa.
	RSAGo RSAImpl = "go"
	// RSAOpenSSL requires libcrypto: without it the sender does not start.
	RSAOpenSSL RSAImpl = "openssl"
)

const minRSABits = 2048

func loadDKIMKey(k DKIMKey, impl RSAImpl) (signingKey, error) {
	if !isHostname(k.Domain) {
		return signingKey{}, errors.New("dkim: domain is not a valid DNS name")
	}
	if !isHostname(k.Selector) {
		return signingKey{}, errors.New("dkim: selector is not a valid DNS label")
	}
	data, err := os.ReadFile(k.KeyFile)
	if err != nil {
		return signingKey{}, fmt.Errorf("dkim: reading key file: %w", err)
	}
	signer, err := parsePrivateKey(data)
	if err != nil {
		return signingKey{}, fmt.Errorf("dkim: %s: %w", k.KeyFile, err)
	}
	sk := signingKey{domain: strings.ToLower(k.Domain), selector: k.Selector, signer: signer, describe: "ed25519-sha256"}
	if rk, ok := signer.(*rsa.PrivateKey); ok {
		sk.signer, sk.describe, err = rsaSigner(rk, impl)
		if err != nil {
			return signingKey{}, fmt.Errorf("dkim: %s: %w", k.KeyFile, err)
		}
	}
	return sk, nil
}

// rsaSigner picks the implementation that signs with key (see RSAImpl).
// libcrypto's signatures are checked against crypto/rsa's on a known answer
// before it is used.
func rsaSigner(key *rsa.PrivateKey, impl RSAImpl) (crypto.Signer, string, error) {
	switch impl {
	case "", RSAAuto, RSAOpenSSL:
	case RSAGo:
		return key, "rsa-sha256 (Go crypto/rsa)", nil
	default:
		return nil, "", fmt.Errorf("unknown RSA implementation %q (want auto, go or openssl)", impl)
	}
	s, err := osslrsa.New(key)
	switch {
	case err == nil:
		return s, "rsa-sha256 (" + osslrsa.Version() + ")", nil
	case errors.Is(err, osslrsa.ErrUnavailable) && impl != RSAOpenSSL:
		return key, "rsa-sha256 (Go crypto/rsa; libcrypto unavailable)", nil
	default:
		return nil, "", err
	}
}

func parsePrivateKey(data []byte) (crypto.Signer, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("no PEM block found")
	}
	var key any
	var err error
	switch block.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("unsupported PEM block %q (want PRIVATE KEY or RSA PRIVATE KEY)", block.Type)
	}
	if err != nil {
		return nil, err
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		if bits := k.N.BitLen(); bits < minRSABits {
			return nil, fmt.Errorf("RSA key has %d bits, at least %d required", bits, minRSABits)
		}
		return k, nil
	case ed25519.PrivateKey:
		return k, nil
	default:
		return nil, fmt.Errorf("unsupported key type %T (want RSA or Ed25519)", key)
	}
}

// signedHeaders are the header fields every signature covers;
// marketingHeaders are added when the notice is a marketing one.
var (
	signedHeaders    = []string{hFrom, hTo, hSubject, hDate, hMessageID, hMIME, hContentType}
	marketingHeaders = []string{hFrom, hTo, hSubject, hDate, hMessageID, hMIME, hContentType, hListUnsub, hListUnsubPo}
)

// sign returns raw preceded by one DKIM-Signature field per key (relaxed/
// relaxed canonicalization, SHA-256).
func sign(keys []signingKey, raw []byte, marketing bool) ([]byte, error) {
	if len(keys) == 0 {
		return raw, nil
	}
	hk := signedHeaders
	if marketing {
		hk = marketingHeaders
	}
	sigs := make([]string, 0, len(keys))
	size := len(raw)
	for _, k := range keys {
		s, err := dkim.NewSigner(&dkim.SignOptions{
			Domain:                 k.domain,
			Selector:               k.selector,
			Signer:                 k.signer,
			Hash:                   crypto.SHA256,
			HeaderCanonicalization: dkim.CanonicalizationRelaxed,
			BodyCanonicalization:   dkim.CanonicalizationRelaxed,
			HeaderKeys:             hk,
		})
		if err != nil {
			return nil, err
		}
		if _, err := s.Write(raw); err != nil {
			s.Close()
			return nil, err
		}
		if err := s.Close(); err != nil {
			return nil, err
		}
		sig := s.Signature()
		size += len(sig)
		sigs = append(sigs, sig)
	}
	var b bytes.Buffer
	b.Grow(size)
	for _, s := range sigs {
		b.WriteString(s)
	}
	b.Write(raw)
	return b.Bytes(), nil
}

// isHostname reports whether s is a plausible DNS name (letters, digits,
// hyphens, underscores, dots).
func isHostname(s string) bool {
	if s == "" || len(s) > 253 || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}
