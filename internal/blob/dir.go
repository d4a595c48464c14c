package blob

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// Dir is a [Store] of files under one local directory. It is safe for
// concurrent use.
//
// Layout: key "a/b/c" is the file ROOT/a/b/c.blob; directories are 0700,
// files 0600. The ".blob" suffix keeps files and directories apart (a key
// may be both an object and a prefix of others), and since no key segment
// contains a dot, nothing else under ROOT can be taken for an object. Keys
// already fan out (e.g. "<tenant>/<attachment>"), and directories on
// ext4/xfs are hash-indexed, so no further fan-out is added.
//
// A Writer writes ROOT/a/b/.c.blob.<random>.tmp (O_EXCL, 0600); Commit
// fsyncs it, renames it over c.blob and fsyncs the directory (and the
// parents of directories this upload created), so a committed object
// survives a crash and an uncommitted one is never visible. Temporary files
// left by a crashed process are removed by [Dir.RemoveStale].
//
// All file access goes through an [os.Root]: besides strict key validation,
// no path can leave ROOT, even through a symbolic link planted inside it.
type Dir struct {
	root *os.Root
}

var _ Store = (*Dir)(nil)

const (
	objSuffix = ".blob"
	tmpSuffix = ".tmp"
	dirPerm   = 0o700
	filePerm  = 0o600
)

// NewDir opens the store rooted at dir, creating it (mode 0700, parents
// included) if it does not exist. An existing directory accessible by group
// or others is refused. Close releases it.
func NewDir(dir string) (*Dir, error) {
	if dir == "" {
		return nil, errors.New("blob: empty directory")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("blob: %w", err)
	}
	if err := os.MkdirAll(abs, dirPerm); err != nil {
		return nil, fmt.Errorf("blob: create %s: %w", abs, err)
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("blob: open %s: %w", abs, err)
	}
	// Check the directory actually opened, not the path.
	fi, err := root.Stat(".")
	if err != nil {
		root.Close()
		return nil, fmt.Errorf("blob: %s: %w", abs, err)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		root.Close()
		return nil, fmt.Errorf("blob: %s has mode %04o: it must not be accessible by group or others (chmod 700)", abs, perm)
	}
	return &Dir{root: root}, nil
}

// Close releases the directory. Writers and readers still open keep working
// on their open files, but Commit fails.
func (d *Dir) Close() error { return d.root.Close() }

// Path returns the directory's absolute path.
func (d *Dir) Path() string { return d.root.Name() }

// split returns the directory of key's file ("." for a one-segment key) and
// the file's base name without suffix.
func split(key string) (dir, base string) {
	i := strings.LastIndexByte(key, '/')
	if i < 0 {
		return ".", key
	}
	return key[:i], key[i+1:]
}

func checkKey(key string) error {
	if !ValidKey(key) {
		// The key is not echoed: it failed validation and may be anything.
		return ErrInvalidKey
	}
	return nil
}

// Create implements [Store].
func (d *Dir) Create(ctx context.Context, key string) (Writer, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := checkKey(key); err != nil {
		return nil, err
	}
	dir, base := split(key)
	// Create the key's directories one by one, remembering which ones are
	// new: Commit must then also fsync their parents.
	var synced []string
	if dir != "." {
		for i := 0; i <= len(dir); i++ {
			if i < len(dir) && dir[i] != '/' {
				continue
			}
			p := dir[:i]
			err := d.root.Mkdir(p, dirPerm)
			switch {
			case err == nil:
				synced = append(synced, path.Dir(p))
			case errors.Is(err, fs.ErrExist):
			default:
				return nil, fmt.Errorf("blob: create %s: %w", key, err)
			}
		}
	}
	var rnd [12]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, fmt.Errorf("blob: create %s: %w", key, err)
	}
	tmp := path.Join(dir, "."+base+objSuffix+"."+hex.EncodeToString(rnd[:])+tmpSuffix)
	f, err := d.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, filePerm)
	if err != nil {
		return nil, fmt.Errorf("blob: create %s: %w", key, err)
	}
	return &dirWriter{
		d:      d,
		ctx:    ctx,
		key:    key,
		f:      f,
		tmp:    tmp,
		final:  path.Join(dir, base+objSuffix),
		syncTo: append(synced, dir),
	}, nil
}

