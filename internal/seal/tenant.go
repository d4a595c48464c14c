package seal

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/mac"
	tinkpb "github.com/tink-crypto/tink-go/v2/proto/tink_go_proto"
	"github.com/tink-crypto/tink-go/v2/streamingaead"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// ErrDecrypt is returned (wrapped) for any ciphertext, wrapped key or tenant
// key blob that does not open: wrong key, wrong tenant/owner/field binding,
// tampering or garbage. Errors never include plaintext or key bytes.
var ErrDecrypt = errors.New("seal: ciphertext does not open")

// TenantKeys is a tenant's key material as stored in the database: tink
// keysets, each encrypted by the root key (tink EncryptedKeyset, binary
// protobuf) with associated data binding it to the tenant id.
//
// Index is the blind-index key: one HMAC-SHA256 key that computes every
// fingerprint used for lookups ([Sealer.Fingerprint]: usernames, idempotency
// keys, external ids, notice links). Lookups are exact matches on stored
// fingerprints, so this key is never replaced: [RotateTenantKeys] re-wraps it
// under the new root key and leaves its material alone. A tenant created
// before the index key existed has none (nil); its fingerprints were made
// with the MAC keyset's primary, so until [EnsureIndexKey] or
// [RotateTenantKeys] stores an index key copied from that primary, the
// primary serves as the index key.
type TenantKeys struct {
	KEK   []byte // AES256-GCM keyset that wraps the tenant's data keys
	MAC   []byte // HMAC-SHA256 keyset (rotating); verifies fingerprints made by older versions
	Index []byte // HMAC-SHA256 keyset of one key, never rotated: lookup fingerprints
}

var (
	kekTemplate     = aead.AES256GCMKeyTemplate
	macTemplate     = mac.HMACSHA256Tag256KeyTemplate
	dataKeyTemplate = aead.AES256GCMKeyTemplate
	// streamKeyTemplate: AES256-GCM-HKDF, HMAC-SHA256 HKDF, 1 MiB ciphertext
	// segments. Large segments amortise the per-segment cost (nonce, GCM
	// setup, tag, one read and one write call) over a megabyte; see
	// BenchmarkStreamTemplates and the README for the comparison.
	streamKeyTemplate = streamingaead.AES256GCMHKDF1MBKeyTemplate
)

// NewTenantKeys generates a tenant's KEK and MAC keysets and wraps them with
// the key source's root key.
func NewTenantKeys(ctx context.Context, ks KeySource, tenantID string) (TenantKeys, error) {
	if tenantID == "" {
		return TenantKeys{}, errors.New("seal: empty tenant id")
	}
	kek, err := keyset.NewHandle(kekTemplate())
	if err != nil {
		return TenantKeys{}, fmt.Errorf("seal: generate tenant KEK: %w", err)
	}
	m, err := keyset.NewHandle(macTemplate())
	if err != nil {
		return TenantKeys{}, fmt.Errorf("seal: generate tenant MAC key: %w", err)
	}
	idx, err := keyset.NewHandle(macTemplate())
	if err != nil {
		return TenantKeys{}, fmt.Errorf("seal: generate tenant index key: %w", err)
	}
	return wrapTenantKeys(ctx, ks, tenantID, kek, m, idx)
}

// EnsureIndexKey gives a tenant created before blind-index keys existed its
// index key: a copy of its MAC keyset's primary key, which made every
// fingerprint stored so far. changed is false (and tk is returned as is) when
// the tenant has one already. Only Index changes in the result.
func EnsureIndexKey(ctx context.Context, ks KeySource, tenantID string, tk TenantKeys) (newKeys TenantKeys, changed bool, err error) {
	if len(tk.Index) > 0 {
		return tk, false, nil
	}
	_, m, _, err := unwrapTenantKeys(ctx, ks, tenantID, tk)
	if err != nil {
		return TenantKeys{}, false, err
	}
	idx, err := primaryOnly(m)
	if err != nil {
		return TenantKeys{}, false, fmt.Errorf("seal: tenant index key: %w", err)
	}
	root, err := ks.Root(ctx)
	if err != nil {
		return TenantKeys{}, false, fmt.Errorf("seal: root key: %w", err)
	}
	out := tk
	if out.Index, err = wrapHandle(idx, root, buildAD(0, kindTenantIndex, tenantID)); err != nil {
		return TenantKeys{}, false, fmt.Errorf("seal: wrap tenant index key: %w", err)
	}
	return out, true, nil
}

