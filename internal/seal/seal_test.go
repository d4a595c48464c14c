package seal

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/mac"
)

// memStore is an in-memory stand-in for the tenant key table.
type memStore struct {
	mu sync.Mutex
	m  map[string]TenantKeys
}

func (s *memStore) lookup(_ context.Context, tenantID string) (TenantKeys, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tk, ok := s.m[tenantID]
	if !ok {
		return TenantKeys{}, errors.New("no such tenant")
	}
	return tk, nil
}

func (s *memStore) put(tenantID string, tk TenantKeys) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[tenantID] = tk
}

type env struct {
	kf     *KeyFile
	store  *memStore
	sealer *Sealer
}

func newEnv(t testing.TB, tenants ...string) *env {
	t.Helper()
	kf, err := OpenKeyFile(filepath.Join(t.TempDir(), "keys", "root.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{kf: kf, store: &memStore{m: map[string]TenantKeys{}}}
	for _, id := range tenants {
		tk, err := NewTenantKeys(context.Background(), kf, id)
		if err != nil {
			t.Fatal(err)
		}
		e.store.put(id, tk)
	}
	e.sealer = NewSealer(kf, e.store.lookup)
	return e
}

func mustDecryptErr(t *testing.T, err error, what string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: opened, want ErrDecrypt", what)
	}
	if !errors.Is(err, ErrDecrypt) {
		t.Fatalf("%s: error %v, want ErrDecrypt", what, err)
	}
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	dk, wrapped, err := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		t.Fatal(err)
	}
	subject := []byte("Your lab results are ready")
	ct, err := dk.Seal("subject", subject)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, subject) {
		t.Fatal("ciphertext contains plaintext")
	}
	empty, err := dk.Seal("body", nil)
	if err != nil {
		t.Fatal(err)
	}
	dk2, err := e.sealer.OpenDataKey(ctx, "ten_a", "message/msg_1", wrapped)
	if err != nil {
		t.Fatal(err)
	}
	pt, err := dk2.Open("subject", ct)
	if err != nil || !bytes.Equal(pt, subject) {
		t.Fatalf("Open = %q, %v", pt, err)
	}
	if pt, err := dk2.Open("body", empty); err != nil || len(pt) != 0 {
		t.Fatalf("Open empty = %q, %v", pt, err)
	}
	if s := dk2.String(); strings.Contains(s, "subject") || !strings.Contains(s, "msg_1") {
		t.Fatalf("String() = %q", s)
	}
}

func TestCiphertextSwap(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a", "ten_b")
	s := e.sealer
	dk1, w1, err := s.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		t.Fatal(err)
	}
	dk2, w2, err := s.NewDataKey(ctx, "ten_a", "message/msg_2")
	if err != nil {
		t.Fatal(err)
	}
	subj1, _ := dk1.Seal("subject", []byte("subject one"))
	body1, _ := dk1.Seal("body", []byte("body one"))

	// Between two owners: msg_1's ciphertext in msg_2's row.
	_, err = dk2.Open("subject", subj1)
	mustDecryptErr(t, err, "ciphertext of another owner")
	// Between two fields of one owner.
	_, err = dk1.Open("body", subj1)
	mustDecryptErr(t, err, "subject opened as body")
	_, err = dk1.Open("subject", body1)
	mustDecryptErr(t, err, "body opened as subject")

	// Swapping wrapped data keys between owners.
	_, err = s.OpenDataKey(ctx, "ten_a", "message/msg_2", w1)
	mustDecryptErr(t, err, "wrapped key of msg_1 as msg_2")
	_, err = s.OpenDataKey(ctx, "ten_a", "message/msg_1", w2)
	mustDecryptErr(t, err, "wrapped key of msg_2 as msg_1")

	// Same owner name, same key, other tenant: a field ciphertext from
	// tenant A does not open under a key claiming tenant B (AD differs).
	dkB := &DataKey{tenantID: "ten_b", owner: "message/msg_1", aead: dk1.aead, adPrefix: buildAD(0, kindField, "ten_b", "message/msg_1")}
	_, err = dkB.Open("subject", subj1)
	mustDecryptErr(t, err, "ciphertext bound to tenant A opened as tenant B")

	// A wrapped data key of tenant A cannot be opened as tenant B.
	_, err = s.OpenDataKey(ctx, "ten_b", "message/msg_1", w1)
	mustDecryptErr(t, err, "tenant A data key as tenant B")

	// Ambiguity: owner/field boundaries cannot be shifted.
	dkX, _, _ := s.NewDataKey(ctx, "ten_a", "message/msg_3")
	ct, _ := dkX.Seal("a/b", []byte("x"))
	dkY := &DataKey{tenantID: "ten_a", owner: "message/msg_3/a", aead: dkX.aead, adPrefix: buildAD(0, kindField, "ten_a", "message/msg_3/a")}
	_, err = dkY.Open("b", ct)
	mustDecryptErr(t, err, "shifted owner/field boundary")
}

