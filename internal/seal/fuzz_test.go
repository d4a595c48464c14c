package seal

import (
	"context"
	"errors"
	"testing"
)

// FuzzOpen feeds arbitrary bytes to DataKey.Open and Sealer.OpenDataKey: they
// must return an error (ErrDecrypt) and never panic.
func FuzzOpen(f *testing.F) {
	ctx := context.Background()
	e := newEnv(f, "ten_a")
	dk, wrapped, err := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_1")
	if err != nil {
		f.Fatal(err)
	}
	ct, _ := dk.Seal("body", []byte("hello"))
	f.Add(ct)
	f.Add(wrapped)
	f.Add([]byte{})
	f.Add([]byte{0x01, 0, 0, 0, 0})
	f.Add(append([]byte{0x01}, ct[1:]...))
	f.Fuzz(func(t *testing.T, data []byte) {
		if pt, err := dk.Open("body", data); err == nil {
			if string(data) != string(ct) {
				t.Fatalf("opened forged ciphertext to %q", pt)
			}
		} else if !errors.Is(err, ErrDecrypt) {
			t.Fatalf("Open: %v", err)
		}
		if got, err := e.sealer.OpenDataKey(ctx, "ten_a", "message/msg_1", data); err == nil {
			// Only the genuine wrapped key (or a variant differing in its
			// cleartext keyset info) opens, and then to the same key.
			if _, err := got.Open("body", ct); err != nil {
				t.Fatalf("OpenDataKey accepted a different key")
			}
		} else if !errors.Is(err, ErrDecrypt) {
			t.Fatalf("OpenDataKey: %v", err)
		}
		_, _, _ = e.sealer.RewrapDataKey(ctx, "ten_a", "message/msg_1", data)
	})
}
