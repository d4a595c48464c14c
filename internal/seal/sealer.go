package seal

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tink-crypto/tink-go/v2/aead/aesgcm"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// TenantKeyLookup loads a tenant's wrapped key material, typically from the
// database.
type TenantKeyLookup func(ctx context.Context, tenantID string) (TenantKeys, error)

// DefaultCacheTTL is how long a [Sealer] uses cached tenant keys before
// asking the [TenantKeyLookup] again.
const DefaultCacheTTL = 30 * time.Second

// SealerOption configures a [Sealer].
type SealerOption func(*Sealer)

// WithCacheTTL sets how long unwrapped tenant keys are used before the lookup
// is consulted again (default [DefaultCacheTTL]). The unwrapped primitives are
// kept as long as the wrapped blobs are unchanged, so a refresh costs one
// lookup and a hash. 0 consults the lookup on every call.
func WithCacheTTL(d time.Duration) SealerOption {
	return func(s *Sealer) {
		if d < 0 {
			d = 0
		}
		s.ttl = d
	}
}

// Sealer creates, opens and re-wraps data keys and computes fingerprints for
// any tenant. It unwraps tenant key material on demand and caches the
// primitives; it is safe for concurrent use.
type Sealer struct {
	ks     KeySource
	lookup TenantKeyLookup
	ttl    time.Duration
	now    func() time.Time

	mu      sync.RWMutex
	tenants map[string]*tenantSlot
}

type tenantSlot struct {
	mu    sync.Mutex // serialises refreshes
	state atomic.Pointer[tenantState]
}

type tenantState struct {
	hash    [sha256.Size]byte // of the wrapped blobs
	prims   *tenantPrims
	checked time.Time // when the lookup last confirmed hash
}

// NewSealer returns a Sealer that unwraps tenant keys looked up with lookup
// using the root key from ks.
func NewSealer(ks KeySource, lookup TenantKeyLookup, opts ...SealerOption) *Sealer {
	s := &Sealer{ks: ks, lookup: lookup, ttl: DefaultCacheTTL, now: time.Now, tenants: make(map[string]*tenantSlot)}
	for _, o := range opts {
		o(s)
	}
	return s
}

// CacheTTL returns the tenant key cache TTL. After a tenant's keys are rotated
// by any process, other processes may keep wrapping new data keys under the
// previous KEK primary for up to this long.
func (s *Sealer) CacheTTL() time.Duration { return s.ttl }

// Forget drops the cached keys of a tenant; the next call looks them up again.
func (s *Sealer) Forget(tenantID string) {
	s.mu.Lock()
	delete(s.tenants, tenantID)
	s.mu.Unlock()
}

