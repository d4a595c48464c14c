package seal

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/streamingaead"
	"github.com/tink-crypto/tink-go/v2/streamingaead/aesgcmhkdf"
	"github.com/tink-crypto/tink-go/v2/tink"
)

// AttachmentOwnerPrefix starts the owner of every stream key:
// "attachment/<id>", where id is 1 to 128 characters of [a-z0-9_-] starting
// with a letter or digit (the shape of a blob key component). Such owners
// hold stream keys only; data keys are refused for them.
const AttachmentOwnerPrefix = "attachment/"

// validAttachmentID reports whether id matches ^[a-z0-9][a-z0-9_-]{0,127}$.
func validAttachmentID(id string) bool {
	if len(id) == 0 || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case (c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

// StreamKey is an unwrapped per-attachment streaming key (tink streaming
// AEAD, AES256-GCM-HKDF with 1 MiB segments), bound to one tenant and one
// attachment owner. It is safe for concurrent use; every writer and reader
// it returns is independent (and not itself safe for concurrent use).
type StreamKey struct {
	tenantID, owner string
	saead           tink.StreamingAEAD
	handle          *keyset.Handle
	adPrefix        []byte // encoded [tenant, owner] for kindStream
	segSize, hdrLen int64  // ciphertext segment and stream header sizes
}

// streamTagLen is the GCM tag closing every segment of a stream.
const streamTagLen = 16

// String identifies the key without revealing it.
func (sk *StreamKey) String() string {
	return "seal.StreamKey(" + sk.tenantID + ", " + sk.owner + ")"
}

// Owner returns the owner the key is bound to.
func (sk *StreamKey) Owner() string { return sk.owner }

// TenantID returns the tenant the key is bound to.
func (sk *StreamKey) TenantID() string { return sk.tenantID }

func newStreamKey(tenantID, owner string, h *keyset.Handle) (*StreamKey, error) {
	// A stream key keyset has exactly one AES-GCM-HKDF key with 256-bit
	// derived keys; anything else is not ours.
	if h.Len() != 1 {
		return nil, errors.New("stream key keyset must hold one key")
	}
	e, err := h.Primary()
	if err != nil {
		return nil, err
	}
	k, ok := e.Key().(*aesgcmhkdf.Key)
	if !ok {
		return nil, errors.New("stream key is not AES-GCM-HKDF")
	}
	p, ok := k.Parameters().(*aesgcmhkdf.Parameters)
	if !ok || p.DerivedKeySizeInBytes() != 32 {
		return nil, errors.New("stream key does not derive AES-256 keys")
	}
	sa, err := streamingaead.New(h)
	if err != nil {
		return nil, err
	}
	return &StreamKey{
		tenantID: tenantID,
		owner:    owner,
		saead:    sa,
		handle:   h,
		adPrefix: buildAD(0, kindStream, tenantID, owner),
		segSize:  int64(p.SegmentSizeInBytes()),
		// tink's header: its length byte, the HKDF salt (as long as the
		// derived key), the 7-byte nonce prefix.
		hdrLen: int64(1 + p.DerivedKeySizeInBytes() + 7),
	}, nil
}

// PlaintextSize returns the length of the plaintext of a stream of
// ciphertextSize bytes made by this key, e.g. for the Content-Length of a
// download (which also lets an HTTP client notice a download cut short by
// a decryption failure). It looks at the size only: a size no stream of
// this key can have fails with [ErrDecrypt]; a stream of a plausible size
// may still fail to decrypt.
func (sk *StreamKey) PlaintextSize(ciphertextSize int64) (int64, error) {
	c, s := ciphertextSize, sk.segSize
	if c < sk.hdrLen+streamTagLen {
		return 0, fmt.Errorf("seal: ciphertext size too small for a stream: %w", ErrDecrypt)
	}
	// The header shares the first segment; every segment but the last is
	// exactly s bytes, and the last one holds at least one plaintext byte
	// unless it is the only one.
	segs := (c + s - 1) / s
	if last := c - (segs-1)*s; segs > 1 && last <= streamTagLen {
		return 0, fmt.Errorf("seal: ciphertext size impossible for a stream: %w", ErrDecrypt)
	}
	return c - sk.hdrLen - segs*streamTagLen, nil
}

// NewStreamKey generates a fresh stream key for an attachment owner
// ("attachment/<id>") and returns it with its wrapped form (wrapped by the
// tenant KEK, bound to tenant and owner), to be stored next to the
// attachment. Deleting the wrapped form shreds the attachment.
func (s *Sealer) NewStreamKey(ctx context.Context, tenantID, owner string) (sk *StreamKey, wrapped []byte, err error) {
	if err := checkOwner(tenantID, owner, true); err != nil {
		return nil, nil, err
	}
	tp, err := s.tenant(ctx, tenantID, false)
	if err != nil {
		return nil, nil, err
	}
	h, err := keyset.NewHandle(streamKeyTemplate())
	if err != nil {
		return nil, nil, fmt.Errorf("seal: generate stream key: %w", err)
	}
	sk, err = newStreamKey(tenantID, owner, h)
	if err != nil {
		return nil, nil, fmt.Errorf("seal: generate stream key: %w", err)
	}
	wrapped, err = wrapHandle(h, tp.kek, buildAD(0, kindStreamKey, tenantID, owner))
	if err != nil {
		return nil, nil, fmt.Errorf("seal: wrap stream key: %w", err)
	}
	return sk, wrapped, nil
}

// OpenStreamKey unwraps a stream key stored for an attachment owner. A key
// wrapped for another owner or tenant, a data key, or a tampered blob fails
// with [ErrDecrypt].
func (s *Sealer) OpenStreamKey(ctx context.Context, tenantID, owner string, wrapped []byte) (*StreamKey, error) {
	sk, _, err := s.openStreamKey(ctx, tenantID, owner, wrapped)
	return sk, err
}

func (s *Sealer) openStreamKey(ctx context.Context, tenantID, owner string, wrapped []byte) (*StreamKey, *tenantPrims, error) {
	h, tp, err := s.unwrapObjectKey(ctx, tenantID, owner, true, wrapped)
	if err != nil {
		return nil, nil, err
	}
	sk, err := newStreamKey(tenantID, owner, h)
	if err != nil {
		return nil, nil, fmt.Errorf("seal: stream key of %s: %w", owner, ErrDecrypt)
	}
	return sk, tp, nil
}

func (sk *StreamKey) streamAD(field string) []byte {
	ad := make([]byte, 0, len(sk.adPrefix)+4+len(field))
	ad = append(ad, sk.adPrefix...)
	return appendPart(ad, field)
}

// EncryptWriter returns a writer that encrypts what is written to it into
// dst, for field of the key's owner (e.g. "content"). It writes the stream
// header to dst at once. Close writes the final segment and must be called
// (a stream that was not closed does not decrypt); it does not close dst.
// After any error every further Write and Close fail with it.
func (sk *StreamKey) EncryptWriter(dst io.Writer, field string) (io.WriteCloser, error) {
	if field == "" {
		return nil, errors.New("seal: empty field")
	}
	w, err := sk.saead.NewEncryptingWriter(dst, sk.streamAD(field))
	if err != nil {
		return nil, fmt.Errorf("seal: encrypt %s of %s: %w", field, sk.owner, err)
	}
	return &streamWriter{w: w, field: field, owner: sk.owner}, nil
}

type streamWriter struct {
	w            io.WriteCloser
	field, owner string
	err          error // sticky
	closed       bool
}

func (w *streamWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, fmt.Errorf("seal: encrypt %s of %s: write after Close", w.field, w.owner)
	}
	n, err := w.w.Write(p)
	if err != nil {
		// tink's own errors carry no content; dst's are passed on.
		w.err = fmt.Errorf("seal: encrypt %s of %s: %w", w.field, w.owner, err)
		return n, w.err
	}
	return n, nil
}

func (w *streamWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return nil
	}
	w.closed = true
	if err := w.w.Close(); err != nil {
		w.err = fmt.Errorf("seal: encrypt %s of %s: %w", w.field, w.owner, err)
		return w.err
	}
	return nil
}

