package osslrsa

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

var (
	key2048Once, key3072Once sync.Once
	key2048, key3072         *rsa.PrivateKey
)

func genKey(tb testing.TB, once *sync.Once, dst **rsa.PrivateKey, bits int) *rsa.PrivateKey {
	tb.Helper()
	once.Do(func() {
		k, err := rsa.GenerateKey(rand.Reader, bits)
		if err != nil {
			panic(fmt.Sprintf("GenerateKey(%d): %v", bits, err))
		}
		*dst = k
	})
	return *dst
}

func testKey2048(tb testing.TB) *rsa.PrivateKey { return genKey(tb, &key2048Once, &key2048, 2048) }
func testKey3072(tb testing.TB) *rsa.PrivateKey { return genKey(tb, &key3072Once, &key3072, 3072) }

func requireAvailable(tb testing.TB) {
	tb.Helper()
	if err := Available(); err != nil {
		tb.Skipf("libcrypto unavailable: %v", err)
	}
}

func newSignerT(tb testing.TB, key *rsa.PrivateKey) crypto.Signer {
	tb.Helper()
	requireAvailable(tb)
	s, err := New(key)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return s
}

func randDigest(tb testing.TB, n int) []byte {
	tb.Helper()
	d := make([]byte, n)
	if _, err := rand.Read(d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestAvailableAndNewAgree runs in every build, including CGO_ENABLED=0.
func TestAvailableAndNewAgree(t *testing.T) {
	key := testKey2048(t)
	availErr := Available()
	s, newErr := New(key)
	switch {
	case availErr == nil && newErr == nil:
		if s == nil {
			t.Fatal("New returned nil signer and nil error")
		}
		if Version() == "" {
			t.Error("Version() is empty although libcrypto is available")
		}
		t.Logf("using %s", Version())
	case availErr != nil && newErr != nil:
		if !errors.Is(availErr, ErrUnavailable) {
			t.Errorf("Available() = %v, does not wrap ErrUnavailable", availErr)
		}
		if !errors.Is(newErr, ErrUnavailable) {
			t.Errorf("New() = %v, does not wrap ErrUnavailable", newErr)
		}
		if s != nil {
			t.Error("New returned a signer with an error")
		}
		if v := Version(); v != "" {
			t.Errorf("Version() = %q while unavailable, want empty", v)
		}
	default:
		t.Fatalf("disagree: Available() = %v, New() error = %v", availErr, newErr)
	}
}

func TestNewRejectsBadKeys(t *testing.T) {
	if _, err := New(nil); err == nil || errors.Is(err, ErrUnavailable) {
		t.Errorf("New(nil) = %v, want a key error", err)
	}
	good := testKey2048(t)
	bad := &rsa.PrivateKey{PublicKey: good.PublicKey, D: good.D, Primes: good.Primes[:1]}
	if _, err := New(bad); err == nil || errors.Is(err, ErrUnavailable) {
		t.Errorf("New(key with one prime) = %v, want a key error", err)
	}
}

func TestVersion(t *testing.T) {
	requireAvailable(t)
	if v := Version(); !strings.HasPrefix(v, "OpenSSL 3.") {
		t.Errorf("Version() = %q, want OpenSSL 3.x", v)
	}
}

// signsLikeGo checks that s signs d exactly as crypto/rsa's PKCS#1 v1.5 does
// (the scheme is deterministic) and that the signature verifies.
func signsLikeGo(t *testing.T, s crypto.Signer, key *rsa.PrivateKey, h crypto.Hash, d []byte) {
	t.Helper()
	got, err := s.Sign(rand.Reader, d, h)
	if err != nil {
		t.Fatalf("Sign: %v", err)
	}
	want, err := rsa.SignPKCS1v15(nil, key, h, d)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%v digest %x: signature differs from crypto/rsa", h, d)
	}
	if err := rsa.VerifyPKCS1v15(&key.PublicKey, h, d, got); err != nil {
		t.Fatalf("VerifyPKCS1v15: %v", err)
	}
}

func testMatchesGo(t *testing.T, key *rsa.PrivateKey, n int) {
	s := newSignerT(t, key)
	if !s.Public().(*rsa.PublicKey).Equal(key.Public()) {
		t.Fatal("Public() differs from key.Public()")
	}
	for i := 0; i < n; i++ {
		d := randDigest(t, sha256.Size)
		if i == 0 {
			d = make([]byte, sha256.Size) // all-zero digest
		}
		signsLikeGo(t, s, key, crypto.SHA256, d)
	}
}

func TestMatchesGo2048(t *testing.T) { testMatchesGo(t, testKey2048(t), 200) }

func TestMatchesGo3072(t *testing.T) {
	requireAvailable(t)
	testMatchesGo(t, testKey3072(t), 50)
}

type customOpts struct{}

func (customOpts) HashFunc() crypto.Hash { return crypto.SHA256 }

// TestSignerOptsSHA256 checks that any SignerOpts whose HashFunc is SHA-256
// (not just crypto.SHA256 itself) takes the libcrypto path and matches Go.
func TestSignerOptsSHA256(t *testing.T) {
	key := testKey2048(t)
	s := newSignerT(t, key)
	d := randDigest(t, sha256.Size)
	want, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Sign(nil, d, customOpts{})
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("Sign(customOpts) = %v, or signature differs", err)
	}
	if _, err := s.Sign(nil, d[:20], customOpts{}); err == nil {
		t.Fatal("20-byte digest accepted with SHA-256 opts")
	}
}

