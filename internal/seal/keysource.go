package seal

import (
	"bytes"
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/insecurecleartextkeyset"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// KeySource provides the root key-encryption AEAD. The key file ([KeyFile])
// is the embedded default; an external KMS (Vault/OpenBao transit) will
// implement the same interface.
type KeySource interface {
	// Root returns the root AEAD: it decrypts with any key in the set and
	// encrypts with the primary.
	Root(ctx context.Context) (tink.AEAD, error)
	// Rotate adds a new primary key; old keys stay usable for decryption.
	Rotate(ctx context.Context) error
	// DeriveKey returns 32 bytes of key material for purpose (e.g. the audit
	// chain's HMAC and signing keys), the same for as long as the source
	// exists: rotation does not change it. It never leaves the process and
	// is never stored in the database.
	DeriveKey(ctx context.Context, purpose string) ([]byte, error)
	// Describe says what the source is, e.g. "keyfile:/path (3 keys)".
	// It never includes key bytes.
	Describe() string
}

// KeyFile is a [KeySource] backed by a tink JSON keyset (AES256-GCM) kept in
// cleartext in a file of mode 0600. It is safe for concurrent use.
//
// The AEAD primitive is cached. Root checks the file's identity, size and
// modification time (one stat) and reloads it when another process has
// rotated it; Rotate and the first creation hold an advisory lock on
// path+".lock" so that processes on the same host do not overwrite each
// other's keys.
type KeyFile struct {
	path string

	mu     sync.Mutex
	handle *keyset.Handle
	prim   tink.AEAD
	info   fs.FileInfo
}

var _ KeySource = (*KeyFile)(nil)

// keyFileTemplate is the template for every root key.
var keyFileTemplate = aead.AES256GCMKeyTemplate

// OpenKeyFile opens the key file at path. If the file is missing and create is
// true, a new keyset with one AES256-GCM key is generated and written
// atomically with mode 0600 (the parent directory is created with mode 0700
// if needed). A file readable or writable by group or others is refused.
func OpenKeyFile(path string, create bool) (*KeyFile, error) {
	if path == "" {
		return nil, errors.New("seal: key file: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("seal: key file: %w", err)
	}
	kf := &KeyFile{path: abs}
	if _, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) {
		if !create {
			return nil, fmt.Errorf("seal: key file %s does not exist", abs)
		}
		if err := kf.create(); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fmt.Errorf("seal: key file: %w", err)
	}
	kf.mu.Lock()
	defer kf.mu.Unlock()
	if err := kf.load(); err != nil {
		return nil, err
	}
	return kf, nil
}

// Path returns the absolute path of the key file.
func (kf *KeyFile) Path() string { return kf.path }

// create generates and writes a new key file unless another process created
// it first.
func (kf *KeyFile) create() error {
	if err := os.MkdirAll(filepath.Dir(kf.path), 0o700); err != nil {
		return fmt.Errorf("seal: key file: create directory: %w", err)
	}
	unlock, err := lockFile(kf.path + ".lock")
	if err != nil {
		return fmt.Errorf("seal: key file: lock: %w", err)
	}
	defer unlock()
	if _, err := os.Stat(kf.path); err == nil {
		return nil // created by someone else meanwhile
	}
	h, err := keyset.NewHandle(keyFileTemplate())
	if err != nil {
		return fmt.Errorf("seal: key file: generate key: %w", err)
	}
	return kf.write(h)
}

// write serialises h and replaces the key file atomically.
func (kf *KeyFile) write(h *keyset.Handle) error {
	var buf bytes.Buffer
	if err := insecurecleartextkeyset.Write(h, keyset.NewJSONWriter(&buf)); err != nil {
		return fmt.Errorf("seal: key file: serialise keyset: %w", err)
	}
	buf.WriteByte('\n')
	if err := writeFileAtomic(kf.path, buf.Bytes()); err != nil {
		return fmt.Errorf("seal: key file: %w", err)
	}
	return nil
}

// load reads the key file; kf.mu must be held.
func (kf *KeyFile) load() error {
	f, err := os.Open(kf.path)
	if err != nil {
		return fmt.Errorf("seal: key file: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("seal: key file: %w", err)
	}
	if err := checkPerm(kf.path, info); err != nil {
		return err
	}
	h, err := insecurecleartextkeyset.Read(keyset.NewJSONReader(f))
	if err != nil {
		return fmt.Errorf("seal: key file %s: not a valid tink keyset", kf.path)
	}
	prim, err := aead.New(h)
	if err != nil {
		return fmt.Errorf("seal: key file %s: not an AEAD keyset: %w", kf.path, err)
	}
	kf.handle, kf.prim, kf.info = h, prim, info
	return nil
}

func checkPerm(path string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("seal: key file %s is not a regular file", path)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("seal: key file %s has mode %04o; refusing to use a key file readable or writable by group or others (run: chmod 600 %s)",
			path, info.Mode().Perm(), path)
	}
	return nil
}

// reloadIfChanged reloads the keyset when the file on disk is not the one
// last loaded; kf.mu must be held.
func (kf *KeyFile) reloadIfChanged() error {
	info, err := os.Stat(kf.path)
	if err != nil {
		return fmt.Errorf("seal: key file: %w", err)
	}
	if kf.info != nil && os.SameFile(info, kf.info) && info.Size() == kf.info.Size() &&
		info.ModTime().Equal(kf.info.ModTime()) && info.Mode() == kf.info.Mode() {
		return nil
	}
	return kf.load()
}

// Root returns the cached root AEAD, reloading the file first if it changed
// on disk.
func (kf *KeyFile) Root(ctx context.Context) (tink.AEAD, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kf.mu.Lock()
	defer kf.mu.Unlock()
	if err := kf.reloadIfChanged(); err != nil {
		return nil, err
	}
	return kf.prim, nil
}

// Reload re-reads the key file unconditionally.
func (kf *KeyFile) Reload() error {
	kf.mu.Lock()
	defer kf.mu.Unlock()
	return kf.load()
}

// Rotate adds a new AES256-GCM key, makes it primary and rewrites the file
// atomically. Old keys stay in the set for decryption.
func (kf *KeyFile) Rotate(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	kf.mu.Lock()
	defer kf.mu.Unlock()
	unlock, err := lockFile(kf.path + ".lock")
	if err != nil {
		return fmt.Errorf("seal: key file: lock: %w", err)
	}
	defer unlock()
	// Start from what is on disk now, in case another process rotated.
	if err := kf.load(); err != nil {
		return err
	}
	h, err := addPrimary(kf.handle, keyFileTemplate())
	if err != nil {
		return fmt.Errorf("seal: key file: rotate: %w", err)
	}
	if err := kf.write(h); err != nil {
		return err
	}
	return kf.load()
}

// DeriveKey returns HKDF-SHA256 over the key file's first (oldest) key, which
// rotation keeps, with "sealpost keyfile derive v1" and purpose as the info.
func (kf *KeyFile) DeriveKey(ctx context.Context, purpose string) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	kf.mu.Lock()
	defer kf.mu.Unlock()
	if err := kf.reloadIfChanged(); err != nil {
		return nil, err
	}
	ks := insecurecleartextkeyset.KeysetMaterial(kf.handle)
	if len(ks.GetKey()) == 0 || len(ks.GetKey()[0].GetKeyData().GetValue()) < 32 {
		return nil, errors.New("seal: key file: no key to derive from")
	}
	ikm := ks.GetKey()[0].GetKeyData().GetValue()
	return hkdf.Key(sha256.New, ikm, nil, "sealpost keyfile derive v1\x00"+purpose, 32)
}

// Describe returns "keyfile:PATH (N keys)".
func (kf *KeyFile) Describe() string {
	kf.mu.Lock()
	defer kf.mu.Unlock()
	n := 0
	if kf.handle != nil {
		n = kf.handle.Len()
	}
	if n == 1 {
		return fmt.Sprintf("keyfile:%s (1 key)", kf.path)
	}
	return fmt.Sprintf("keyfile:%s (%d keys)", kf.path, n)
}

// String is Describe, so that a KeyFile printed by mistake shows no key.
func (kf *KeyFile) String() string { return kf.Describe() }

// writeFileAtomic writes data to a temporary file (mode 0600) in the
// destination directory, syncs it, renames it over path and syncs the
// directory.
func writeFileAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err = f.Chmod(0o600); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync() // best effort: not supported everywhere
		_ = d.Close()
	}
	return nil
}
