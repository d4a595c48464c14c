package seal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/tink-crypto/tink-go/v2/aead"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/streamingaead"
)

// Layout of an AES256-GCM-HKDF 1 MiB stream (tink): a 40-byte header
// (length byte, 32-byte salt, 7-byte nonce prefix), then segments of
// segCT ciphertext bytes, the first one shortened by the header, the last
// one shorter; each segment carries a 16-byte GCM tag.
const (
	segCT     = 1 << 20
	hdrLen    = 1 + 32 + 7
	tagLen    = 16
	segPT     = segCT - tagLen          // plaintext per segment
	firstSegP = segCT - tagLen - hdrLen // plaintext of the first segment
)

// testPlaintext returns n deterministic pseudo-random bytes.
func testPlaintext(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 0x5ea1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// encryptStream encrypts pt for field, writing it in chunks of the given
// sizes (cycled) to exercise segment-boundary handling.
func encryptStream(t testing.TB, sk *StreamKey, field string, pt []byte, chunks ...int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := sk.EncryptWriter(&buf, field)
	if err != nil {
		t.Fatal(err)
	}
	if len(chunks) == 0 {
		chunks = []int{len(pt) + 1}
	}
	for i, rest := 0, pt; len(rest) > 0; i++ {
		n := min(chunks[i%len(chunks)], len(rest))
		if m, err := w.Write(rest[:n]); err != nil || m != n {
			t.Fatalf("Write = %d, %v", m, err)
		}
		rest = rest[n:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decryptStream(sk *StreamKey, field string, ct []byte) ([]byte, error) {
	r, err := sk.DecryptReader(bytes.NewReader(ct), field)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func mkStreamKey(t testing.TB, e *env, tenantID, owner string) (*StreamKey, []byte) {
	t.Helper()
	sk, w, err := e.sealer.NewStreamKey(context.Background(), tenantID, owner)
	if err != nil {
		t.Fatal(err)
	}
	return sk, w
}

func TestStreamRoundTrip(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	const owner = "attachment/att_01j9x7y6z5"
	sk, wrapped := mkStreamKey(t, e, "ten_a", owner)
	if sk.Owner() != owner || sk.TenantID() != "ten_a" {
		t.Fatalf("owner %q tenant %q", sk.Owner(), sk.TenantID())
	}
	if s := sk.String(); !strings.Contains(s, owner) {
		t.Fatalf("String() = %q", s)
	}
	sk2, err := e.sealer.OpenStreamKey(ctx, "ten_a", owner, wrapped)
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{0, 1, firstSegP - 1, firstSegP, firstSegP + 1, firstSegP + segPT, 2*segCT + segCT/2}
	for _, n := range sizes {
		pt := testPlaintext(n, uint64(n))
		for _, chunks := range [][]int{nil, {1, 4095, 65536, 7}} {
			ct := encryptStream(t, sk, "content", pt, chunks...)
			// Header, and a tag per segment: the expected ciphertext length.
			// A full segment is only written once more plaintext follows,
			// so the last segment is never empty unless the stream is.
			segs := 1
			if n > firstSegP {
				segs = 1 + (n-firstSegP+segPT-1)/segPT
			}
			if want := hdrLen + n + segs*tagLen; len(ct) != want {
				t.Fatalf("size %d: ciphertext %d bytes, want %d", n, len(ct), want)
			}
			if got, err := sk2.PlaintextSize(int64(len(ct))); err != nil || got != int64(n) {
				t.Fatalf("size %d: PlaintextSize(%d) = %d, %v", n, len(ct), got, err)
			}
			if n >= 64 && bytes.Contains(ct, pt[:64]) {
				t.Fatalf("size %d: ciphertext contains plaintext", n)
			}
			// Opened by the key unwrapped from its stored form.
			got, err := decryptStream(sk2, "content", ct)
			if err != nil || !bytes.Equal(got, pt) {
				t.Fatalf("size %d chunks %v: got %d bytes, %v", n, chunks, len(got), err)
			}
		}
	}
	// Sizes no stream can have.
	for _, c := range []int64{-1, 0, 1, hdrLen + tagLen - 1, segCT + tagLen, 2*segCT + 1, 2*segCT + tagLen} {
		if got, err := sk.PlaintextSize(c); !errors.Is(err, ErrDecrypt) {
			t.Errorf("PlaintextSize(%d) = %d, %v; want ErrDecrypt", c, got, err)
		}
	}
	// Two encryptions of the same plaintext differ (fresh salt and nonce
	// prefix per stream).
	pt := testPlaintext(1000, 1)
	if bytes.Equal(encryptStream(t, sk, "content", pt), encryptStream(t, sk, "content", pt)) {
		t.Fatal("two encryptions are identical")
	}
}

// The reader behaves as an io.Reader should under reads of every size, and
// a source that returns one byte at a time is fine.
func TestStreamReaderContract(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	pt := testPlaintext(firstSegP+5000, 7)
	ct := encryptStream(t, sk, "content", pt)
	r, err := sk.DecryptReader(bytes.NewReader(ct), "content")
	if err != nil {
		t.Fatal(err)
	}
	if err := iotest.TestReader(r, pt); err != nil {
		t.Fatal(err)
	}
	r, _ = sk.DecryptReader(iotest.OneByteReader(bytes.NewReader(ct)), "content")
	got, err := io.ReadAll(iotest.OneByteReader(r))
	if err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("one byte at a time: %d bytes, %v", len(got), err)
	}
}

// mustStreamFail reads ct to the end and requires an ErrDecrypt from Read,
// then again from a further Read (errors are sticky: never a late io.EOF).
func mustStreamFail(t *testing.T, sk *StreamKey, field string, ct []byte, what string) {
	t.Helper()
	r, err := sk.DecryptReader(bytes.NewReader(ct), field)
	if err != nil {
		t.Fatalf("%s: DecryptReader: %v (failures must come from Read)", what, err)
	}
	got, err := io.ReadAll(r)
	if err == nil {
		t.Fatalf("%s: read %d bytes and io.EOF, want ErrDecrypt", what, len(got))
	}
	if !errors.Is(err, ErrDecrypt) {
		t.Fatalf("%s: %v, want ErrDecrypt", what, err)
	}
	for range 2 {
		if n, err2 := r.Read(make([]byte, 10)); n != 0 || !errors.Is(err2, ErrDecrypt) {
			t.Fatalf("%s: Read after failure = %d, %v", what, n, err2)
		}
	}
}

func TestStreamTamper(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	pt := testPlaintext(2*segCT+segCT/2, 3) // three segments
	ct := encryptStream(t, sk, "content", pt)
	if got, err := decryptStream(sk, "content", ct); err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("genuine: %v", err)
	}
	last := len(ct) - 1

	t.Run("truncated", func(t *testing.T) {
		for _, n := range []int{0, 1, hdrLen - 1, hdrLen, hdrLen + 1, segCT - 1, segCT, segCT + 1, segCT + tagLen + 1, 2 * segCT, last - tagLen, last} {
			mustStreamFail(t, sk, "content", ct[:n], fmt.Sprintf("truncated to %d", n))
		}
	})
	t.Run("flipped", func(t *testing.T) {
		for _, i := range []int{0, 1, 20, 33, hdrLen - 1, hdrLen, 1000, segCT - 1, segCT, segCT + 12345, 2*segCT - 1, 2 * segCT, last - tagLen, last} {
			bad := bytes.Clone(ct)
			bad[i] ^= 0x01
			mustStreamFail(t, sk, "content", bad, fmt.Sprintf("bit flipped at %d", i))
		}
	})
	t.Run("extended", func(t *testing.T) {
		mustStreamFail(t, sk, "content", append(bytes.Clone(ct), 0), "one byte appended")
		mustStreamFail(t, sk, "content", append(bytes.Clone(ct), ct[hdrLen:]...), "stream appended to itself")
	})
	t.Run("reordered", func(t *testing.T) {
		var dropped, doubled, swapped []byte
		dropped = append(append(dropped, ct[:segCT]...), ct[2*segCT:]...)
		mustStreamFail(t, sk, "content", dropped, "middle segment dropped")
		doubled = append(append(append(doubled, ct[:2*segCT]...), ct[segCT:2*segCT]...), ct[2*segCT:]...)
		mustStreamFail(t, sk, "content", doubled, "middle segment repeated")
		// Two full segments of the same length swapped: a 4-segment stream.
		pt4 := testPlaintext(3*segCT+100, 4)
		ct4 := encryptStream(t, sk, "content", pt4)
		swapped = append(swapped, ct4[:segCT]...)
		swapped = append(swapped, ct4[2*segCT:3*segCT]...)
		swapped = append(swapped, ct4[segCT:2*segCT]...)
		swapped = append(swapped, ct4[3*segCT:]...)
		mustStreamFail(t, sk, "content", swapped, "segments 1 and 2 swapped")
	})
	t.Run("not closed", func(t *testing.T) {
		var buf bytes.Buffer
		w, err := sk.EncryptWriter(&buf, "content")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(pt); err != nil {
			t.Fatal(err)
		}
		// No Close: the final segment is missing.
		mustStreamFail(t, sk, "content", buf.Bytes(), "writer not closed")
	})
}

// A stream moved to another attachment, field or tenant, or opened with
// another owner's key, does not decrypt; a wrapped stream key does not open
// for another owner or tenant.
func TestStreamSwap(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a", "ten_b")
	s := e.sealer
	skA, wA := mkStreamKey(t, e, "ten_a", "attachment/att_a")
	skB, wB := mkStreamKey(t, e, "ten_a", "attachment/att_b")
	skOther, _ := mkStreamKey(t, e, "ten_b", "attachment/att_a")
	ptA := testPlaintext(5000, 10)
	ptB := testPlaintext(5000, 11)
	ctA := encryptStream(t, skA, "content", ptA)
	ctB := encryptStream(t, skB, "content", ptB)

	// The file of attachment B served for attachment A, and vice versa.
	mustStreamFail(t, skA, "content", ctB, "B's file read with A's key")
	mustStreamFail(t, skB, "content", ctA, "A's file read with B's key")
	// Same attachment id in another tenant.
	mustStreamFail(t, skOther, "content", ctA, "A's file read with tenant B's key")
	// Same key, another field.
	mustStreamFail(t, skA, "thumbnail", ctA, "content read as thumbnail")
	// A key of another owner: the same key bytes bound to another owner
	// (as if the wrapped key had been accepted for it) still fails, because
	// the owner is in the stream's associated data.
	rebound := &StreamKey{tenantID: "ten_a", owner: "attachment/att_b", saead: skA.saead, handle: skA.handle,
		adPrefix: buildAD(0, kindStream, "ten_a", "attachment/att_b")}
	mustStreamFail(t, rebound, "content", ctA, "A's key bytes bound to owner B")

	// Wrapped keys: moved to another owner or tenant.
	_, err := s.OpenStreamKey(ctx, "ten_a", "attachment/att_b", wA)
	mustDecryptErr(t, err, "A's wrapped key opened as B's")
	_, err = s.OpenStreamKey(ctx, "ten_b", "attachment/att_a", wA)
	mustDecryptErr(t, err, "A's wrapped key opened in tenant B")
	// Still fine in place.
	skA2, err := s.OpenStreamKey(ctx, "ten_a", "attachment/att_a", wA)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := decryptStream(skA2, "content", ctA); err != nil || !bytes.Equal(got, ptA) {
		t.Fatalf("A: %v", err)
	}
	if _, err := s.OpenStreamKey(ctx, "ten_a", "attachment/att_b", wB); err != nil {
		t.Fatal(err)
	}
}

// Stream keys and data keys are not interchangeable: the wrapping's
// associated data kind differs, and the keyset type is checked.
func TestStreamKeyKindSeparation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	tp, err := e.sealer.tenant(ctx, "ten_a", false)
	if err != nil {
		t.Fatal(err)
	}
	const owner = "attachment/att_1"
	// An AES-GCM keyset wrapped exactly like a stream key.
	gcm, _ := keyset.NewHandle(aead.AES256GCMKeyTemplate())
	w, err := wrapHandle(gcm, tp.kek, buildAD(0, kindStreamKey, "ten_a", owner))
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.sealer.OpenStreamKey(ctx, "ten_a", owner, w)
	mustDecryptErr(t, err, "AES-GCM keyset as stream key")
	_, _, err = e.sealer.RewrapDataKey(ctx, "ten_a", owner, w)
	mustDecryptErr(t, err, "rewrap AES-GCM keyset as stream key")
	// A stream keyset with 128-bit derived keys.
	weak, _ := keyset.NewHandle(streamingaead.AES128GCMHKDF1MBKeyTemplate())
	w, _ = wrapHandle(weak, tp.kek, buildAD(0, kindStreamKey, "ten_a", owner))
	_, err = e.sealer.OpenStreamKey(ctx, "ten_a", owner, w)
	mustDecryptErr(t, err, "AES128-GCM-HKDF keyset as stream key")
	// A genuine stream keyset wrapped with the data-key binding.
	sh, _ := keyset.NewHandle(streamKeyTemplate())
	w, _ = wrapHandle(sh, tp.kek, buildAD(0, kindDataKey, "ten_a", owner))
	_, err = e.sealer.OpenStreamKey(ctx, "ten_a", owner, w)
	mustDecryptErr(t, err, "stream keyset wrapped as a data key")
	// A data key's wrapped blob offered as a stream key.
	_, wd, err := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.sealer.OpenStreamKey(ctx, "ten_a", owner, wd)
	mustDecryptErr(t, err, "data key blob as stream key")
	// And garbage.
	for _, g := range [][]byte{nil, {}, {0x01, 2, 3, 4, 5}, bytes.Repeat([]byte{0xff}, 300)} {
		_, err = e.sealer.OpenStreamKey(ctx, "ten_a", owner, g)
		mustDecryptErr(t, err, "garbage wrapped key")
	}
}

func TestStreamOwnerValidation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	s := e.sealer
	long := strings.Repeat("a", 128)
	for _, owner := range []string{"attachment/att_01j9x7y6z5", "attachment/" + long, "attachment/0", "attachment/a-b_c"} {
		if _, _, err := s.NewStreamKey(ctx, "ten_a", owner); err != nil {
			t.Errorf("NewStreamKey(%q): %v", owner, err)
		}
	}
	bad := []string{
		"", "attachment/", "attachment", "message/msg_1", "recipient/rcp_1", "Attachment/att_1",
		"attachment/" + long + "a", "attachment/Att_1", "attachment/_a", "attachment/-a",
		"attachment/a/b", "attachment/../ten_b/x", "attachment/a.b", "attachment/a b", "attachment/a\x00",
		"attachment/é",
	}
	for _, owner := range bad {
		_, _, err := s.NewStreamKey(ctx, "ten_a", owner)
		if err == nil {
			t.Errorf("NewStreamKey(%q) accepted", owner)
			continue
		}
		if errors.Is(err, ErrDecrypt) {
			t.Errorf("NewStreamKey(%q): %v is not a validation error", owner, err)
		}
		if _, err := s.OpenStreamKey(ctx, "ten_a", owner, []byte{1}); err == nil || errors.Is(err, ErrDecrypt) {
			t.Errorf("OpenStreamKey(%q): %v, want a validation error", owner, err)
		}
		if strings.HasPrefix(owner, "attachment/") && len(owner) > len("attachment/") && strings.Contains(err.Error(), owner[len("attachment/"):]) {
			t.Errorf("error echoes the invalid id: %v", err)
		}
	}
	if _, _, err := s.NewStreamKey(ctx, "", "attachment/att_1"); err == nil {
		t.Error("empty tenant accepted")
	}
	// Attachment owners hold stream keys only.
	if _, _, err := s.NewDataKey(ctx, "ten_a", "attachment/att_1"); err == nil {
		t.Error("NewDataKey accepted an attachment owner")
	}
	_, w, err := s.NewStreamKey(ctx, "ten_a", "attachment/att_1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.OpenDataKey(ctx, "ten_a", "attachment/att_1", w); err == nil || errors.Is(err, ErrDecrypt) {
		t.Errorf("OpenDataKey on an attachment owner: %v, want a validation error", err)
	}
	// Other owners are as before.
	if _, _, err := s.NewDataKey(ctx, "ten_a", "message/msg_1"); err != nil {
		t.Error(err)
	}
	// Fields must be named.
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_2")
	if _, err := sk.EncryptWriter(io.Discard, ""); err == nil {
		t.Error("EncryptWriter accepted an empty field")
	}
	if _, err := sk.DecryptReader(bytes.NewReader(nil), ""); err == nil {
		t.Error("DecryptReader accepted an empty field")
	}
}

// `sealpost keys rotate` re-wraps every row of the data key table with
// RewrapDataKey, attachments' stream keys included.
func TestStreamKeyRewrapAfterRotation(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, "ten_a")
	s := NewSealer(e.kf, e.store.lookup, WithCacheTTL(0))
	const owner = "attachment/att_1"
	sk, wrapped, err := s.NewStreamKey(ctx, "ten_a", owner)
	if err != nil {
		t.Fatal(err)
	}
	pt := testPlaintext(firstSegP+1000, 20)
	ct := encryptStream(t, sk, "content", pt)

	if err := e.kf.Rotate(ctx); err != nil {
		t.Fatal(err)
	}
	tk, _ := e.store.lookup(ctx, "ten_a")
	tk2, err := RotateTenantKeys(ctx, e.kf, "ten_a", tk)
	if err != nil {
		t.Fatal(err)
	}
	e.store.put("ten_a", tk2)

	w2, changed, err := s.RewrapDataKey(ctx, "ten_a", owner, wrapped)
	if err != nil || !changed {
		t.Fatalf("rewrap: changed=%v err=%v", changed, err)
	}
	if bytes.Equal(w2, wrapped) {
		t.Fatal("rewrap returned the old blob")
	}
	w3, changed, err := s.RewrapDataKey(ctx, "ten_a", owner, w2)
	if err != nil || changed || !bytes.Equal(w3, w2) {
		t.Fatalf("second rewrap: changed=%v err=%v", changed, err)
	}
	// The re-wrapped key is still bound to its owner.
	_, _, err = s.RewrapDataKey(ctx, "ten_a", "attachment/att_2", w2)
	mustDecryptErr(t, err, "rewrap under another owner")
	_, err = s.OpenStreamKey(ctx, "ten_a", "attachment/att_2", w2)
	mustDecryptErr(t, err, "re-wrapped key under another owner")

	// With the old KEK keys gone, only the re-wrapped form opens, and it
	// decrypts the stream written before the rotation.
	e.store.put("ten_a", deleteOldKEKKeys(t, e.kf, "ten_a", tk2))
	_, err = s.OpenStreamKey(ctx, "ten_a", owner, wrapped)
	mustDecryptErr(t, err, "pre-rotation wrapped key without the old KEK")
	sk2, err := s.OpenStreamKey(ctx, "ten_a", owner, w2)
	if err != nil {
		t.Fatalf("re-wrapped key needs the old KEK: %v", err)
	}
	if got, err := decryptStream(sk2, "content", ct); err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("old stream with re-wrapped key: %d bytes, %v", len(got), err)
	}
}

