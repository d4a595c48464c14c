package service

import (
	"context"
	"errors"
	"io"

	"github.com/sealpost/sealpost/internal/blob"
)

// The attachment building blocks shared by patient messages
// (attachments.go) and staff messages (package staff): the header and size
// checks, the streaming encryption into blob storage under a fresh key, and
// the decrypting read.

// Blobs is the attachment storage (nil when none is configured).
func (s *Service) Blobs() blob.Store { return s.cfg.Blobs }

// CheckUpload checks an upload's headers and declared length: a bad
// Content-Disposition file name or Content-Type is KindInvalid (with the
// header as the field), a declared length over --attachment-max-bytes is
// KindTooLarge. It returns the cleaned name and media type.
func (s *Service) CheckUpload(in UploadInput) (name, ctype string, err error) {
	var fs []FieldError
	name, ok := cleanName(in.Name)
	if !ok {
		fs = append(fs, FieldError{"/headers/Content-Disposition", `attachment; filename="…" with a file name of 1–255 characters, no control characters or quotes`})
	}
	ctype, ok = cleanType(in.ContentType)
	if !ok {
		fs = append(fs, FieldError{"/headers/Content-Type", "a media type such as application/pdf"})
	}
	if in.Declared > s.cfg.AttachmentMax {
		return "", "", s.tooLarge()
	}
	if len(fs) > 0 {
		return "", "", invalid(fs...)
	}
	return name, ctype, nil
}

// StoreUpload encrypts in.Body as it arrives under a fresh streaming key
// (bound to tenantID and owner, the data_keys owner the caller will record
// it under) into blob storage at key. It returns the plaintext size and the
// wrapped key. Over the size limit is KindTooLarge, a body shorter than
// declared KindTruncated; on any error nothing is kept. The caller deletes
// the blob if recording it then fails.
func (s *Service) StoreUpload(ctx context.Context, tenantID, owner, key string, in UploadInput) (int64, []byte, error) {
	if s.cfg.Blobs == nil {
		return 0, nil, errors.New("service: no attachment storage configured")
	}
	sk, wrapped, err := s.sealer.NewStreamKey(ctx, tenantID, owner)
	if err != nil {
		return 0, nil, err
	}
	w, err := s.cfg.Blobs.Create(ctx, key)
	if err != nil {
		return 0, nil, err
	}
	committed := false
	defer func() {
		if !committed {
			_ = w.Abort()
		}
	}()
	// tink writes whole 1 MiB segments: no extra buffering needed.
	enc, err := sk.EncryptWriter(w, "content")
	if err != nil {
		return 0, nil, err
	}
	n, err := io.CopyBuffer(enc, io.LimitReader(in.Body, s.cfg.AttachmentMax+1), make([]byte, 1<<20))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return 0, nil, truncated()
		}
		return 0, nil, err
	}
	if n > s.cfg.AttachmentMax {
		return 0, nil, s.tooLarge()
	}
	if in.Declared >= 0 && n != in.Declared {
		return 0, nil, truncated()
	}
	if err := enc.Close(); err != nil {
		return 0, nil, err
	}
	if err := w.Commit(); err != nil {
		return 0, nil, err
	}
	committed = true
	return n, wrapped, nil
}

// OpenUpload opens a stored attachment's blob and decrypts it with its
// wrapped streaming key (bound to tenantID and owner). A Read error means
// the ciphertext did not authenticate.
func (s *Service) OpenUpload(ctx context.Context, tenantID, owner, key string, wrapped []byte) (io.ReadCloser, error) {
	if s.cfg.Blobs == nil {
		return nil, errors.New("service: no attachment storage configured")
	}
	sk, err := s.sealer.OpenStreamKey(ctx, tenantID, owner, wrapped)
	if err != nil {
		return nil, err
	}
	f, _, err := s.cfg.Blobs.Open(ctx, key)
	if err != nil {
		return nil, err
	}
	r, err := sk.DecryptReader(f, "content")
	if err != nil {
		f.Close()
		return nil, err
	}
	return readCloser{r, f}, nil
}