// primaryOnly returns a keyset holding only h's primary key (same key id,
// same output prefix, so it computes the same tags).
func primaryOnly(h *keyset.Handle) (*keyset.Handle, error) {
	p, err := h.Primary()
	if err != nil {
		return nil, err
	}
	return onlyKey(h, p.KeyID())
}

// onlyKey returns a keyset holding only h's key id, as its primary.
func onlyKey(h *keyset.Handle, id uint32) (*keyset.Handle, error) {
	m := keyset.NewManagerFromHandle(h)
	if err := m.SetPrimary(id); err != nil {
		return nil, err
	}
	for i := 0; i < h.Len(); i++ {
		e, err := h.Entry(i)
		if err != nil {
			return nil, err
		}
		if e.KeyID() != id {
			if err := m.Delete(e.KeyID()); err != nil {
				return nil, err
			}
		}
	}
	return m.Handle()
}

// RotateTenantKeys adds a new primary key to the tenant's KEK keyset and to
// its MAC keyset, and re-wraps them and the index key under the root key's
// current primary. Old KEK keys keep opening existing data keys until they
// are re-wrapped ([Sealer.RewrapDataKey]); old MAC keys keep verifying
// existing fingerprints. The index key's material never changes, so every
// lookup fingerprint stays valid (a tenant without one first gets a copy of
// its MAC primary, as [EnsureIndexKey]). The caller stores the returned value
// in place of tk, in one write.
func RotateTenantKeys(ctx context.Context, ks KeySource, tenantID string, tk TenantKeys) (TenantKeys, error) {
	kek, m, idx, err := unwrapTenantKeys(ctx, ks, tenantID, tk)
	if err != nil {
		return TenantKeys{}, err
	}
	if idx == nil {
		if idx, err = primaryOnly(m); err != nil {
			return TenantKeys{}, fmt.Errorf("seal: tenant index key: %w", err)
		}
	}
	if kek, err = addPrimary(kek, kekTemplate()); err != nil {
		return TenantKeys{}, fmt.Errorf("seal: rotate tenant KEK: %w", err)
	}
	if m, err = addPrimary(m, macTemplate()); err != nil {
		return TenantKeys{}, fmt.Errorf("seal: rotate tenant MAC key: %w", err)
	}
	return wrapTenantKeys(ctx, ks, tenantID, kek, m, idx)
}

// RewrapTenantKeys re-wraps the tenant keysets under the root key's current
// primary without adding tenant keys (use after [KeySource.Rotate] when the
// tenant keys themselves need not change). changed is false when both blobs
// were already under the current root primary; tk is then returned as is.
func RewrapTenantKeys(ctx context.Context, ks KeySource, tenantID string, tk TenantKeys) (newKeys TenantKeys, changed bool, err error) {
	kek, m, idx, err := unwrapTenantKeys(ctx, ks, tenantID, tk)
	if err != nil {
		return TenantKeys{}, false, err
	}
	root, err := ks.Root(ctx)
	if err != nil {
		return TenantKeys{}, false, fmt.Errorf("seal: root key: %w", err)
	}
	// Encrypt a probe to learn the root primary's output prefix.
	probe, err := root.Encrypt(nil, nil)
	if err != nil {
		return TenantKeys{}, false, fmt.Errorf("seal: root key: %w", err)
	}
	if p, ok := tinkPrefix(probe); ok {
		a, aok := wrappedPrefix(tk.KEK)
		b, bok := wrappedPrefix(tk.MAC)
		c, cok := wrappedPrefix(tk.Index)
		if aok && bok && a == p && b == p && (idx == nil || cok && c == p) {
			return tk, false, nil
		}
	}
	out, err := wrapTenantKeys(ctx, ks, tenantID, kek, m, idx)
	return out, err == nil, err
}