func TestTenantKeysBoundToTenant(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a", "ten_b")
	tkA, _ := e.store.lookup(ctx, "ten_a")
	// Tenant A's keys stored in tenant B's row.
	e.store.put("ten_b", tkA)
	e.sealer.Forget("ten_b")
	_, _, err := e.sealer.NewDataKey(ctx, "ten_b", "message/msg_1")
	mustDecryptErr(t, err, "tenant A keys used for tenant B")
	_, err = RotateTenantKeys(ctx, e.kf, "ten_b", tkA)
	mustDecryptErr(t, err, "rotate tenant A keys as tenant B")
	// KEK and MAC blobs are not interchangeable either.
	_, err = RotateTenantKeys(ctx, e.kf, "ten_a", TenantKeys{KEK: tkA.MAC, MAC: tkA.KEK})
	mustDecryptErr(t, err, "KEK and MAC swapped")
}

func TestTamperedCiphertext(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	dk, wrapped, err := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		t.Fatal(err)
	}
	ct, _ := dk.Seal("body", []byte("hello"))
	for i := range ct {
		bad := bytes.Clone(ct)
		bad[i] ^= 0x01
		_, err := dk.Open("body", bad)
		mustDecryptErr(t, err, "tampered ciphertext")
	}
	_, err = dk.Open("body", ct[:len(ct)-1])
	mustDecryptErr(t, err, "truncated ciphertext")
	for i := range wrapped {
		bad := bytes.Clone(wrapped)
		bad[i] ^= 0x01
		// A flip in the cleartext keyset info may still parse and open;
		// the encrypted part and its framing must not.
		if dk2, err := e.sealer.OpenDataKey(ctx, "ten_a", "message/msg_1", bad); err == nil {
			if _, err := dk2.Open("body", ct); err != nil {
				t.Fatalf("tampered wrapped key byte %d opened to a different key", i)
			}
		} else if !errors.Is(err, ErrDecrypt) {
			t.Fatalf("byte %d: %v", i, err)
		}
	}
}

func TestErrorsCarryNoSecrets(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	dk, _, _ := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_1")
	secret := []byte("PHI-MARKER-8d1f")
	ct, _ := dk.Seal("body", secret)
	ct[len(ct)-1] ^= 1
	_, err := dk.Open("body", ct)
	if err == nil || strings.Contains(err.Error(), string(secret)) {
		t.Fatalf("err = %v", err)
	}
}