func (s *Sealer) slot(tenantID string) *tenantSlot {
	s.mu.RLock()
	sl := s.tenants[tenantID]
	s.mu.RUnlock()
	if sl != nil {
		return sl
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sl = s.tenants[tenantID]; sl == nil {
		sl = &tenantSlot{}
		s.tenants[tenantID] = sl
	}
	return sl
}

// tenant returns the tenant's primitives, from the cache while it is fresh.
// With force, the lookup is consulted even if the cache is fresh (unless
// another goroutine did so after this call started).
func (s *Sealer) tenant(ctx context.Context, tenantID string, force bool) (*tenantPrims, error) {
	if tenantID == "" {
		return nil, errors.New("seal: empty tenant id")
	}
	sl := s.slot(tenantID)
	start := s.now()
	if st := sl.state.Load(); st != nil && !force && start.Sub(st.checked) < s.ttl {
		return st.prims, nil
	}
	sl.mu.Lock()
	defer sl.mu.Unlock()
	st := sl.state.Load()
	if st != nil {
		if force && !st.checked.Before(start) {
			return st.prims, nil
		}
		if !force && s.now().Sub(st.checked) < s.ttl {
			return st.prims, nil
		}
	}
	tk, err := s.lookup(ctx, tenantID)
	if err != nil {
		return nil, fmt.Errorf("seal: look up keys of tenant %s: %w", tenantID, err)
	}
	h := hashTenantKeys(tk)
	if st != nil && st.hash == h {
		sl.state.Store(&tenantState{hash: h, prims: st.prims, checked: s.now()})
		return st.prims, nil
	}
	kek, m, idx, err := unwrapTenantKeys(ctx, s.ks, tenantID, tk)
	if err != nil {
		return nil, err
	}
	prims, err := newTenantPrims(kek, m, idx)
	if err != nil {
		return nil, err
	}
	sl.state.Store(&tenantState{hash: h, prims: prims, checked: s.now()})
	return prims, nil
}

func hashTenantKeys(tk TenantKeys) [sha256.Size]byte {
	h := sha256.New()
	var n [8]byte
	for _, b := range [][]byte{tk.KEK, tk.MAC, tk.Index} {
		l := uint64(len(b))
		for i := range n {
			n[i] = byte(l >> (56 - 8*i))
		}
		h.Write(n[:])
		h.Write(b)
	}
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

// DataKey is an unwrapped per-object data key, bound to one tenant and one
// owner. It is safe for concurrent use.
type DataKey struct {
	tenantID, owner string
	aead            tink.AEAD
	handle          *keyset.Handle
	adPrefix        []byte // encoded [tenant, owner] for kindField
}

// String identifies the key without revealing it.
func (dk *DataKey) String() string {
	return "seal.DataKey(" + dk.tenantID + ", " + dk.owner + ")"
}

// Owner returns the owner the key is bound to.
func (dk *DataKey) Owner() string { return dk.owner }

// TenantID returns the tenant the key is bound to.
func (dk *DataKey) TenantID() string { return dk.tenantID }

func newDataKey(tenantID, owner string, h *keyset.Handle) (*DataKey, error) {
	// A data key keyset has exactly one AES-GCM key; anything else is not ours.
	if h.Len() != 1 {
		return nil, errors.New("data key keyset must hold one key")
	}
	e, err := h.Primary()
	if err != nil {
		return nil, err
	}
	k, ok := e.Key().(*aesgcm.Key)
	if !ok {
		return nil, errors.New("data key is not AES-GCM")
	}
	// The AES-GCM primitive straight from the key: it is what aead.New
	// builds for a one-key keyset, without the keyset wrapper.
	a, err := aesgcm.NewAEAD(k)
	if err != nil {
		return nil, err
	}
	return &DataKey{
		tenantID: tenantID,
		owner:    owner,
		aead:     a,
		handle:   h,
		adPrefix: buildAD(0, kindField, tenantID, owner),
	}, nil
}

// checkOwner validates the tenant id and the owner of a data key (stream
// false) or a stream key (stream true). Attachment owners
// ("attachment/<id>", see [AttachmentOwnerPrefix]) hold stream keys and
// nothing else, so a wrapped key's owner says which kind of key it is.
func checkOwner(tenantID, owner string, stream bool) error {
	if tenantID == "" {
		return errors.New("seal: empty tenant id")
	}
	if owner == "" {
		return errors.New("seal: empty owner")
	}
	id, isAttachment := strings.CutPrefix(owner, AttachmentOwnerPrefix)
	switch {
	case stream && !isAttachment:
		return errors.New("seal: a stream key's owner must be " + AttachmentOwnerPrefix + "<id>")
	case !stream && isAttachment:
		return errors.New("seal: " + AttachmentOwnerPrefix + " owners hold stream keys, not data keys")
	case isAttachment && !validAttachmentID(id):
		// The id is not echoed: it failed validation and may be anything.
		return errors.New("seal: invalid attachment id in owner")
	}
	return nil
}

// NewDataKey generates a fresh data key for owner (e.g. "message/msg_…" or
// "recipient/rcp_…") and returns it with its wrapped form, to be stored next
// to the object. Deleting the wrapped form shreds the object.
//
// Owners starting with [AttachmentOwnerPrefix] are refused: they hold stream
// keys ([Sealer.NewStreamKey]).
func (s *Sealer) NewDataKey(ctx context.Context, tenantID, owner string) (dk *DataKey, wrapped []byte, err error) {
	if err := checkOwner(tenantID, owner, false); err != nil {
		return nil, nil, err
	}
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return nil, nil, err
	}
	h, err := keyset.NewHandle(dataKeyTemplate())
	if err != nil {
		return nil, nil, fmt.Errorf("seal: generate data key: %w", err)
	}
	dk, err = newDataKey(tenantID, owner, h)
	if err != nil {
		return nil, nil, fmt.Errorf("seal: generate data key: %w", err)
	}
	wrapped, err = wrapHandle(h, tp.kek, buildAD(0, kindDataKey, tenantID, owner))
	if err != nil {
		return nil, nil, fmt.Errorf("seal: wrap data key: %w", err)
	}
	return dk, wrapped, nil
}

// OpenDataKey unwraps a data key stored for owner. A key wrapped for another
// owner or tenant, or tampered with, fails with [ErrDecrypt].
func (s *Sealer) OpenDataKey(ctx context.Context, tenantID, owner string, wrapped []byte) (*DataKey, error) {
	dk, _, err := s.openDataKey(ctx, tenantID, owner, wrapped)
	return dk, err
}

func (s *Sealer) openDataKey(ctx context.Context, tenantID, owner string, wrapped []byte) (*DataKey, *tenantPrims, error) {
	h, tp, err := s.unwrapObjectKey(ctx, tenantID, owner, false, wrapped)
	if err != nil {
		return nil, nil, err
	}
	dk, err := newDataKey(tenantID, owner, h)
	if err != nil {
		return nil, nil, fmt.Errorf("seal: data key of %s: %w", owner, ErrDecrypt)
	}
	return dk, tp, nil
}

// unwrapObjectKey unwraps the keyset wrapped for owner by the tenant KEK: a
// data key (associated data kind "data-key") or, with stream, a stream key
// ("stream-key"). The caller checks the keyset's type.
func (s *Sealer) unwrapObjectKey(ctx context.Context, tenantID, owner string, stream bool, wrapped []byte) (*keyset.Handle, *tenantPrims, error) {
	if err := checkOwner(tenantID, owner, stream); err != nil {
		return nil, nil, err
	}
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return nil, nil, err
	}
	if id, ok := wrappedPrefix(wrapped); ok {
		if _, known := tp.kekIDs[id]; !known {
			// Possibly wrapped under a KEK key added by another process
			// since the cache was filled: refresh once.
			if tp, err = s.tenant(ctx, tenantID, true); err != nil {
				return nil, nil, err
			}
		}
	}
	what, kind := "data key", kindDataKey
	if stream {
		what, kind = "stream key", kindStreamKey
	}
	h, err := unwrapHandle(wrapped, tp.kek, buildAD(0, kind, tenantID, owner))
	if err != nil {
		return nil, nil, fmt.Errorf("seal: %s of %s: %w", what, owner, ErrDecrypt)
	}
	return h, tp, nil
}

