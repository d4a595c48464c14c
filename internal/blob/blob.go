// Package blob stores opaque byte objects — attachment ciphertexts made by
// internal/seal's stream keys — under validated keys. [Store] is the
// interface the rest of sealpost uses; [Dir] keeps objects as files in a
// local directory, and an S3-compatible store can implement the same
// interface later.
//
// Objects appear only whole: a [Writer] collects an object out of sight and
// [Writer.Commit] publishes it atomically, so a crashed, aborted or
// truncated upload is never visible under its key. The package never looks
// inside objects, and keys are ids, never content.
package blob

import (
	"context"
	"errors"
	"io"
	"strings"
)

// ErrNotFound is returned (wrapped) by Open for a key with no committed
// object.
var ErrNotFound = errors.New("blob: not found")

// ErrInvalidKey is returned for a key that does not match
// [ValidKey].
var ErrInvalidKey = errors.New("blob: invalid key")

// Store keeps objects under keys (see [ValidKey]).
type Store interface {
	// Create starts a new object for key. Nothing is visible under key
	// until the Writer's Commit succeeds; a committed object replaces any
	// previous object of the same key.
	Create(ctx context.Context, key string) (Writer, error)
	// Open returns a committed object and its size in bytes, or an error
	// wrapping ErrNotFound.
	Open(ctx context.Context, key string) (io.ReadCloser, int64, error)
	// Delete removes the object of key. Deleting a missing object is not an
	// error.
	Delete(ctx context.Context, key string) error
}

// Writer receives an object's bytes. Exactly one of Commit or Abort ends
// it; Abort after Commit (or a second Abort) is a no-op returning nil, so
// `defer w.Abort()` is the usual pattern. A Writer is not safe for
// concurrent use.
type Writer interface {
	io.Writer
	// Commit makes the object durable and visible under its key, replacing
	// any previous object of that key. After an error the object must not
	// be relied on: normally nothing was published and the Writer is
	// aborted (a canceled context also fails Commit); a store may report
	// an error after publishing when it could not make the publication
	// durable.
	Commit() error
	// Abort discards everything written; nothing becomes visible.
	Abort() error
}

// Key limits.
const (
	MaxKeySegments   = 4
	MaxSegmentLength = 128
)

// ValidKey reports whether key is a valid object key:
//
//	^[a-z0-9][a-z0-9_-]{0,127}(/[a-z0-9][a-z0-9_-]{0,127}){0,3}$
//
// One to four "/"-separated segments of lowercase letters, digits, "_" and
// "-", each starting with a letter or digit. So no key is absolute, empty,
// has an empty, "." or ".." segment, a backslash, a NUL or upper case
// (which case-insensitive storage could merge), and every key is a valid
// relative path and S3 object name.
func ValidKey(key string) bool {
	if key == "" {
		return false
	}
	segs := 0
	for seg := range strings.SplitSeq(key, "/") {
		segs++
		if segs > MaxKeySegments || !validSegment(seg) {
			return false
		}
	}
	return true
}

func validSegment(s string) bool {
	if len(s) == 0 || len(s) > MaxSegmentLength {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case (c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}