// wrapTenantKeys wraps the tenant keysets under the root primary; a nil idx
// leaves Index nil.
func wrapTenantKeys(ctx context.Context, ks KeySource, tenantID string, kek, m, idx *keyset.Handle) (TenantKeys, error) {
	root, err := ks.Root(ctx)
	if err != nil {
		return TenantKeys{}, fmt.Errorf("seal: root key: %w", err)
	}
	var out TenantKeys
	if out.KEK, err = wrapHandle(kek, root, buildAD(0, kindTenantKEK, tenantID)); err != nil {
		return TenantKeys{}, fmt.Errorf("seal: wrap tenant KEK: %w", err)
	}
	if out.MAC, err = wrapHandle(m, root, buildAD(0, kindTenantMAC, tenantID)); err != nil {
		return TenantKeys{}, fmt.Errorf("seal: wrap tenant MAC key: %w", err)
	}
	if idx != nil {
		if out.Index, err = wrapHandle(idx, root, buildAD(0, kindTenantIndex, tenantID)); err != nil {
			return TenantKeys{}, fmt.Errorf("seal: wrap tenant index key: %w", err)
		}
	}
	return out, nil
}

// unwrapTenantKeys opens the tenant keysets; idx is nil when tk has no index
// key.
func unwrapTenantKeys(ctx context.Context, ks KeySource, tenantID string, tk TenantKeys) (kek, m, idx *keyset.Handle, err error) {
	if tenantID == "" {
		return nil, nil, nil, errors.New("seal: empty tenant id")
	}
	root, err := ks.Root(ctx)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("seal: root key: %w", err)
	}
	if kek, err = unwrapHandle(tk.KEK, root, buildAD(0, kindTenantKEK, tenantID)); err != nil {
		return nil, nil, nil, fmt.Errorf("seal: tenant %s KEK: %w", tenantID, ErrDecrypt)
	}
	if m, err = unwrapHandle(tk.MAC, root, buildAD(0, kindTenantMAC, tenantID)); err != nil {
		return nil, nil, nil, fmt.Errorf("seal: tenant %s MAC key: %w", tenantID, ErrDecrypt)
	}
	if len(tk.Index) > 0 {
		if idx, err = unwrapHandle(tk.Index, root, buildAD(0, kindTenantIndex, tenantID)); err != nil {
			return nil, nil, nil, fmt.Errorf("seal: tenant %s index key: %w", tenantID, ErrDecrypt)
		}
		if idx.Len() != 1 {
			return nil, nil, nil, fmt.Errorf("seal: tenant %s index key: %w", tenantID, ErrDecrypt)
		}
	}
	return kek, m, idx, nil
}

// tenantPrims are the unwrapped primitives of one tenant.
type tenantPrims struct {
	kek        tink.AEAD
	kekPrimary uint32
	kekIDs     map[uint32]struct{}
	mac        tink.MAC
	macIDs     map[uint32]struct{}
	index      tink.MAC // the blind-index key (the MAC primary for a tenant without one)
	indexID    uint32
	// legacy are the MAC keys older than the one the index key was copied
	// from (none when the index key is not a copy): the keys a tenant
	// rotated before it had an index key made fingerprints with.
	legacy []tink.MAC
}

