package password

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// Known answers from the argon2 reference implementation (phc-winner-argon2,
// src/test.c): password "password" unless noted, salt "somesalt" (c29tZXNhbHQ) or
// "diffsalt" (ZGlmZnNhbHQ), 32-byte keys. They check the parser and the key
// derivation against an independent implementation.
var referenceVectors = []struct {
	pw, encoded string
}{
	{"password", "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"},
	{"password", "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc"},
	{"password", "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"},
	{"differentpassword", "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$C4TWUs9rDEvq7w3+J4umqA32aWKB1+DSiRuBfYxFj94"},
	{"password", "$argon2id$v=19$m=65536,t=2,p=1$ZGlmZnNhbHQ$vfMrBczELrFdWP0ZsfhWsRPaHppYdP3MVEMIVlqoFBw"},
}

func TestVerifyReferenceVectors(t *testing.T) {
	for _, v := range referenceVectors {
		ok, err := Verify(v.pw, v.encoded)
		if err != nil || !ok {
			t.Errorf("Verify(%q, %s) = %v, %v; want true, nil", v.pw, v.encoded, ok, err)
		}
		ok, err = Verify(v.pw+"x", v.encoded)
		if err != nil || ok {
			t.Errorf("Verify(wrong, %s) = %v, %v; want false, nil", v.encoded, ok, err)
		}
	}
}

var phcPattern = regexp.MustCompile(`^\$argon2id\$v=19\$m=65536,t=3,p=4\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$`)