type failWriter struct {
	n   int // bytes accepted before failing
	err error
}

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	n := w.n
	w.n = 0
	return n, w.err
}

func TestStreamWriterErrors(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	diskFull := errors.New("disk full")

	// The header cannot be written.
	if _, err := sk.EncryptWriter(&failWriter{n: 0, err: diskFull}, "content"); !errors.Is(err, diskFull) {
		t.Fatalf("header write: %v", err)
	}
	// The first segment cannot be written: the error sticks.
	w, err := sk.EncryptWriter(&failWriter{n: hdrLen, err: diskFull}, "content")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(testPlaintext(segCT+10, 1)); !errors.Is(err, diskFull) {
		t.Fatalf("Write: %v", err)
	}
	if _, err := w.Write([]byte("x")); !errors.Is(err, diskFull) {
		t.Fatalf("Write after failure: %v", err)
	}
	if err := w.Close(); !errors.Is(err, diskFull) {
		t.Fatalf("Close after failure: %v", err)
	}
	// Write after Close fails; a second Close is harmless.
	w, _ = sk.EncryptWriter(io.Discard, "content")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("x")); err == nil {
		t.Fatal("Write after Close succeeded")
	}
	if err := w.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

// An I/O error of the source is reported as such, not as ErrDecrypt, and
// it sticks.
func TestStreamSourceError(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	ct := encryptStream(t, sk, "content", testPlaintext(2*segCT, 1))
	ioErr := errors.New("read failed")
	for _, n := range []int64{0, 10, segCT + 5} {
		src := io.MultiReader(io.LimitReader(bytes.NewReader(ct), n), iotest.ErrReader(ioErr))
		r, _ := sk.DecryptReader(src, "content")
		_, err := io.ReadAll(r)
		if !errors.Is(err, ioErr) || errors.Is(err, ErrDecrypt) {
			t.Fatalf("after %d bytes: %v, want the source's error", n, err)
		}
		if _, err2 := r.Read(make([]byte, 1)); !errors.Is(err2, ioErr) {
			t.Fatalf("after %d bytes: Read after failure: %v", n, err2)
		}
	}
}