func newTenantPrims(kek, m, idx *keyset.Handle) (*tenantPrims, error) {
	ka, err := aead.New(kek)
	if err != nil {
		return nil, fmt.Errorf("seal: tenant KEK is not an AEAD keyset: %w", err)
	}
	mm, err := mac.New(m)
	if err != nil {
		return nil, fmt.Errorf("seal: tenant MAC keyset is not a MAC keyset: %w", err)
	}
	p, err := kek.Primary()
	if err != nil {
		return nil, fmt.Errorf("seal: tenant KEK: %w", err)
	}
	if idx == nil {
		if idx, err = primaryOnly(m); err != nil {
			return nil, fmt.Errorf("seal: tenant MAC keyset: %w", err)
		}
	}
	im, err := mac.New(idx)
	if err != nil {
		return nil, fmt.Errorf("seal: tenant index keyset is not a MAC keyset: %w", err)
	}
	ip, err := idx.Primary()
	if err != nil {
		return nil, fmt.Errorf("seal: tenant index keyset: %w", err)
	}
	tp := &tenantPrims{kek: ka, mac: mm, kekPrimary: p.KeyID(), kekIDs: keyIDs(kek), macIDs: keyIDs(m), index: im, indexID: ip.KeyID()}
	if _, copied := tp.macIDs[tp.indexID]; !copied {
		return tp, nil
	}
	for i := 0; i < m.Len(); i++ { // keyset order is the order keys were added
		e, err := m.Entry(i)
		if err != nil {
			return nil, fmt.Errorf("seal: tenant MAC keyset: %w", err)
		}
		if e.KeyID() == tp.indexID {
			break
		}
		one, err := onlyKey(m, e.KeyID())
		if err != nil {
			return nil, fmt.Errorf("seal: tenant MAC keyset: %w", err)
		}
		lm, err := mac.New(one)
		if err != nil {
			return nil, fmt.Errorf("seal: tenant MAC keyset: %w", err)
		}
		tp.legacy = append(tp.legacy, lm)
	}
	return tp, nil
}

func keyIDs(h *keyset.Handle) map[uint32]struct{} {
	ids := make(map[uint32]struct{}, h.Len())
	for i := 0; i < h.Len(); i++ {
		if e, err := h.Entry(i); err == nil {
			ids[e.KeyID()] = struct{}{}
		}
	}
	return ids
}

// addPrimary returns a copy of h with a fresh key from t added as primary.
func addPrimary(h *keyset.Handle, t *tinkpb.KeyTemplate) (*keyset.Handle, error) {
	m := keyset.NewManagerFromHandle(h)
	id, err := m.Add(t)
	if err != nil {
		return nil, err
	}
	if err := m.SetPrimary(id); err != nil {
		return nil, err
	}
	return m.Handle()
}

// wrapHandle encrypts h with kek (tink EncryptedKeyset, binary protobuf).
func wrapHandle(h *keyset.Handle, kek tink.AEAD, ad []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(256)
	if err := h.WriteWithAssociatedData(keyset.NewBinaryWriter(&buf), kek, ad); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// unwrapHandle is the inverse of wrapHandle.
func unwrapHandle(wrapped []byte, kek tink.AEAD, ad []byte) (*keyset.Handle, error) {
	if len(wrapped) == 0 {
		return nil, errors.New("empty")
	}
	return keyset.ReadWithAssociatedData(keyset.NewBinaryReader(bytes.NewReader(wrapped)), kek, ad)
}

// tinkPrefix returns the key id from a tink-prefixed ciphertext
// (0x01 + uint32 big-endian key id).
func tinkPrefix(ct []byte) (uint32, bool) {
	if len(ct) < 5 || ct[0] != 0x01 {
		return 0, false
	}
	return uint32(ct[1])<<24 | uint32(ct[2])<<16 | uint32(ct[3])<<8 | uint32(ct[4]), true
}

// wrappedPrefix returns the id of the key that encrypted a wrapped keyset,
// read from the ciphertext's tink output prefix.
func wrappedPrefix(wrapped []byte) (uint32, bool) {
	ek, err := keyset.NewBinaryReader(bytes.NewReader(wrapped)).ReadEncrypted()
	if err != nil {
		return 0, false
	}
	return tinkPrefix(ek.GetEncryptedKeyset())
}