// RewrapDataKey re-wraps a data key, or the stream key of an attachment
// owner ([AttachmentOwnerPrefix]), under the tenant KEK's current primary
// key. changed is false (and newWrapped is wrapped) when it already was; in
// either case the wrapped key is verified to open as the kind of key its
// owner holds.
func (s *Sealer) RewrapDataKey(ctx context.Context, tenantID, owner string, wrapped []byte) (newWrapped []byte, changed bool, err error) {
	stream := strings.HasPrefix(owner, AttachmentOwnerPrefix)
	var (
		h    *keyset.Handle
		tp   *tenantPrims
		kind string
	)
	if stream {
		var sk *StreamKey
		if sk, tp, err = s.openStreamKey(ctx, tenantID, owner, wrapped); err != nil {
			return nil, false, err
		}
		h, kind = sk.handle, kindStreamKey
	} else {
		var dk *DataKey
		if dk, tp, err = s.openDataKey(ctx, tenantID, owner, wrapped); err != nil {
			return nil, false, err
		}
		h, kind = dk.handle, kindDataKey
	}
	if id, ok := wrappedPrefix(wrapped); ok && id == tp.kekPrimary {
		return wrapped, false, nil
	}
	newWrapped, err = wrapHandle(h, tp.kek, buildAD(0, kind, tenantID, owner))
	if err != nil {
		return nil, false, fmt.Errorf("seal: rewrap key of %s: %w", owner, err)
	}
	return newWrapped, true, nil
}