func TestStreamErrorsCarryNoSecrets(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	marker := "PHI-MARKER-8d1f"
	ct := encryptStream(t, sk, "content", []byte(strings.Repeat(marker, 10)))
	ct[len(ct)-1] ^= 1
	_, err := decryptStream(sk, "content", ct)
	if err == nil || strings.Contains(err.Error(), marker) {
		t.Fatalf("err = %v", err)
	}
	if want := "seal: content of attachment/att_1: " + ErrDecrypt.Error(); err.Error() != want {
		t.Fatalf("err = %q, want %q", err, want)
	}
}

// One StreamKey serves concurrent uploads and downloads.
func TestStreamConcurrent(t *testing.T) {
	e := newEnv(t, "ten_a")
	sk, _ := mkStreamKey(t, e, "ten_a", "attachment/att_1")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			pt := testPlaintext(10000+i, uint64(i))
			var buf bytes.Buffer
			w, err := sk.EncryptWriter(&buf, "content")
			if err == nil {
				_, err = w.Write(pt)
			}
			if err == nil {
				err = w.Close()
			}
			if err != nil {
				errs <- err
				return
			}
			got, err := decryptStream(sk, "content", buf.Bytes())
			if err == nil && !bytes.Equal(got, pt) {
				err = fmt.Errorf("goroutine %d: plaintext differs", i)
			}
			if err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzStreamDecrypt feeds arbitrary bytes to DecryptReader: reading must
// end in ErrDecrypt (never a panic, never io.EOF), unless the input is the
// genuine stream.
//
//	go test -run '^$' -fuzz FuzzStreamDecrypt -fuzztime 30s -fuzzminimizetime 5s ./internal/seal/
func FuzzStreamDecrypt(f *testing.F) {
	e := newEnv(f, "ten_a")
	sk, _ := mkStreamKey(f, e, "ten_a", "attachment/att_1")
	pt := []byte("attachment body")
	ct := encryptStream(f, sk, "content", pt)
	f.Add(ct)
	f.Add(ct[:hdrLen])
	f.Add([]byte{})
	f.Add([]byte{hdrLen})
	f.Add(append(bytes.Clone(ct), 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decryptStream(sk, "content", data)
		if err == nil {
			if !bytes.Equal(data, ct) || !bytes.Equal(got, pt) {
				t.Fatalf("forged stream decrypted to %q", got)
			}
		} else if !errors.Is(err, ErrDecrypt) {
			t.Fatalf("DecryptReader: %v", err)
		}
	})
}