func TestKeyFilePermissions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	path := filepath.Join(dir, "sealpost.key")
	if _, err := OpenKeyFile(path, false); err == nil {
		t.Fatal("opened a missing key file without create")
	}
	kf, err := OpenKeyFile(path, true)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %04o, want 0600", fi.Mode().Perm())
	}
	di, _ := os.Stat(dir)
	if di.Mode().Perm() != 0o700 {
		t.Fatalf("key dir mode %04o, want 0700", di.Mode().Perm())
	}
	if d := kf.Describe(); d != "keyfile:"+path+" (1 key)" {
		t.Fatalf("Describe() = %q", d)
	}
	// No temp files left behind.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("left temp file %s", e.Name())
		}
	}
	// Reopening (create=true, existing) keeps the same key.
	root1, _ := kf.Root(context.Background())
	ct, _ := root1.Encrypt([]byte("x"), nil)
	kf2, err := OpenKeyFile(path, true)
	if err != nil {
		t.Fatal(err)
	}
	root2, _ := kf2.Root(context.Background())
	if _, err := root2.Decrypt(ct, nil); err != nil {
		t.Fatal("reopened key file has a different key")
	}

	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenKeyFile(path, true); err == nil || !strings.Contains(err.Error(), "0644") {
		t.Fatalf("OpenKeyFile at 0644: err = %v, want refusal", err)
	}
	// An already open KeyFile notices too (fail closed).
	if _, err := kf.Root(context.Background()); err == nil {
		t.Fatal("Root on a 0644 key file succeeded")
	}
	os.Chmod(path, 0o600)
	if _, err := kf.Root(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestKeyFileNotAKeyset(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.json")
	os.WriteFile(path, []byte(`{"not":"a keyset"}`), 0o600)
	if _, err := OpenKeyFile(path, true); err == nil {
		t.Fatal("accepted garbage key file")
	}
}

func TestKeyFileReloadAfterRotation(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "root.json")
	kf1, err := OpenKeyFile(path, true)
	if err != nil {
		t.Fatal(err)
	}
	kf2, err := OpenKeyFile(path, false) // "another process"
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := kf2.Root(ctx)
	old, _ := r2.Encrypt([]byte("old"), []byte("ad"))

	if err := kf1.Rotate(ctx); err != nil {
		t.Fatal(err)
	}
	r1, _ := kf1.Root(ctx)
	fresh, _ := r1.Encrypt([]byte("new"), []byte("ad"))
	if bytes.Equal(fresh[:5], old[:5]) {
		t.Fatal("rotation did not change the primary key")
	}
	r2, err = kf2.Root(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := r2.Decrypt(fresh, []byte("ad")); err != nil || string(pt) != "new" {
		t.Fatalf("second KeyFile did not reload: %v", err)
	}
	again, _ := r2.Encrypt([]byte("x"), nil)
	if !bytes.Equal(again[:5], fresh[:5]) {
		t.Fatal("second KeyFile does not encrypt with the new primary")
	}
	if pt, err := r1.Decrypt(old, []byte("ad")); err != nil || string(pt) != "old" {
		t.Fatalf("old key lost after rotation: %v", err)
	}
	if d := kf2.Describe(); !strings.HasSuffix(d, "(2 keys)") {
		t.Fatalf("Describe() = %q", d)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode after rotate %04o", fi.Mode().Perm())
	}
}

func TestKeyFileConcurrentRotate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "root.json")
	kf1, _ := OpenKeyFile(path, true)
	kf2, _ := OpenKeyFile(path, true)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); _ = kf1.Rotate(ctx) }()
		go func() { defer wg.Done(); _ = kf2.Rotate(ctx) }()
	}
	wg.Wait()
	if err := kf1.Reload(); err != nil {
		t.Fatal(err)
	}
	if d := kf1.Describe(); !strings.HasSuffix(d, "(9 keys)") {
		t.Fatalf("after 8 concurrent rotations: %s, want 9 keys", d)
	}
}