func TestWrongDigestLength(t *testing.T) {
	s := newSignerT(t, testKey2048(t))
	for _, n := range []int{0, 1, 20, 31, 33, 48, 64, 1000} {
		var d []byte
		if n > 0 {
			d = randDigest(t, n)
		}
		sig, err := s.Sign(rand.Reader, d, crypto.SHA256)
		if err == nil || sig != nil {
			t.Errorf("len %d: Sign = (%x, %v), want error", n, sig, err)
		}
	}
}

func TestDelegatesToGo(t *testing.T) {
	key := testKey2048(t)
	s := newSignerT(t, key)

	t.Run("PSS", func(t *testing.T) {
		d := randDigest(t, sha256.Size)
		opts := &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash, Hash: crypto.SHA256}
		sig, err := s.Sign(rand.Reader, d, opts)
		if err != nil {
			t.Fatalf("Sign(PSS): %v", err)
		}
		if err := rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, d, sig, opts); err != nil {
			t.Fatalf("VerifyPSS: %v", err)
		}
		if rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, d, sig) == nil {
			t.Fatal("PSS request produced a PKCS#1 v1.5 signature")
		}
	})

	for _, tc := range []struct {
		name string
		hash crypto.Hash
		size int
	}{
		{"SHA1", crypto.SHA1, sha1.Size},
		{"SHA512", crypto.SHA512, sha512.Size},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := randDigest(t, tc.size)
			signsLikeGo(t, s, key, tc.hash, d)
			// Go's errors are preserved too.
			if _, err := s.Sign(rand.Reader, d[:5], tc.hash); err == nil {
				t.Fatal("short digest accepted")
			}
		})
	}
}

func TestConcurrentSign(t *testing.T) {
	const goroutines, perG, distinct = 8, 200, 64
	key := testKey2048(t)
	s := newSignerT(t, key)

	digests := make([][]byte, distinct)
	want := make([][]byte, distinct)
	for i := range digests {
		digests[i] = randDigest(t, sha256.Size)
		var err error
		if want[i], err = rsa.SignPKCS1v15(nil, key, crypto.SHA256, digests[i]); err != nil {
			t.Fatal(err)
		}
	}

	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := range goroutines {
		wg.Go(func() {
			for i := range perG {
				j := (g*perG + i) % distinct
				sig, err := s.Sign(nil, digests[j], crypto.SHA256)
				if err != nil {
					errs <- fmt.Errorf("goroutine %d sig %d: %v", g, i, err)
					return
				}
				if !bytes.Equal(sig, want[j]) {
					errs <- fmt.Errorf("goroutine %d sig %d: mismatch", g, i)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestSignerCollected drops many signers so their cleanups free the
// EVP_PKEYs while other signers keep working.
func TestSignerCollected(t *testing.T) {
	key := testKey2048(t)
	keep := newSignerT(t, key)
	d := randDigest(t, sha256.Size)
	want, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, d)
	if err != nil {
		t.Fatal(err)
	}
	for range 50 {
		if _, err := New(key); err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		got, err := keep.Sign(nil, d, crypto.SHA256)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("Sign after GC = %v", err)
		}
	}
}

func FuzzSign(f *testing.F) {
	f.Add(make([]byte, 32))
	f.Add(bytes.Repeat([]byte{0xff}, 32))
	f.Add([]byte{})
	f.Add([]byte("short"))
	f.Add(make([]byte, 33))
	f.Add(make([]byte, 64))
	key := testKey2048(f)
	s := newSignerT(f, key)
	f.Fuzz(func(t *testing.T, d []byte) {
		got, err := s.Sign(nil, d, crypto.SHA256)
		if len(d) != sha256.Size {
			if err == nil || got != nil {
				t.Fatalf("len %d accepted", len(d))
			}
			return
		}
		if err != nil {
			t.Fatalf("Sign: %v", err)
		}
		want, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("digest %x: signature differs from crypto/rsa", d)
		}
	})
}

func benchSigners(b *testing.B) (goS, sslS crypto.Signer, digest []byte) {
	key := testKey2048(b)
	digest = randDigest(b, sha256.Size)
	if err := Available(); err == nil {
		var err error
		if sslS, err = New(key); err != nil {
			b.Fatal(err)
		}
	}
	return key, sslS, digest
}

func benchSign(b *testing.B, s crypto.Signer, digest []byte) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Sign(nil, digest, crypto.SHA256); err != nil {
			b.Fatal(err)
		}
	}
}

func benchSignParallel(b *testing.B, s crypto.Signer, digest []byte) {
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Sign(nil, digest, crypto.SHA256); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkSignGo(b *testing.B) {
	goS, _, d := benchSigners(b)
	benchSign(b, goS, d)
}

func BenchmarkSignOpenSSL(b *testing.B) {
	requireAvailable(b)
	_, s, d := benchSigners(b)
	benchSign(b, s, d)
}

func BenchmarkSignGoParallel(b *testing.B) {
	goS, _, d := benchSigners(b)
	benchSignParallel(b, goS, d)
}

func BenchmarkSignOpenSSLParallel(b *testing.B) {
	requireAvailable(b)
	_, s, d := benchSigners(b)
	benchSignParallel(b, s, d)
}
