//go:build !(cgo && linux)

package osslrsa

import (
	"crypto"
	"crypto/rsa"
	"fmt"
	"io"
)

func load() (string, error) {
	return "", fmt.Errorf("%w: built without cgo (or not on linux)", ErrUnavailable)
}

// signer is never constructed in this build: New fails in Available first.
type signer struct{ key *rsa.PrivateKey }

func newSigner(*rsa.PrivateKey) (*signer, error) {
	return nil, fmt.Errorf("%w: built without cgo (or not on linux)", ErrUnavailable)
}

func (s *signer) Public() crypto.PublicKey { return s.key.Public() }

func (s *signer) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return signGo(s.key, rand, digest, opts)
}