// deleteOldKEKKeys drops every non-primary key from a tenant's KEK keyset
// (a test helper: sealpost itself never deletes keys).
func deleteOldKEKKeys(t *testing.T, ks KeySource, tenantID string, tk TenantKeys) TenantKeys {
	t.Helper()
	ctx := context.Background()
	kek, m, idx, err := unwrapTenantKeys(ctx, ks, tenantID, tk)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := kek.Primary()
	mgr := keyset.NewManagerFromHandle(kek)
	for i := 0; i < kek.Len(); i++ {
		e, _ := kek.Entry(i)
		if e.KeyID() != p.KeyID() {
			if err := mgr.Delete(e.KeyID()); err != nil {
				t.Fatal(err)
			}
		}
	}
	kek, _ = mgr.Handle()
	out, err := wrapTenantKeys(ctx, ks, tenantID, kek, m, idx)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRotation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	s := NewSealer(e.kf, e.store.lookup, WithCacheTTL(0))
	const n = 5
	type obj struct {
		owner   string
		wrapped []byte
		ct      []byte
	}
	var objs []obj
	for i := 0; i < n; i++ {
		owner := "message/msg_" + string(rune('a'+i))
		dk, w, err := s.NewDataKey(ctx, "ten_a", owner)
		if err != nil {
			t.Fatal(err)
		}
		ct, _ := dk.Seal("body", []byte("body "+owner))
		objs = append(objs, obj{owner, w, ct})
	}
	fp, err := s.Fingerprint(ctx, "ten_a", "email", []byte("pat@example.com"))
	if err != nil {
		t.Fatal(err)
	}

	// Root rotation, then tenant rotation (what `sealpost keys rotate` does).
	if err := e.kf.Rotate(ctx); err != nil {
		t.Fatal(err)
	}
	tk, _ := e.store.lookup(ctx, "ten_a")
	if _, changed, err := RewrapTenantKeys(ctx, e.kf, "ten_a", tk); err != nil || !changed {
		t.Fatalf("RewrapTenantKeys after root rotation: changed=%v err=%v", changed, err)
	}
	tk2, err := RotateTenantKeys(ctx, e.kf, "ten_a", tk)
	if err != nil {
		t.Fatal(err)
	}
	if _, changed, err := RewrapTenantKeys(ctx, e.kf, "ten_a", tk2); err != nil || changed {
		t.Fatalf("RewrapTenantKeys on fresh keys: changed=%v err=%v", changed, err)
	}
	e.store.put("ten_a", tk2)

	// Data wrapped before rotation still opens.
	for _, o := range objs {
		dk, err := s.OpenDataKey(ctx, "ten_a", o.owner, o.wrapped)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := dk.Open("body", o.ct); err != nil {
			t.Fatal(err)
		}
	}
	// Fingerprints verify across the rotation; new ones verify too.
	if ok, err := s.VerifyFingerprint(ctx, "ten_a", "email", fp, []byte("pat@example.com")); err != nil || !ok {
		t.Fatalf("old fingerprint after rotation: %v %v", ok, err)
	}
	if ok, _ := s.VerifyFingerprint(ctx, "ten_a", "phone", fp, []byte("pat@example.com")); ok {
		t.Fatal("fingerprint verified under another purpose")
	}
	fp2, _ := s.Fingerprint(ctx, "ten_a", "email", []byte("pat@example.com"))
	if !bytes.Equal(fp, fp2) {
		t.Fatal("fingerprint changed with the rotation: lookups by it would miss")
	}
	if ok, _ := s.VerifyFingerprint(ctx, "ten_a", "email", fp2, []byte("pat@example.com")); !ok {
		t.Fatal("new fingerprint does not verify")
	}

	// Rewrap: changed, then not changed.
	p := NewProgress(&bytes.Buffer{}, n, "rewrap")
	for i := range objs {
		w, changed, err := s.RewrapDataKey(ctx, "ten_a", objs[i].owner, objs[i].wrapped)
		if err != nil || !changed {
			t.Fatalf("first rewrap: changed=%v err=%v", changed, err)
		}
		w2, changed, err := s.RewrapDataKey(ctx, "ten_a", objs[i].owner, w)
		if err != nil || changed || !bytes.Equal(w, w2) {
			t.Fatalf("second rewrap: changed=%v err=%v", changed, err)
		}
		objs[i].wrapped = w
		p.Add(1)
	}
	p.Done()
	// Rewrapped keys of one owner still do not open as another.
	_, err = s.OpenDataKey(ctx, "ten_a", objs[1].owner, objs[0].wrapped)
	mustDecryptErr(t, err, "rewrapped key under another owner")

	// After rewrapping all, with nothing removed, everything opens.
	for _, o := range objs {
		dk, err := s.OpenDataKey(ctx, "ten_a", o.owner, o.wrapped)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := dk.Open("body", o.ct); err != nil {
			t.Fatal(err)
		}
	}
	// And the rewrap really moved them: with the old KEK key removed they
	// still open (the pre-rotation wrapped form would not).
	tk3 := deleteOldKEKKeys(t, e.kf, "ten_a", tk2)
	e.store.put("ten_a", tk3)
	for _, o := range objs {
		if _, err := s.OpenDataKey(ctx, "ten_a", o.owner, o.wrapped); err != nil {
			t.Fatalf("rewrapped key needs the old KEK: %v", err)
		}
	}
}