// Seal encrypts plaintext for field of the key's owner. The ciphertext opens
// only with this key and the same field name.
func (dk *DataKey) Seal(field string, plaintext []byte) ([]byte, error) {
	ct, err := dk.aead.Encrypt(plaintext, dk.fieldAD(field))
	if err != nil {
		return nil, fmt.Errorf("seal: seal %s of %s: encryption failed", field, dk.owner)
	}
	return ct, nil
}

// Open decrypts a ciphertext made by Seal for the same owner and field. Any
// other ciphertext fails with [ErrDecrypt].
func (dk *DataKey) Open(field string, ciphertext []byte) ([]byte, error) {
	pt, err := dk.aead.Decrypt(ciphertext, dk.fieldAD(field))
	if err != nil {
		return nil, fmt.Errorf("seal: open %s of %s: %w", field, dk.owner, ErrDecrypt)
	}
	return pt, nil
}

func (dk *DataKey) fieldAD(field string) []byte {
	ad := make([]byte, 0, len(dk.adPrefix)+4+len(field))
	ad = append(ad, dk.adPrefix...)
	return appendPart(ad, field)
}

// Fingerprint returns a keyed fingerprint (blind index: tink MAC with the
// tenant's index key, see [TenantKeys]) of data for purpose (e.g.
// "idempotency-key", "login"). The same data under different purposes gives
// unrelated fingerprints. The same data gives the same fingerprint across
// any number of key rotations, so it can be stored and looked up by exact
// match.
func (s *Sealer) Fingerprint(ctx context.Context, tenantID, purpose string, data []byte) ([]byte, error) {
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return nil, err
	}
	tag, err := tp.index.ComputeMAC(fingerprintInput(purpose, data))
	if err != nil {
		return nil, fmt.Errorf("seal: fingerprint: %w", err)
	}
	return tag, nil
}

// LegacyFingerprints returns data's fingerprints for purpose under each MAC
// key older than the one the tenant's index key was copied from: what a
// tenant rotated before it had an index key stored (its fingerprints were
// made with whichever MAC key was primary at the time). Callers look one up
// only when the [Sealer.Fingerprint] lookup misses, and replace a stored one
// they find by the current fingerprint. Empty for tenants created with an
// index key or never rotated before getting one.
func (s *Sealer) LegacyFingerprints(ctx context.Context, tenantID, purpose string, data []byte) ([][]byte, error) {
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return nil, err
	}
	in := fingerprintInput(purpose, data)
	out := make([][]byte, 0, len(tp.legacy))
	for _, m := range tp.legacy {
		tag, err := m.ComputeMAC(in)
		if err != nil {
			return nil, fmt.Errorf("seal: fingerprint: %w", err)
		}
		out = append(out, tag)
	}
	return out, nil
}

// VerifyFingerprint reports whether tag is a fingerprint of data for purpose
// under the tenant's index key or any of its MAC keys (constant time
// comparison by tink).
func (s *Sealer) VerifyFingerprint(ctx context.Context, tenantID, purpose string, tag, data []byte) (bool, error) {
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return false, err
	}
	in := fingerprintInput(purpose, data)
	if tp.index.VerifyMAC(tag, in) == nil || tp.mac.VerifyMAC(tag, in) == nil {
		return true, nil
	}
	if id, ok := tinkPrefix(tag); ok {
		if _, known := tp.macIDs[id]; !known && id != tp.indexID {
			// Perhaps made with a MAC key added by another process since
			// the cache was filled: refresh once.
			if tp, err = s.tenant(ctx, tenantID, true); err != nil {
				return false, err
			}
			return tp.mac.VerifyMAC(tag, in) == nil, nil
		}
	}
	return false, nil
}

func fingerprintInput(purpose string, data []byte) []byte {
	b := buildAD(len(data), kindFingerprint, purpose)
	return append(b, data...)
}