type dirWriter struct {
	d          *Dir
	ctx        context.Context
	key        string
	f          *os.File
	tmp, final string
	syncTo     []string // directories to fsync after the rename
	done       bool
}

var errFinished = errors.New("blob: writer already committed or aborted")

func (w *dirWriter) Write(p []byte) (int, error) {
	if w.done {
		return 0, errFinished
	}
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := w.f.Write(p)
	if err != nil {
		return n, fmt.Errorf("blob: write %s: %w", w.key, err)
	}
	return n, nil
}

func (w *dirWriter) Commit() (err error) {
	if w.done {
		return errFinished
	}
	defer func() {
		if err != nil {
			w.Abort()
		}
	}()
	// An upload whose request was canceled is not published.
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("blob: commit %s: %w", w.key, err)
	}
	if err := w.f.Close(); err != nil {
		return fmt.Errorf("blob: commit %s: %w", w.key, err)
	}
	if err := w.d.root.Rename(w.tmp, w.final); err != nil {
		return fmt.Errorf("blob: commit %s: %w", w.key, err)
	}
	w.done = true
	// The object is visible now; make its directory entry (and those of
	// directories made for it) durable.
	for _, dir := range w.syncTo {
		if err := w.d.syncDir(dir); err != nil {
			return fmt.Errorf("blob: commit %s: sync directory: %w", w.key, err)
		}
	}
	return nil
}

func (w *dirWriter) Abort() error {
	if w.done {
		return nil
	}
	w.done = true
	w.f.Close() // may already be closed by a failed Commit
	if err := w.d.root.Remove(w.tmp); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("blob: abort %s: %w", w.key, err)
	}
	return nil
}

func (d *Dir) syncDir(dir string) error {
	f, err := d.root.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// Open implements [Store]. The reader is the object's file (an *os.File).
func (d *Dir) Open(ctx context.Context, key string) (io.ReadCloser, int64, error) {
	if err := ctx.Err(); err != nil {
		return nil, 0, err
	}
	if err := checkKey(key); err != nil {
		return nil, 0, err
	}
	dir, base := split(key)
	f, err := d.root.Open(path.Join(dir, base+objSuffix))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, fmt.Errorf("blob: %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("blob: open %s: %w", key, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("blob: open %s: %w", key, err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, 0, fmt.Errorf("blob: open %s: not a regular file", key)
	}
	return f, fi.Size(), nil
}

// Delete implements [Store]. A successful deletion is made durable (the
// directory is fsynced).
func (d *Dir) Delete(ctx context.Context, key string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := checkKey(key); err != nil {
		return err
	}
	dir, base := split(key)
	err := d.root.Remove(path.Join(dir, base+objSuffix))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("blob: delete %s: %w", key, err)
	}
	if err := d.syncDir(dir); err != nil {
		return fmt.Errorf("blob: delete %s: sync directory: %w", key, err)
	}
	return nil
}

// RemoveStale removes temporary files of uploads that were neither
// committed nor aborted (their process died) and were last written before
// olderThan ago; it returns how many it removed. olderThan must exceed the
// longest pause in a live upload (an hour is safe): a live upload's file is
// written continually, so its modification time stays recent.
func (d *Dir) RemoveStale(ctx context.Context, olderThan time.Duration) (int, error) {
	cutoff := time.Now().Add(-olderThan)
	removed := 0
	err := fs.WalkDir(d.root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() || !e.Type().IsRegular() || !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, tmpSuffix) {
			return nil
		}
		fi, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil // committed or aborted meanwhile
		}
		if err != nil {
			return err
		}
		if fi.ModTime().After(cutoff) {
			return nil
		}
		if err := d.root.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		removed++
		return nil
	})
	if err != nil {
		return removed, fmt.Errorf("blob: remove stale uploads: %w", err)
	}
	return removed, nil
}