// TestFingerprintStableAcrossRotations: lookup fingerprints are the same
// after any number of rotations, for a tenant with an index key and for one
// created before index keys existed (its MAC primary becomes the index key
// at the first rotation or EnsureIndexKey, so its stored fingerprints stay
// valid); the index key's material is never replaced.
func TestFingerprintStableAcrossRotations(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	tk, _ := e.store.lookup(ctx, "ten_a")
	if len(tk.Index) == 0 {
		t.Fatal("new tenant keys have no index key")
	}
	legacy := TenantKeys{KEK: tk.KEK, MAC: tk.MAC} // as stored before index keys
	for name, start := range map[string]TenantKeys{"index": tk, "legacy": legacy} {
		t.Run(name, func(t *testing.T) {
			e.store.put("ten_a", start)
			s := NewSealer(e.kf, e.store.lookup, WithCacheTTL(0))
			fp, err := s.Fingerprint(ctx, "ten_a", "login", []byte("jane"))
			if err != nil {
				t.Fatal(err)
			}
			if name == "legacy" {
				// What the MAC keyset's primary computed before this change.
				_, m, _, err := unwrapTenantKeys(ctx, e.kf, "ten_a", start)
				if err != nil {
					t.Fatal(err)
				}
				prim, _ := mac.New(m)
				old, _ := prim.ComputeMAC(fingerprintInput("login", []byte("jane")))
				if !bytes.Equal(fp, old) {
					t.Fatal("a legacy tenant's fingerprint is not its MAC primary's")
				}
				ensured, changed, err := EnsureIndexKey(ctx, e.kf, "ten_a", start)
				if err != nil || !changed || !bytes.Equal(ensured.KEK, start.KEK) || !bytes.Equal(ensured.MAC, start.MAC) {
					t.Fatalf("EnsureIndexKey: changed=%v err=%v", changed, err)
				}
				if again, changed, _ := EnsureIndexKey(ctx, e.kf, "ten_a", ensured); changed || !bytes.Equal(again.Index, ensured.Index) {
					t.Fatal("EnsureIndexKey replaced an index key")
				}
				e.store.put("ten_a", ensured)
				if got, _ := s.Fingerprint(ctx, "ten_a", "login", []byte("jane")); !bytes.Equal(got, fp) {
					t.Fatal("EnsureIndexKey changed the fingerprint")
				}
				start = legacy // rotate from the legacy form too
			}
			cur := start
			for i := 0; i < 3; i++ {
				if err := e.kf.Rotate(ctx); err != nil {
					t.Fatal(err)
				}
				if cur, err = RotateTenantKeys(ctx, e.kf, "ten_a", cur); err != nil {
					t.Fatal(err)
				}
				e.store.put("ten_a", cur)
				got, err := s.Fingerprint(ctx, "ten_a", "login", []byte("jane"))
				if err != nil || !bytes.Equal(got, fp) {
					t.Fatalf("rotation %d changed the fingerprint (%v)", i+1, err)
				}
				if ok, err := s.VerifyFingerprint(ctx, "ten_a", "login", fp, []byte("jane")); !ok || err != nil {
					t.Fatalf("rotation %d: fingerprint does not verify (%v)", i+1, err)
				}
			}
			// A re-wrap under a new root primary keeps it too.
			if err := e.kf.Rotate(ctx); err != nil {
				t.Fatal(err)
			}
			rw, changed, err := RewrapTenantKeys(ctx, e.kf, "ten_a", cur)
			if err != nil || !changed {
				t.Fatalf("RewrapTenantKeys: %v %v", changed, err)
			}
			e.store.put("ten_a", rw)
			if got, _ := s.Fingerprint(ctx, "ten_a", "login", []byte("jane")); !bytes.Equal(got, fp) {
				t.Fatal("re-wrap changed the fingerprint")
			}
		})
	}
}

