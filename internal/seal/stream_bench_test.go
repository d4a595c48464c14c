package seal

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/tink-crypto/tink-go/v2/keyset"
	tinkpb "github.com/tink-crypto/tink-go/v2/proto/tink_go_proto"
	"github.com/tink-crypto/tink-go/v2/streamingaead"
	"github.com/tink-crypto/tink-go/v2/tink"
)

const benchStreamSize = 64 << 20

// writeChunked writes pt to w in 32 KiB writes, as io.Copy from a request
// body would.
func writeChunked(w io.Writer, pt []byte) error {
	for len(pt) > 0 {
		n := min(32<<10, len(pt))
		if _, err := w.Write(pt[:n]); err != nil {
			return err
		}
		pt = pt[n:]
	}
	return nil
}

// BenchmarkStreamEncrypt: 64 MiB through StreamKey.EncryptWriter into
// io.Discard (the cipher alone, no storage).
func BenchmarkStreamEncrypt(b *testing.B) {
	e := newEnv(b, "ten_a")
	sk, _ := mkStreamKey(b, e, "ten_a", "attachment/att_bench")
	pt := testPlaintext(benchStreamSize, 1)
	b.SetBytes(benchStreamSize)
	b.ReportAllocs()
	for b.Loop() {
		w, err := sk.EncryptWriter(io.Discard, "content")
		if err != nil {
			b.Fatal(err)
		}
		if err := writeChunked(w, pt); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStreamDecrypt: a 64 MiB stream from memory through
// StreamKey.DecryptReader, io.Copy to io.Discard (the cipher alone).
func BenchmarkStreamDecrypt(b *testing.B) {
	ctx := context.Background()
	e := newEnv(b, "ten_a")
	const owner = "attachment/att_bench"
	sk, wrapped := mkStreamKey(b, e, "ten_a", owner)
	ct := encryptStream(b, sk, "content", testPlaintext(benchStreamSize, 1))
	b.SetBytes(benchStreamSize)
	b.ReportAllocs()
	for b.Loop() {
		// The download path: unwrap the key, then stream.
		sk, err := e.sealer.OpenStreamKey(ctx, "ten_a", owner, wrapped)
		if err != nil {
			b.Fatal(err)
		}
		r, err := sk.DecryptReader(bytes.NewReader(ct), "content")
		if err != nil {
			b.Fatal(err)
		}
		if n, err := io.Copy(io.Discard, r); err != nil || n != benchStreamSize {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkStreamTemplates compares tink's streaming AEAD templates on the
// same 64 MiB (encrypt and decrypt from memory, decrypt from a file, all
// to io.Discard), to justify streamKeyTemplate. The primitives are built
// as StreamKey builds its own (streamingaead.New on a one-key keyset).
func BenchmarkStreamTemplates(b *testing.B) {
	templates := []struct {
		name string
		t    func() *tinkpb.KeyTemplate
	}{
		{"AES256GCMHKDF1MB", streamingaead.AES256GCMHKDF1MBKeyTemplate},
		{"AES128GCMHKDF1MB", streamingaead.AES128GCMHKDF1MBKeyTemplate},
		{"AES256GCMHKDF4KB", streamingaead.AES256GCMHKDF4KBKeyTemplate},
		{"AES256CTRHMACSHA256Segment1MB", streamingaead.AES256CTRHMACSHA256Segment1MBKeyTemplate},
	}
	pt := testPlaintext(benchStreamSize, 1)
	ad := []byte("sealpost/v1/stream\x00bench")
	for _, tc := range templates {
		h, err := keyset.NewHandle(tc.t())
		if err != nil {
			b.Fatal(err)
		}
		sa, err := streamingaead.New(h)
		if err != nil {
			b.Fatal(err)
		}
		var ct bytes.Buffer
		encrypt := func(dst io.Writer) {
			w, err := sa.NewEncryptingWriter(dst, ad)
			if err != nil {
				b.Fatal(err)
			}
			if err := writeChunked(w, pt); err != nil {
				b.Fatal(err)
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
		}
		encrypt(&ct)
		b.Run(tc.name+"/encrypt", func(b *testing.B) {
			b.SetBytes(benchStreamSize)
			for b.Loop() {
				encrypt(io.Discard)
			}
		})
		b.Run(tc.name+"/decrypt", func(b *testing.B) {
			b.SetBytes(benchStreamSize)
			for b.Loop() {
				decryptAllTo(b, sa, bytes.NewReader(ct.Bytes()), ad)
			}
		})
		// From a file (in the page cache): tink reads one segment per
		// io.ReadFull, so the segment size is also the read size.
		file := filepath.Join(b.TempDir(), "ct")
		if err := os.WriteFile(file, ct.Bytes(), 0o600); err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name+"/decrypt-file", func(b *testing.B) {
			b.SetBytes(benchStreamSize)
			for b.Loop() {
				f, err := os.Open(file)
				if err != nil {
					b.Fatal(err)
				}
				decryptAllTo(b, sa, f, ad)
				f.Close()
			}
		})
	}
}

func decryptAllTo(b *testing.B, sa tink.StreamingAEAD, src io.Reader, ad []byte) {
	r, err := sa.NewDecryptingReader(src, ad)
	if err != nil {
		b.Fatal(err)
	}
	if n, err := io.Copy(io.Discard, r); err != nil || n != benchStreamSize {
		b.Fatal(n, err)
	}
}
