package blob

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func newDir(t *testing.T) (*Dir, string) {
	t.Helper()
	root := filepath.Join(t.TempDir(), "blobs")
	d, err := NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d, root
}

func put(t *testing.T, s Store, key string, data []byte) {
	t.Helper()
	w, err := s.Create(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	if n, err := w.Write(data); err != nil || n != len(data) {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
}

func get(t *testing.T, s Store, key string) ([]byte, error) {
	t.Helper()
	r, size, err := s.Open(context.Background(), key)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) != size {
		t.Fatalf("%s: Open said %d bytes, read %d", key, size, len(b))
	}
	return b, nil
}

func mustNotFound(t *testing.T, s Store, key string) {
	t.Helper()
	if b, err := get(t, s, key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("%s: got %d bytes, %v; want ErrNotFound", key, len(b), err)
	}
}

// files lists every regular file under root, relative, sorted.
func files(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestValidKey(t *testing.T) {
	long := strings.Repeat("a", 128)
	for _, k := range []string{"a", "0", "ten_1/att_2", "a-b_c/d", "a/b/c/d", long, long + "/" + long, "x/blob"} {
		if !ValidKey(k) {
			t.Errorf("ValidKey(%q) = false", k)
		}
	}
	for _, k := range []string{
		"", "/", "/a", "a/", "a//b", ".", "..", "../a", "a/..", "a/../b", "a/./b", "./a",
		"/etc/passwd", "a\\b", "..\\a", "A", "ten_1/Att", "a.blob", ".a", "_a", "-a", "a/_b",
		"a b", "a\x00", "a\n", "é", "a/b/c/d/e", long + "a", "a/" + long + "b", "c:/a",
	} {
		if ValidKey(k) {
			t.Errorf("ValidKey(%q) = true", k)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	d, root := newDir(t)
	data := bytes.Repeat([]byte("ciphertext"), 100_000)
	put(t, d, "ten_a/att_1", data)
	put(t, d, "ten_a/att_2", nil)
	put(t, d, "top", []byte("x"))
	put(t, d, "a/b/c/d", []byte("deep"))
	if got, err := get(t, d, "ten_a/att_1"); err != nil || !bytes.Equal(got, data) {
		t.Fatalf("att_1: %d bytes, %v", len(got), err)
	}
	if got, err := get(t, d, "ten_a/att_2"); err != nil || len(got) != 0 {
		t.Fatalf("empty object: %q, %v", got, err)
	}
	// A key may be an object and the prefix of others.
	put(t, d, "ten_a", []byte("also an object"))
	if got, err := get(t, d, "ten_a"); err != nil || string(got) != "also an object" {
		t.Fatalf("ten_a: %q, %v", got, err)
	}
	// A new commit replaces the object whole.
	put(t, d, "top", []byte("replaced"))
	if got, _ := get(t, d, "top"); string(got) != "replaced" {
		t.Fatalf("top = %q", got)
	}
	want := []string{"a/b/c/d.blob", "ten_a.blob", "ten_a/att_1.blob", "ten_a/att_2.blob", "top.blob"}
	if got := files(t, root); !slices.Equal(got, want) {
		t.Fatalf("files = %v, want %v", got, want)
	}
	mustNotFound(t, d, "ten_a/att_3")
	mustNotFound(t, d, "nope/att_1")
	mustNotFound(t, d, "a/b") // a directory, not an object
}

func TestAbortLeavesNothing(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	w, err := d.Create(ctx, "ten_a/att_1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("partial upload")); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	mustNotFound(t, d, "ten_a/att_1")
	if got := files(t, root); len(got) != 0 {
		t.Fatalf("files after Abort: %v", got)
	}
	if err := w.Abort(); err != nil {
		t.Fatalf("second Abort: %v", err)
	}
	if _, err := w.Write([]byte("x")); err == nil {
		t.Fatal("Write after Abort succeeded")
	}
	if err := w.Commit(); err == nil {
		t.Fatal("Commit after Abort succeeded")
	}
	mustNotFound(t, d, "ten_a/att_1")
	// Abort after Commit is a no-op (the deferred-Abort pattern).
	w, _ = d.Create(ctx, "ten_a/att_2")
	w.Write([]byte("kept"))
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err == nil {
		t.Fatal("second Commit succeeded")
	}
	if got, err := get(t, d, "ten_a/att_2"); err != nil || string(got) != "kept" {
		t.Fatalf("after Commit+Abort: %q, %v", got, err)
	}
}

func TestUncommittedNotVisible(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	put(t, d, "ten_a/att_1", []byte("old"))
	w, err := d.Create(ctx, "ten_a/att_1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("new, still uploading")); err != nil {
		t.Fatal(err)
	}
	// Neither the new object nor a half of it is visible; the old one is.
	if got, _ := get(t, d, "ten_a/att_1"); string(got) != "old" {
		t.Fatalf("during upload: %q", got)
	}
	w2, _ := d.Create(ctx, "ten_a/att_9")
	w2.Write([]byte("never committed"))
	mustNotFound(t, d, "ten_a/att_9")
	// The process "crashes": a new Dir on the same root (a restart) sees
	// neither upload.
	d2, err := NewDir(root)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	mustNotFound(t, d2, "ten_a/att_9")
	if got, _ := get(t, d2, "ten_a/att_1"); string(got) != "old" {
		t.Fatalf("after restart: %q", got)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := get(t, d2, "ten_a/att_1"); string(got) != "new, still uploading" {
		t.Fatalf("after Commit: %q", got)
	}
	// Two uploads of one key: the last Commit wins, whole.
	a, _ := d.Create(ctx, "ten_a/att_2")
	b, _ := d.Create(ctx, "ten_a/att_2")
	a.Write(bytes.Repeat([]byte("a"), 1000))
	b.Write(bytes.Repeat([]byte("b"), 500))
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := get(t, d, "ten_a/att_2"); !bytes.Equal(got, bytes.Repeat([]byte("a"), 1000)) {
		t.Fatalf("last commit: %d bytes", len(got))
	}
}

func TestTraversalRefused(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	parent := filepath.Dir(root)
	before := files(t, parent)
	for _, k := range []string{"../x", "../../etc/passwd", "/etc/passwd", "a/../../x", "..", ".", "", "a//b", "a/", "a\\..\\x", ".x.blob.0.tmp", "a.blob", "A"} {
		if _, err := d.Create(ctx, k); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Create(%q): %v", k, err)
		}
		if _, _, err := d.Open(ctx, k); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Open(%q): %v", k, err)
		}
		if err := d.Delete(ctx, k); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("Delete(%q): %v", k, err)
		}
	}
	if after := files(t, parent); !slices.Equal(before, after) {
		t.Fatalf("files changed: %v -> %v", before, after)
	}
	// A symbolic link planted inside the root cannot lead out of it.
	outside := filepath.Join(parent, "outside")
	if err := os.Mkdir(outside, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "x.blob"), []byte("outside"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "ten_evil")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := d.Open(ctx, "ten_evil/x"); err == nil {
		t.Fatal("Open followed a symlink out of the root")
	}
	if _, err := d.Create(ctx, "ten_evil/y"); err == nil {
		t.Fatal("Create followed a symlink out of the root")
	}
	if err := d.Delete(ctx, "ten_evil/x"); err == nil {
		t.Fatal("Delete followed a symlink out of the root")
	}
	if got := files(t, outside); !slices.Equal(got, []string{"x.blob"}) {
		t.Fatalf("outside: %v", got)
	}
}

func TestDeleteIdempotent(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	for _, k := range []string{"never", "no/such/dir/key"} {
		if err := d.Delete(ctx, k); err != nil {
			t.Fatalf("Delete(%q) of a missing key: %v", k, err)
		}
	}
	put(t, d, "ten_a/att_1", []byte("x"))
	put(t, d, "ten_a/att_2", []byte("y"))
	for range 2 {
		if err := d.Delete(ctx, "ten_a/att_1"); err != nil {
			t.Fatal(err)
		}
		mustNotFound(t, d, "ten_a/att_1")
	}
	if got := files(t, root); !slices.Equal(got, []string{"ten_a/att_2.blob"}) {
		t.Fatalf("files = %v", got)
	}
}

func TestPermissions(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	w, err := d.Create(ctx, "ten_a/sub/att_1")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("x"))
	mode := func(p string) fs.FileMode {
		t.Helper()
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Mode()
	}
	tmp := files(t, root)
	if len(tmp) != 1 || !strings.HasPrefix(filepath.Base(tmp[0]), ".att_1.blob.") {
		t.Fatalf("temporary file: %v", tmp)
	}
	if m := mode(filepath.Join(root, tmp[0])); m != 0o600 {
		t.Fatalf("temporary file mode %v", m)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]fs.FileMode{
		root:                             fs.ModeDir | 0o700,
		filepath.Join(root, "ten_a"):     fs.ModeDir | 0o700,
		filepath.Join(root, "ten_a/sub"): fs.ModeDir | 0o700,
		filepath.Join(root, "ten_a/sub/att_1.blob"): 0o600,
	} {
		if m := mode(p); m != want {
			t.Errorf("%s: mode %v, want %v", p, m, want)
		}
	}
	// An existing root open to group or others is refused; a private one
	// is accepted.
	loose := filepath.Join(t.TempDir(), "loose")
	if err := os.Mkdir(loose, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(loose, 0o750); err != nil {
		t.Fatal(err)
	}
	if _, err := NewDir(loose); err == nil || !strings.Contains(err.Error(), "0750") {
		t.Fatalf("NewDir on a 0750 directory: %v", err)
	}
	os.Chmod(loose, 0o700)
	d2, err := NewDir(loose)
	if err != nil {
		t.Fatal(err)
	}
	d2.Close()
	// A root that is a file is refused.
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o600)
	if _, err := NewDir(f); err == nil {
		t.Fatal("NewDir on a file succeeded")
	}
}

func TestContextCanceled(t *testing.T) {
	d, root := newDir(t)
	ctx, cancel := context.WithCancel(context.Background())
	w, err := d.Create(ctx, "ten_a/att_1")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("upload of a request that went away"))
	cancel()
	if _, err := w.Write([]byte("more")); !errors.Is(err, context.Canceled) {
		t.Fatalf("Write after cancel: %v", err)
	}
	if err := w.Commit(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Commit after cancel: %v", err)
	}
	mustNotFound(t, d, "ten_a/att_1")
	if got := files(t, root); len(got) != 0 {
		t.Fatalf("files after a canceled Commit: %v", got)
	}
	if _, err := d.Create(ctx, "ten_a/att_2"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Create with a canceled context: %v", err)
	}
	if _, _, err := d.Open(ctx, "ten_a/att_2"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Open with a canceled context: %v", err)
	}
}

func TestRemoveStale(t *testing.T) {
	ctx := context.Background()
	d, root := newDir(t)
	put(t, d, "ten_a/att_1", []byte("committed"))
	// Two uploads whose process died, one long ago, and a live one.
	dead, _ := d.Create(ctx, "ten_a/att_2")
	dead.Write([]byte("dead"))
	live, _ := d.Create(ctx, "ten_a/att_3")
	live.Write([]byte("live"))
	deadTop, _ := d.Create(ctx, "top")
	var old []string
	for _, f := range files(t, root) {
		if strings.Contains(f, ".att_2.") || strings.HasPrefix(f, ".top.") {
			old = append(old, f)
		}
	}
	if len(old) != 2 {
		t.Fatalf("temporary files: %v", files(t, root))
	}
	past := time.Now().Add(-2 * time.Hour)
	for _, f := range old {
		if err := os.Chtimes(filepath.Join(root, f), past, past); err != nil {
			t.Fatal(err)
		}
	}
	n, err := d.RemoveStale(ctx, time.Hour)
	if err != nil || n != 2 {
		t.Fatalf("RemoveStale = %d, %v", n, err)
	}
	got := files(t, root)
	// Sorted: "." sorts before letters.
	if len(got) != 2 || !strings.HasPrefix(got[0], "ten_a/.att_3.blob.") || got[1] != "ten_a/att_1.blob" {
		t.Fatalf("files = %v", got)
	}
	if err := live.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := get(t, d, "ten_a/att_3"); string(b) != "live" {
		t.Fatalf("live upload: %q", b)
	}
	// The dead writers' own Abort finds nothing left to remove.
	if err := dead.Abort(); err != nil {
		t.Fatal(err)
	}
	if err := deadTop.Abort(); err != nil {
		t.Fatal(err)
	}
}