// A rotation by another process is picked up: by the TTL, and at once when a
// wrapped key or fingerprint names a key the cache does not know.
func TestSealerSeesRotationElsewhere(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	stale := NewSealer(e.kf, e.store.lookup) // 30s TTL: never expires here
	if _, _, err := stale.NewDataKey(ctx, "ten_a", "message/warm"); err != nil {
		t.Fatal(err)
	}
	staleFP := NewSealer(e.kf, e.store.lookup)
	if _, err := staleFP.Fingerprint(ctx, "ten_a", "email", nil); err != nil {
		t.Fatal(err)
	}
	tk, _ := e.store.lookup(ctx, "ten_a")
	tk2, err := RotateTenantKeys(ctx, e.kf, "ten_a", tk)
	if err != nil {
		t.Fatal(err)
	}
	e.store.put("ten_a", tk2)
	other := NewSealer(e.kf, e.store.lookup)
	dk, w, err := other.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		t.Fatal(err)
	}
	ct, _ := dk.Seal("body", []byte("hi"))
	dk2, err := stale.OpenDataKey(ctx, "ten_a", "message/msg_1", w)
	if err != nil {
		t.Fatalf("stale sealer cannot open a key wrapped under the new KEK: %v", err)
	}
	if _, err := dk2.Open("body", ct); err != nil {
		t.Fatal(err)
	}
	fp, _ := other.Fingerprint(ctx, "ten_a", "email", []byte("a@b"))
	if ok, err := staleFP.VerifyFingerprint(ctx, "ten_a", "email", fp, []byte("a@b")); !ok || err != nil {
		t.Fatalf("stale sealer cannot verify a fingerprint under the new MAC key: %v %v", ok, err)
	}
	// Forget drops the cache: the next call sees the store as it is now.
	e.store.put("ten_a", TenantKeys{})
	if _, _, err := stale.NewDataKey(ctx, "ten_a", "message/x"); err != nil {
		t.Fatalf("cached keys should still serve within the TTL: %v", err)
	}
	stale.Forget("ten_a")
	if _, _, err := stale.NewDataKey(ctx, "ten_a", "message/x"); err == nil {
		t.Fatal("Forget did not drop the cached keys")
	}
}