func TestHashDefaultFormatAndRoundTrip(t *testing.T) {
	enc, err := Hash("correct horse battery staple", DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	if !phcPattern.MatchString(enc) {
		t.Fatalf("Hash = %q, not a DefaultParams PHC string", enc)
	}
	if ok, err := Verify("correct horse battery staple", enc); !ok || err != nil {
		t.Fatalf("Verify(right) = %v, %v", ok, err)
	}
	if NeedsRehash(enc, DefaultParams) {
		t.Error("NeedsRehash(DefaultParams hash, DefaultParams) = true")
	}
}

func TestRoundTrip(t *testing.T) {
	const pw = "a long and unremarkable passphrase"
	enc, err := Hash(pw, TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("Hash = %q", enc)
	}
	if strings.Contains(enc, pw) {
		t.Fatal("the encoding contains the password")
	}
	if ok, err := Verify(pw, enc); !ok || err != nil {
		t.Fatalf("Verify(right) = %v, %v", ok, err)
	}
	for _, wrong := range []string{"", "A long and unremarkable passphrase", pw + " ", pw[:len(pw)-1]} {
		if ok, err := Verify(wrong, enc); ok || err != nil {
			t.Errorf("Verify(%q) = %v, %v; want false, nil", wrong, ok, err)
		}
	}
	again, err := Hash(pw, TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if again == enc {
		t.Fatal("two hashes of the same password are equal: salt not random")
	}
}

func TestUnicodeNormalisation(t *testing.T) {
	composed := "caf\u00e9 au lait, s'il vous pla\u00eet"     // é, î as single code points
	decomposed := "cafe\u0301 au lait, s'il vous plai\u0302t" // e + combining acute, i + combining circumflex
	enc, err := Hash(composed, TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := Verify(decomposed, enc); !ok || err != nil {
		t.Fatalf("Verify(NFD form of the NFC password) = %v, %v; want true", ok, err)
	}
}

func TestTamperedEncoding(t *testing.T) {
	const pw = "tamper evident passphrase"
	enc, err := Hash(pw, TestParams)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(enc, "$")
	salt, key := parts[4], parts[5]
	flip := func(s string) string { // change the first character to another valid one
		c := byte('A')
		if s[0] == 'A' {
			c = 'B'
		}
		return string(c) + s[1:]
	}
	// Well-formed but altered: verifies as a wrong password.
	for name, s := range map[string]string{
		"salt":   strings.Join([]string{"", parts[1], parts[2], parts[3], flip(salt), key}, "$"),
		"key":    strings.Join([]string{"", parts[1], parts[2], parts[3], salt, flip(key)}, "$"),
		"params": strings.Replace(enc, "t=1", "t=2", 1),
	} {
		if ok, err := Verify(pw, s); ok || err != nil {
			t.Errorf("%s altered: Verify = %v, %v; want false, nil", name, ok, err)
		}
	}
	// Not well-formed: refused with an error.
	malformed := map[string]string{
		"empty":             "",
		"argon2i":           strings.Replace(enc, "$argon2id$", "$argon2i$", 1),
		"no version":        strings.Replace(enc, "$v=19", "", 1),
		"extra field":       enc + "$",
		"leading text":      "x" + enc,
		"padding":           enc + "=",
		"newline in key":    strings.Replace(enc, key, key[:5]+"\n"+key[5:], 1),
		"CR in salt":        strings.Replace(enc, salt, salt[:5]+"\r"+salt[5:], 1),
		"bad base64 char":   strings.Replace(enc, key, "*"+key[1:], 1),
		"url base64":        strings.Join([]string{"", parts[1], parts[2], parts[3], salt, "-_" + key[2:]}, "$"),
		"non-canonical b64": strings.Join([]string{"", parts[1], parts[2], parts[3], salt, key[:42] + "B"}, "$"),
		"order":             strings.Replace(enc, "m=64,t=1,p=1", "t=1,m=64,p=1", 1),
		"leading zero":      strings.Replace(enc, "m=64", "m=064", 1),
		"plus sign":         strings.Replace(enc, "m=64", "m=+64", 1),
		"negative":          strings.Replace(enc, "t=1", "t=-1", 1),
		"space":             strings.Replace(enc, "t=1", "t= 1", 1),
		"extra param":       strings.Replace(enc, "p=1", "p=1,x=2", 1),
		"missing param":     strings.Replace(enc, ",p=1", "", 1),
		"p overflows uint8": strings.Replace(enc, "p=1", "p=257", 1),
		"m overflows":       strings.Replace(enc, "m=64", "m=99999999999999999999", 1),
	}
	for name, s := range malformed {
		ok, err := Verify(pw, s)
		if ok || !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: Verify = %v, %v; want false, ErrMalformed", name, ok, err)
		}
	}
	if ok, err := Verify(pw, strings.Replace(enc, "v=19", "v=16", 1)); ok || !errors.Is(err, ErrIncompatibleVersion) {
		t.Errorf("v=16: Verify = %v, %v; want ErrIncompatibleVersion", ok, err)
	}
}

func TestParameterBounds(t *testing.T) {
	salt16 := "AAAAAAAAAAAAAAAAAAAAAA"                     // 16 zero bytes
	key32 := "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" // 32 zero bytes
	phc := func(m, t, p uint64, salt, key string) string {
		return fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s", m, t, p, salt, key)
	}
	// Refused before any key derivation: count derivations to prove it.
	calls := 0
	orig := idKey
	idKey = func(pw, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
		calls++
		return orig(pw, salt, time, memory, threads, keyLen)
	}
	t.Cleanup(func() { idKey = orig })

	for name, s := range map[string]string{
		"memory 4 GiB":    phc(4<<20, 1, 1, salt16, key32),
		"memory max+1":    phc(MaxMemory+1, 1, 1, salt16, key32),
		"memory below 8p": phc(31, 1, 4, salt16, key32),
		"time 0":          phc(64, 0, 1, salt16, key32),
		"time max+1":      phc(64, MaxTime+1, 1, salt16, key32),
		"time 2^32-1":     phc(64, 1<<32-1, 1, salt16, key32),
		"threads 0":       phc(64, 1, 0, salt16, key32),
		"threads max+1":   phc(1024, 1, MaxThreads+1, salt16, key32),
		"salt short":      phc(64, 1, 1, "AAAAAAAAAA", key32), // 7 bytes
		"salt long":       phc(64, 1, 1, strings.Repeat("A", 88), key32),
		"salt huge":       phc(64, 1, 1, strings.Repeat("A", 1<<20), key32),
		"key short":       phc(64, 1, 1, salt16, "AAAAAAAAAAAAAAAAAAAA"), // 15 bytes
		"key long":        phc(64, 1, 1, salt16, strings.Repeat("A", 88)),
		"key missing":     phc(64, 1, 1, salt16, ""),
	} {
		ok, err := Verify("whatever password", s)
		if ok || !errors.Is(err, ErrParams) {
			t.Errorf("%s: Verify = %v, %v; want false, ErrParams", name, ok, err)
		}
	}
	if calls != 0 {
		t.Fatalf("out-of-bounds hashes ran %d key derivations; want 0", calls)
	}

	// The extremes that are allowed parse (decode only: deriving would be slow).
	for _, s := range []string{
		phc(MaxMemory, MaxTime, MaxThreads, salt16, key32),
		phc(8, 1, 1, "AAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAA"), // 8-byte salt, 16-byte key
		phc(MaxMemory, 1, 1, strings.Repeat("A", 86), strings.Repeat("A", 86)),
	} {
		if _, _, _, err := decode(s); err != nil {
			t.Errorf("decode(%s) = %v; want nil", s, err)
		}
	}

	// Hash refuses the same bounds.
	for _, p := range []Params{
		{Memory: MaxMemory + 1, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 0, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 0, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 4, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 8},
		{},
	} {
		if _, err := Hash("x", p); !errors.Is(err, ErrParams) {
			t.Errorf("Hash with %+v: err = %v; want ErrParams", p, err)
		}
	}
	if calls != 0 {
		t.Fatalf("invalid parameters ran %d key derivations; want 0", calls)
	}
	if err := DefaultParams.Validate(); err != nil {
		t.Errorf("DefaultParams.Validate() = %v", err)
	}
	if err := TestParams.Validate(); err != nil {
		t.Errorf("TestParams.Validate() = %v", err)
	}
}

func TestInputTooLong(t *testing.T) {
	long := strings.Repeat("x", MaxInputBytes+1)
	if _, err := Hash(long, TestParams); !errors.Is(err, ErrInputTooLong) {
		t.Errorf("Hash(too long) err = %v", err)
	}
	enc, err := Hash(strings.Repeat("x", MaxInputBytes), TestParams)
	if err != nil {
		t.Fatalf("Hash(MaxInputBytes) = %v", err)
	}
	if ok, err := Verify(long, enc); ok || !errors.Is(err, ErrInputTooLong) {
		t.Errorf("Verify(too long) = %v, %v", ok, err)
	}
}

func TestErrorsDoNotLeak(t *testing.T) {
	const pw = "SecretPassphrase-never-logged"
	enc, err := Hash(pw, TestParams)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(enc, "$")
	for _, s := range []string{
		strings.Replace(enc, "m=64", "m=064", 1),
		strings.Replace(enc, "m=64", "m=999999", 1),
		strings.Replace(enc, "v=19", "v=18", 1),
		enc + "!",
	} {
		_, err := Verify(pw, s)
		if err == nil {
			t.Fatalf("Verify(%s) err = nil", s)
		}
		msg := err.Error()
		for _, secret := range []string{pw, parts[4], parts[5]} {
			if strings.Contains(msg, secret) {
				t.Errorf("error %q contains a secret", msg)
			}
		}
	}
}

func TestNeedsRehash(t *testing.T) {
	enc, err := Hash("rehash me please", TestParams)
	if err != nil {
		t.Fatal(err)
	}
	if NeedsRehash(enc, TestParams) {
		t.Error("NeedsRehash(same params) = true")
	}
	for _, p := range []Params{
		DefaultParams,
		{Memory: 128, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 2, Threads: 1, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 2, SaltLen: 16, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 32, KeyLen: 32},
		{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 64},
	} {
		if !NeedsRehash(enc, p) {
			t.Errorf("NeedsRehash(%+v) = false; want true", p)
		}
	}
	for _, bad := range []string{"", "$2b$10$abcdefghijklmnopqrstuu", strings.Replace(enc, "v=19", "v=16", 1)} {
		if !NeedsRehash(bad, TestParams) {
			t.Errorf("NeedsRehash(%q) = false; want true", bad)
		}
	}
}

// TestDummyVerifyCost checks that DummyVerify derives a key with exactly the
// parameters of a real DefaultParams verification, so that it costs the same.
func TestDummyVerifyCost(t *testing.T) {
	type call struct {
		pwLen, saltLen int
		time, memory   uint32
		threads        uint8
		keyLen         uint32
	}
	var calls []call
	orig := idKey
	idKey = func(pw, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
		calls = append(calls, call{len(pw), len(salt), time, memory, threads, keyLen})
		return make([]byte, keyLen) // the cost itself is argon2's; only the arguments matter here
	}
	t.Cleanup(func() { idKey = orig })

	enc := encode(DefaultParams, make([]byte, DefaultParams.SaltLen), []byte(strings.Repeat("k", int(DefaultParams.KeyLen))))
	const pw = "some password typed at sign-in"
	if _, err := Verify(pw, enc); err != nil {
		t.Fatal(err)
	}
	DummyVerify(pw)
	if len(calls) != 2 {
		t.Fatalf("key derivations = %d; want 2", len(calls))
	}
	want := call{len(pw), int(DefaultParams.SaltLen), DefaultParams.Time, DefaultParams.Memory, DefaultParams.Threads, DefaultParams.KeyLen}
	if calls[0] != want || calls[1] != want {
		t.Fatalf("real verify derived with %+v, dummy with %+v; want both %+v", calls[0], calls[1], want)
	}
	// And with the real argon2, the dummy hash matches no ordinary password.
	idKey = orig
	if ok, err := Verify("", dummyHash); ok || err != nil {
		t.Fatalf("Verify(\"\", dummyHash) = %v, %v", ok, err)
	}
}

// TestDummyHashCost checks that verifying against DummyHash(p) derives a key
// with exactly p's parameters — the cost of a real check of a password hashed
// with p — for parameters other than the defaults too, and that out-of-bounds
// parameters are refused.
func TestDummyHashCost(t *testing.T) {
	p := Params{Memory: 46 * 1024, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}
	type call struct {
		saltLen      int
		time, memory uint32
		threads      uint8
		keyLen       uint32
	}
	var calls []call
	orig := idKey
	idKey = func(pw, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
		calls = append(calls, call{len(salt), time, memory, threads, keyLen})
		return make([]byte, keyLen)
	}
	t.Cleanup(func() { idKey = orig })
	real, err := Hash("a real password", p)
	if err != nil {
		t.Fatal(err)
	}
	dummy, err := DummyHash(p)
	if err != nil {
		t.Fatal(err)
	}
	if NeedsRehash(dummy, p) {
		t.Fatalf("dummy %s does not carry %+v", dummy, p)
	}
	calls = nil
	Verify("typed", real)
	Verify("typed", dummy)
	want := call{int(p.SaltLen), p.Time, p.Memory, p.Threads, p.KeyLen}
	if len(calls) != 2 || calls[0] != want || calls[1] != want {
		t.Fatalf("derivations %+v; want two of %+v", calls, want)
	}
	if _, err := DummyHash(Params{Memory: MaxMemory + 1, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}); !errors.Is(err, ErrParams) {
		t.Fatalf("out-of-bounds dummy: %v", err)
	}
}

func FuzzVerify(f *testing.F) {
	for _, v := range referenceVectors[:2] {
		f.Add(v.pw, v.encoded)
	}
	f.Add("pw", "$argon2id$v=19$m=64,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
	f.Add("pw", "$argon2id$v=19$m=4294967295,t=4294967295,p=255$$")
	f.Add("pw", "$argon2id$v=19$m=,t=,p=$$")
	f.Add("pw", "$$$$$")
	f.Fuzz(func(t *testing.T, pw, encoded string) {
		p, salt, key, err := decode(encoded)
		if err == nil {
			// Anything the parser accepts is within bounds and re-encodes to the same string.
			if verr := p.Validate(); verr != nil {
				t.Fatalf("decode accepted out-of-bounds %+v", p)
			}
			if again := encode(p, salt, key); again != encoded {
				t.Fatalf("decode/encode not canonical: %q -> %q", encoded, again)
			}
			if p.Memory > 1024 || p.Time > 2 {
				return // valid but too slow to derive on every fuzz input
			}
		}
		ok, verr := Verify(pw, encoded)
		if err == nil && len(pw) > MaxInputBytes {
			if !errors.Is(verr, ErrInputTooLong) {
				t.Fatalf("Verify(long password) err = %v", verr)
			}
			return
		}
		if (verr == nil) != (err == nil) {
			t.Fatalf("Verify err = %v, decode err = %v", verr, err)
		}
		if ok && verr != nil {
			t.Fatal("Verify returned ok with an error")
		}
		NeedsRehash(encoded, TestParams)
	})
}

func BenchmarkHashDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Hash("correct horse battery staple", DefaultParams); err != nil {
			b.Fatal(err)
		}
	}
}
