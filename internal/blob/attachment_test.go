package blob_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/sealpost/sealpost/internal/blob"
	"github.com/sealpost/sealpost/internal/seal"
)

// The attachment path end to end: seal's stream keys over a blob.Dir on
// disk. Tests check that what comes back is what went in, or an error;
// BenchmarkAttachment gives the throughput figures of docs/benchmarks.md.

type attachments struct {
	sealer *seal.Sealer
	store  *blob.Dir
	root   string
}

func newAttachments(t testing.TB) *attachments {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	kf, err := seal.OpenKeyFile(filepath.Join(dir, "keys", "root.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := seal.NewTenantKeys(ctx, kf, "ten_a")
	if err != nil {
		t.Fatal(err)
	}
	lookup := func(_ context.Context, id string) (seal.TenantKeys, error) {
		if id != "ten_a" {
			return seal.TenantKeys{}, errors.New("no such tenant")
		}
		return tk, nil
	}
	root := filepath.Join(dir, "blobs")
	d, err := blob.NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return &attachments{sealer: seal.NewSealer(kf, lookup), store: d, root: root}
}

// upload encrypts what src yields into the store under key, with a fresh
// stream key for attachment id, and returns the wrapped key.
func (a *attachments) upload(ctx context.Context, id string, src io.Reader) ([]byte, error) {
	sk, wrapped, err := a.sealer.NewStreamKey(ctx, "ten_a", "attachment/"+id)
	if err != nil {
		return nil, err
	}
	w, err := a.store.Create(ctx, "ten_a/"+id)
	if err != nil {
		return nil, err
	}
	defer w.Abort()
	ew, err := sk.EncryptWriter(w, "content")
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(ew, src); err != nil {
		return nil, err
	}
	if err := ew.Close(); err != nil {
		return nil, err
	}
	return wrapped, w.Commit()
}

// download decrypts attachment id stored under key into dst and returns
// the number of bytes and the plaintext size announced beforehand.
func (a *attachments) download(ctx context.Context, id, key string, wrapped []byte, dst io.Writer) (n, announced int64, err error) {
	sk, err := a.sealer.OpenStreamKey(ctx, "ten_a", "attachment/"+id, wrapped)
	if err != nil {
		return 0, 0, err
	}
	r, size, err := a.store.Open(ctx, key)
	if err != nil {
		return 0, 0, err
	}
	defer r.Close()
	if announced, err = sk.PlaintextSize(size); err != nil {
		return 0, 0, err
	}
	dr, err := sk.DecryptReader(r, "content")
	if err != nil {
		return 0, 0, err
	}
	n, err = io.Copy(dst, dr)
	return n, announced, err
}

func TestAttachmentThroughDir(t *testing.T) {
	ctx := context.Background()
	a := newAttachments(t)
	pt := make([]byte, 2<<20+12345) // three segments
	rand.Read(pt)
	w1, err := a.upload(ctx, "att_1", bytes.NewReader(pt))
	if err != nil {
		t.Fatal(err)
	}
	w2, err := a.upload(ctx, "att_2", bytes.NewReader(pt[:1000]))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	n, announced, err := a.download(ctx, "att_1", "ten_a/att_1", w1, &got)
	if err != nil || n != int64(len(pt)) || announced != n || !bytes.Equal(got.Bytes(), pt) {
		t.Fatalf("download: %d bytes (announced %d), %v", n, announced, err)
	}
	onDisk, err := os.ReadFile(filepath.Join(a.root, "ten_a", "att_1.blob"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(onDisk, pt[:256]) {
		t.Fatal("plaintext on disk")
	}

	// Attachment 2's file served as attachment 1: its key is not A's.
	_, _, err = a.download(ctx, "att_1", "ten_a/att_2", w1, io.Discard)
	if !errors.Is(err, seal.ErrDecrypt) {
		t.Fatalf("swapped file: %v", err)
	}
	// The same file with attachment 2's own key but attachment 1's owner.
	if _, err := a.sealer.OpenStreamKey(ctx, "ten_a", "attachment/att_1", w2); !errors.Is(err, seal.ErrDecrypt) {
		t.Fatalf("wrapped key of another owner: %v", err)
	}

	// The stored file tampered with, or cut short, on disk.
	path := filepath.Join(a.root, "ten_a", "att_1.blob")
	bad := bytes.Clone(onDisk)
	bad[len(bad)/2] ^= 0x80
	if err := os.WriteFile(path, bad, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.download(ctx, "att_1", "ten_a/att_1", w1, io.Discard); !errors.Is(err, seal.ErrDecrypt) {
		t.Fatalf("flipped byte on disk: %v", err)
	}
	for _, cut := range []int{len(onDisk) - 1, 2 << 20, 1 << 20, 100, 0} {
		if err := os.WriteFile(path, onDisk[:cut], 0o600); err != nil {
			t.Fatal(err)
		}
		n, _, err := a.download(ctx, "att_1", "ten_a/att_1", w1, io.Discard)
		if !errors.Is(err, seal.ErrDecrypt) {
			t.Fatalf("truncated to %d on disk: %d bytes, %v", cut, n, err)
		}
	}
	// Deleted: not found (and deleting again is fine).
	if err := a.store.Delete(ctx, "ten_a/att_1"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.download(ctx, "att_1", "ten_a/att_1", w1, io.Discard); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("deleted: %v", err)
	}
}

// An upload that fails half-way (the client went away) leaves nothing.
func TestAttachmentFailedUpload(t *testing.T) {
	ctx := context.Background()
	a := newAttachments(t)
	broken := io.MultiReader(bytes.NewReader(make([]byte, 3<<20)), errReader{})
	if _, err := a.upload(ctx, "att_1", broken); err == nil {
		t.Fatal("upload of a broken body succeeded")
	}
	if _, _, err := a.store.Open(ctx, "ten_a/att_1"); !errors.Is(err, blob.ErrNotFound) {
		t.Fatalf("after a failed upload: %v", err)
	}
	entries, err := os.ReadDir(filepath.Join(a.root, "ten_a"))
	if err != nil || len(entries) != 0 {
		t.Fatalf("left behind: %v, %v", entries, err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("client went away") }

const attachmentSize = 256 << 20

// chunkReader yields size bytes by repeating one random MiB, in reads of at
// most 32 KiB (what io.Copy does with a request body).
type chunkReader struct {
	chunk []byte
	left  int64
	off   int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.left == 0 {
		return 0, io.EOF
	}
	p = p[:min(len(p), 32<<10, len(r.chunk)-r.off, int(min(r.left, 1<<30)))]
	n := copy(p, r.chunk[r.off:])
	r.off = (r.off + n) % len(r.chunk)
	r.left -= int64(n)
	return n, nil
}

// BenchmarkAttachment streams 256 MiB: "encrypt" uploads (new stream key,
// EncryptWriter into a blob.Dir Writer, Commit with fsync); "decrypt"
// downloads (unwrap the key, Open, DecryptReader, io.Copy to io.Discard)
// with the file in the page cache; "decrypt-cold" drops the file's pages
// first (Linux), so the disk is read too.
func BenchmarkAttachment(b *testing.B) {
	ctx := context.Background()
	a := newAttachments(b)
	chunk := make([]byte, 1<<20)
	rand.Read(chunk)
	var wrapped []byte
	b.Run("encrypt", func(b *testing.B) {
		b.SetBytes(attachmentSize)
		for b.Loop() {
			var err error
			if wrapped, err = a.upload(ctx, "att_bench", &chunkReader{chunk: chunk, left: attachmentSize}); err != nil {
				b.Fatal(err)
			}
		}
	})
	if wrapped == nil {
		var err error
		if wrapped, err = a.upload(ctx, "att_bench", &chunkReader{chunk: chunk, left: attachmentSize}); err != nil {
			b.Fatal(err)
		}
	}
	download := func(b *testing.B, cold bool) {
		b.SetBytes(attachmentSize)
		for b.Loop() {
			if cold {
				b.StopTimer()
				if err := dropCache(filepath.Join(a.root, "ten_a", "att_bench.blob")); err != nil {
					b.Skip("cannot drop the page cache here:", err)
				}
				b.StartTimer()
			}
			n, _, err := a.download(ctx, "att_bench", "ten_a/att_bench", wrapped, io.Discard)
			if err != nil || n != attachmentSize {
				b.Fatal(n, err)
			}
		}
	}
	b.Run("decrypt", func(b *testing.B) { download(b, false) })
	b.Run("decrypt-cold", func(b *testing.B) { download(b, true) })
}