func TestSealerConcurrent(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a", "ten_b")
	s := NewSealer(e.kf, e.store.lookup, WithCacheTTL(0))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tenant := []string{"ten_a", "ten_b"}[g%2]
			for i := 0; i < 50; i++ {
				dk, w, err := s.NewDataKey(ctx, tenant, "message/m")
				if err != nil {
					errs <- err
					return
				}
				ct, _ := dk.Seal("f", []byte("x"))
				dk2, err := s.OpenDataKey(ctx, tenant, "message/m", w)
				if err != nil {
					errs <- err
					return
				}
				if _, err := dk2.Open("f", ct); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func TestLookupErrorIsNotErrDecrypt(t *testing.T) {
	e := newEnv(t)
	_, _, err := e.sealer.NewDataKey(context.Background(), "missing", "message/m")
	if err == nil || errors.Is(err, ErrDecrypt) {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := e.sealer.NewDataKey(context.Background(), "", "message/m"); err == nil {
		t.Fatal("empty tenant accepted")
	}
}

func TestProgressNonTerminal(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, 10, "rewrap data keys")
	for i := 0; i < 10; i++ {
		p.Add(1)
	}
	if buf.Len() != 0 {
		t.Fatalf("drew on a non-terminal: %q", buf.String())
	}
	p.Done()
	p.Done()
	out := buf.String()
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "rewrap data keys: 10/10 in ") {
		t.Fatalf("summary = %q", out)
	}
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := NewProgress(&buf, 4, "keys")
	p.tty = true // as if buf were a terminal
	p.Add(1)
	p.Add(1) // throttled
	p.Add(2) // complete: drawn
	p.Done()
	out := buf.String()
	if !strings.Contains(out, "[==============================] 4/4 100%") || !strings.HasSuffix(out, "\n") {
		t.Fatalf("bar = %q", out)
	}
	if n := strings.Count(out, "\r"); n != 3 {
		t.Fatalf("%d redraws, want 3 (throttled): %q", n, out)
	}
}

// TestDeriveKeyStableAcrossRotation: derived keys (the audit chain's) stay
// the same through rotations, differ by purpose and by key file.
func TestDeriveKeyStableAcrossRotation(t *testing.T) {
	ctx := context.Background()
	kf, err := OpenKeyFile(filepath.Join(t.TempDir(), "k.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	a1, err := kf.DeriveKey(ctx, "audit")
	if err != nil || len(a1) != 32 {
		t.Fatalf("%x %v", a1, err)
	}
	for range 2 {
		if err := kf.Rotate(ctx); err != nil {
			t.Fatal(err)
		}
	}
	a2, _ := kf.DeriveKey(ctx, "audit")
	other, _ := kf.DeriveKey(ctx, "other")
	if !bytes.Equal(a1, a2) || bytes.Equal(a1, other) {
		t.Fatal("derived key changed with rotation, or does not depend on the purpose")
	}
	kf2, _ := OpenKeyFile(filepath.Join(t.TempDir(), "k.json"), true)
	if b, _ := kf2.DeriveKey(ctx, "audit"); bytes.Equal(a1, b) {
		t.Fatal("two key files derive the same key")
	}
}

// TestLegacyFingerprints: only a tenant rotated before it had an index key
// has legacy fingerprints — those of the MAC keys older than the index key's
// source — and they are what those keys computed when they were primary.
func TestLegacyFingerprints(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	s := NewSealer(e.kf, e.store.lookup, WithCacheTTL(0))
	tk, _ := e.store.lookup(ctx, "ten_a")
	rotated, err := RotateTenantKeys(ctx, e.kf, "ten_a", tk)
	if err != nil {
		t.Fatal(err)
	}
	e.store.put("ten_a", rotated)
	if l, err := s.LegacyFingerprints(ctx, "ten_a", "login", []byte("jane")); err != nil || len(l) != 0 {
		t.Fatalf("a tenant created with an index key has legacy fingerprints: %d %v", len(l), err)
	}
	// The previous release: no index key, rotated once.
	legacy0 := TenantKeys{KEK: tk.KEK, MAC: tk.MAC}
	e.store.put("ten_a", legacy0)
	old, _ := s.Fingerprint(ctx, "ten_a", "login", []byte("jane"))
	legacy1, err := RotateTenantKeys(ctx, e.kf, "ten_a", legacy0)
	if err != nil {
		t.Fatal(err)
	}
	legacy1.Index = nil
	e.store.put("ten_a", legacy1)
	cur, _ := s.Fingerprint(ctx, "ten_a", "login", []byte("jane"))
	ensured, _, err := EnsureIndexKey(ctx, e.kf, "ten_a", legacy1)
	if err != nil {
		t.Fatal(err)
	}
	after, err := RotateTenantKeys(ctx, e.kf, "ten_a", ensured) // and one more, after the upgrade
	if err != nil {
		t.Fatal(err)
	}
	e.store.put("ten_a", after)
	l, err := s.LegacyFingerprints(ctx, "ten_a", "login", []byte("jane"))
	if err != nil || len(l) != 1 || !bytes.Equal(l[0], old) {
		t.Fatalf("legacy fingerprints: %d %v, want the one made before the old rotation", len(l), err)
	}
	if got, _ := s.Fingerprint(ctx, "ten_a", "login", []byte("jane")); !bytes.Equal(got, cur) || bytes.Equal(cur, old) {
		t.Fatal("the index key is not the MAC primary of the upgrade")
	}
}
