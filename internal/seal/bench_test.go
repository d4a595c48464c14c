package seal

import (
	"bytes"
	"context"
	"testing"
)

var (
	benchSubject = bytes.Repeat([]byte("s"), 100)
	benchBody    = bytes.Repeat([]byte("b"), 1024)
)

// BenchmarkSealMessage is the ingest hot path: a new data key for the
// message, its wrapped form, and the sealed subject and body.
func BenchmarkSealMessage(b *testing.B) {
	ctx := context.Background()
	e := newEnv(b, "ten_a")
	if _, _, err := e.sealer.NewDataKey(ctx, "ten_a", "message/warm"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dk, _, err := e.sealer.NewDataKey(ctx, "ten_a", "message/msg_01HZX3J5Q9W8E7R6T5Y4U3I2O1")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := dk.Seal("subject", benchSubject); err != nil {
			b.Fatal(err)
		}
		if _, err := dk.Seal("body", benchBody); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenMessage is the read path: unwrap the data key, open subject
// and body.
func BenchmarkOpenMessage(b *testing.B) {
	ctx := context.Background()
	e := newEnv(b, "ten_a")
	owner := "message/msg_01HZX3J5Q9W8E7R6T5Y4U3I2O1"
	dk, w, err := e.sealer.NewDataKey(ctx, "ten_a", owner)
	if err != nil {
		b.Fatal(err)
	}
	subj, _ := dk.Seal("subject", benchSubject)
	body, _ := dk.Seal("body", benchBody)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		dk, err := e.sealer.OpenDataKey(ctx, "ten_a", owner, w)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := dk.Open("subject", subj); err != nil {
			b.Fatal(err)
		}
		if _, err := dk.Open("body", body); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRewrapDataKey(b *testing.B) {
	ctx := context.Background()
	e := newEnv(b, "ten_a")
	owner := "message/msg_1"
	_, w, _ := e.sealer.NewDataKey(ctx, "ten_a", owner)
	tk, _ := e.store.lookup(ctx, "ten_a")
	tk2, _ := RotateTenantKeys(ctx, e.kf, "ten_a", tk)
	e.store.put("ten_a", tk2)
	e.sealer.Forget("ten_a")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, changed, err := e.sealer.RewrapDataKey(ctx, "ten_a", owner, w); err != nil || !changed {
			b.Fatal(changed, err)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	ctx := context.Background()
	e := newEnv(b, "ten_a")
	data := []byte("patient@example.com")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.sealer.Fingerprint(ctx, "ten_a", "email", data); err != nil {
			b.Fatal(err)
		}
	}
}