// DecryptReader returns a reader of the plaintext of a stream made by
// [StreamKey.EncryptWriter] with this key and the same field. It does no
// I/O itself; every failure surfaces from Read.
//
// Read returns io.EOF only after the final segment has been authenticated.
// Any ciphertext that is not exactly such a stream — truncated (anywhere,
// including at a segment boundary or to nothing), extended, reordered,
// tampered with, made for another field, owner or tenant — fails with an
// error wrapping [ErrDecrypt]. An error from src other than io.EOF is
// returned wrapped (not as ErrDecrypt). Errors are sticky.
//
// Plaintext is released one authenticated segment (1 MiB) at a time, so a
// reader that fails may already have returned earlier, genuine segments: a
// consumer that cannot take back what it passed on (an HTTP response) must
// treat a Read error as "the whole attachment is bad" and abort (for HTTP,
// break the connection rather than end the body normally).
func (sk *StreamKey) DecryptReader(src io.Reader, field string) (io.Reader, error) {
	if field == "" {
		return nil, errors.New("seal: empty field")
	}
	if src == nil {
		return nil, errors.New("seal: nil source")
	}
	return &streamReader{sk: sk, field: field, src: srcReader{r: src}}, nil
}

type streamReader struct {
	sk    *StreamKey
	field string
	src   srcReader
	r     io.Reader // tink's decrypting reader, made on the first Read
	err   error     // sticky: never ask tink again after it failed
}

// srcReader remembers the first error of the underlying reader other than
// io.EOF, so that I/O failures are told apart from ciphertexts that do not
// open.
type srcReader struct {
	r   io.Reader
	err error
}

func (s *srcReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
	return n, err
}

func (r *streamReader) Read(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if r.r == nil {
		tr, err := r.sk.saead.NewDecryptingReader(&r.src, r.sk.streamAD(r.field))
		if err != nil {
			return 0, r.fail()
		}
		r.r = tr
	}
	n, err := r.r.Read(p)
	switch {
	case err == nil:
		return n, nil
	case err == io.EOF:
		// tink's reader says EOF only once the segment carrying the
		// last-segment flag has been authenticated (and after a failure,
		// which r.err keeps it from ever being asked again).
		r.err = io.EOF
		return n, io.EOF
	default:
		// tink's error text is not kept: ErrDecrypt says all there is.
		return n, r.fail()
	}
}

// fail records and returns the sticky error after tink failed: the source's
// own error if it had one, else ErrDecrypt.
func (r *streamReader) fail() error {
	if r.src.err != nil {
		r.err = fmt.Errorf("seal: read %s of %s: %w", r.field, r.sk.owner, r.src.err)
	} else {
		r.err = fmt.Errorf("seal: %s of %s: %w", r.field, r.sk.owner, ErrDecrypt)
	}
	return r.err
}
