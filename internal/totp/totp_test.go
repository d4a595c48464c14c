package totp

import (
	"bytes"
	"encoding/base32"
	"image"
	"image/png"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"
)

// RFC 6238 Appendix B: the seeds are the ASCII strings below (20, 32 and 64 bytes),
// 8 digits, T0 = 0, X = 30 s.
func TestRFC6238Vectors(t *testing.T) {
	seeds := map[otp.Algorithm]string{
		otp.AlgorithmSHA1:   "12345678901234567890",
		otp.AlgorithmSHA256: "12345678901234567890123456789012",
		otp.AlgorithmSHA512: "1234567890123456789012345678901234567890123456789012345678901234",
	}
	vectors := []struct {
		unix                 int64
		step                 int64
		sha1, sha256, sha512 string
	}{
		{59, 0x1, "94287082", "46119246", "90693936"},
		{1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
		{1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
		{1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
		{2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
		{20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
	}
	for _, v := range vectors {
		for alg, want := range map[otp.Algorithm]string{
			otp.AlgorithmSHA1: v.sha1, otp.AlgorithmSHA256: v.sha256, otp.AlgorithmSHA512: v.sha512,
		} {
			secret := base32.StdEncoding.EncodeToString([]byte(seeds[alg]))
			o := totp.ValidateOpts{Period: 30, Skew: 1, Digits: otp.DigitsEight, Algorithm: alg}
			now := time.Unix(v.unix, 0)
			if got, err := codeAt(secret, v.step, o); err != nil || got != want {
				t.Errorf("%v at %d: codeAt = %q, %v; want %q", alg, v.unix, got, err, want)
			}
			step, ok := verify(secret, want, now, 0, o)
			if !ok || step != v.step {
				t.Errorf("%v at %d: verify = %d, %v; want %#x, true", alg, v.unix, step, ok, v.step)
			}
			// The same code is refused once its step has been used.
			if _, ok := verify(secret, want, now, v.step, o); ok {
				t.Errorf("%v at %d: replay accepted", alg, v.unix)
			}
			// A neighbouring vector's code does not verify at this time.
			other := "00000000"
			if want == other {
				other = "11111111"
			}
			if _, ok := verify(secret, other, now, 0, o); ok {
				t.Errorf("%v at %d: %s accepted", alg, v.unix, other)
			}
		}
	}
}

// sha1Secret is the RFC 6238 SHA-1 seed; the tests below use Verify itself (6 digits).
var sha1Secret = base32.StdEncoding.EncodeToString([]byte("12345678901234567890"))

func code6(t *testing.T, secret string, step int64) string {
	t.Helper()
	c, err := codeAt(secret, step, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(c) != 6 {
		t.Fatalf("code %q is not 6 digits", c)
	}
	return c
}

func TestVerifySixDigitVector(t *testing.T) {
	// RFC 4226 Appendix D's HOTP values are the low 6 digits of the same HMAC; at
	// T = 59 s (step 1) the RFC 6238 SHA-1 value 94287082 gives 287082.
	step, ok := Verify(sha1Secret, "287082", time.Unix(59, 0), 0)
	if !ok || step != 1 {
		t.Fatalf("Verify = %d, %v; want 1, true", step, ok)
	}
}

func TestVerifySkew(t *testing.T) {
	now := time.Unix(1_700_000_015, 0) // 15 s into step 56666667
	cur := now.Unix() / 30
	// The assertions below need the codes of these seven steps to differ (codes of
	// different steps coincide with probability 1e-6; the inputs are fixed).
	seen := map[string]int64{}
	for s := cur - 3; s <= cur+3; s++ {
		c := code6(t, sha1Secret, s)
		if prev, dup := seen[c]; dup {
			t.Fatalf("steps %d and %d share a code; pick another time", prev, s)
		}
		seen[c] = s
	}
	for _, tc := range []struct {
		offset int64
		ok     bool
	}{{-3, false}, {-2, false}, {-1, true}, {0, true}, {1, true}, {2, false}, {3, false}} {
		step, ok := Verify(sha1Secret, code6(t, sha1Secret, cur+tc.offset), now, 0)
		if ok != tc.ok || (ok && step != cur+tc.offset) {
			t.Errorf("offset %d: Verify = %d, %v; want ok=%v", tc.offset, step, ok, tc.ok)
		}
	}
	// Step boundaries: the last second of a step and the first of the next.
	last := time.Unix(cur*30+29, 0)
	if step, ok := Verify(sha1Secret, code6(t, sha1Secret, cur), last, 0); !ok || step != cur {
		t.Errorf("last second of the step: %d, %v", step, ok)
	}
	if _, ok := Verify(sha1Secret, code6(t, sha1Secret, cur-1), time.Unix((cur+1)*30, 0), 0); ok {
		t.Error("code two steps old accepted at the start of the next step")
	}
}

func TestVerifyReplay(t *testing.T) {
	now := time.Unix(1_700_000_015, 0)
	cur := now.Unix() / 30
	code := code6(t, sha1Secret, cur)
	step, ok := Verify(sha1Secret, code, now, 0)
	if !ok || step != cur {
		t.Fatalf("first use: %d, %v", step, ok)
	}
	// Same code again, in the same step and in the next (where it is still within skew).
	if _, ok := Verify(sha1Secret, code, now, step); ok {
		t.Error("replay in the same step accepted")
	}
	if _, ok := Verify(sha1Secret, code, now.Add(30*time.Second), step); ok {
		t.Error("replay in the next step accepted")
	}
	// An older code, still within skew, is refused once a later step was used.
	if _, ok := Verify(sha1Secret, code6(t, sha1Secret, cur-1), now, step); ok {
		t.Error("earlier step accepted after a later one was used")
	}
	// The next step's code is still fine.
	if s, ok := Verify(sha1Secret, code6(t, sha1Secret, cur+1), now, step); !ok || s != cur+1 {
		t.Errorf("next step's code: %d, %v", s, ok)
	}
	// lastStep ahead of the clock (a code from the future was used): nothing before it.
	if _, ok := Verify(sha1Secret, code, now, cur+1); ok {
		t.Error("code accepted with lastStep ahead")
	}
}

func TestVerifyMalformed(t *testing.T) {
	now := time.Unix(1_700_000_015, 0)
	cur := now.Unix() / 30
	good := code6(t, sha1Secret, cur)
	for _, c := range []string{
		good[:3] + " " + good[3:],
		" " + good + " ",
		strings.Join(strings.Split(good, ""), " "),
	} {
		if _, ok := Verify(sha1Secret, c, now, 0); !ok {
			t.Errorf("Verify(%q) refused; spaces should be ignored", c)
		}
	}
	for _, c := range []string{
		"",
		good[:5],
		good + "0",
		good[:3] + "-" + good[3:],
		good[:3] + "\t" + good[3:],
		good + "\n",
		"+" + good[1:],
		"12345a",
		"１２３４５６", // full-width digits
		"٠١٢٣٤٥", // Arabic-Indic digits
		good + strings.Repeat(" ", 40),
		"0x" + good[2:],
	} {
		if _, ok := Verify(sha1Secret, c, now, 0); ok {
			t.Errorf("Verify(%q) accepted", c)
		}
	}
	// Bad secrets are refused, not panicked on.
	for _, s := range []string{"", "not base32!", "JBSWY3DPEHPK3PXP" /* 80 bits: too short */, sha1Secret[:10] + "1"} {
		if _, ok := Verify(s, good, now, 0); ok {
			t.Errorf("Verify with secret %q accepted", s)
		}
	}
	// Lower-case and unpadded forms of a good secret work.
	lower := strings.ToLower(strings.TrimRight(sha1Secret, "="))
	if _, ok := Verify(lower, good, now, 0); !ok {
		t.Error("lower-case unpadded secret refused")
	}
	// Times before the epoch or absurdly far ahead are refused.
	if _, ok := Verify(sha1Secret, good, time.Unix(-30, 0), -10); ok {
		t.Error("negative time accepted")
	}
	if _, ok := Verify(sha1Secret, good, time.Unix(1<<62, 0), 0); ok {
		t.Error("far-future time accepted")
	}
}

func TestGenerate(t *testing.T) {
	k, err := Generate("Example Clinic", "patient 7Q4M")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(k.Secret)
	if err != nil || len(raw) != 20 {
		t.Fatalf("secret %d bytes, %v; want 20", len(raw), err)
	}
	k2, err := Generate("Example Clinic", "patient 7Q4M")
	if err != nil {
		t.Fatal(err)
	}
	if k2.Secret == k.Secret {
		t.Fatal("two keys share a secret")
	}

	u, err := url.Parse(k.URI)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "otpauth" || u.Host != "totp" || u.Path != "/Example Clinic:patient 7Q4M" {
		t.Errorf("URI %q: wrong scheme, type or label", k.URI)
	}
	q := u.Query()
	for name, want := range map[string]string{
		"secret": k.Secret, "issuer": "Example Clinic", "algorithm": "SHA1", "digits": "6", "period": "30",
	} {
		if got := q.Get(name); got != want {
			t.Errorf("URI %s = %q; want %q", name, got, want)
		}
	}
	parsed, err := otp.NewKeyFromURL(k.URI)
	if err != nil || parsed.AccountName() != "patient 7Q4M" || parsed.Issuer() != "Example Clinic" {
		t.Errorf("otp.NewKeyFromURL: %v, account %q", err, parsed.AccountName())
	}

	// The secret works with Verify.
	now := time.Now()
	c, err := totp.GenerateCode(k.Secret, now)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := Verify(k.Secret, c, now, 0); !ok {
		t.Error("code from the generated secret refused")
	}

	// The PNG is the QR code of exactly the URI, QRSize pixels square.
	img, err := png.Decode(bytes.NewReader(k.QRPNG))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != QRSize || b.Dy() != QRSize {
		t.Fatalf("QR is %v; want %dx%d", b, QRSize, QRSize)
	}
	want, err := qr.Encode(k.URI, qr.M, qr.Auto)
	if err != nil {
		t.Fatal(err)
	}
	if want, err = barcode.Scale(want, QRSize, QRSize); err != nil {
		t.Fatal(err)
	}
	if !sameGray(img, want) {
		t.Fatal("QR PNG does not encode the URI")
	}
	other, _ := qr.Encode(k2.URI, qr.M, qr.Auto)
	other, _ = barcode.Scale(other, QRSize, QRSize)
	if sameGray(img, other) {
		t.Fatal("QR comparison cannot tell two keys apart")
	}
}

func sameGray(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, _, _, _ := a.At(x, y).RGBA()
			r2, _, _, _ := b.At(x, y).RGBA()
			if r1 != r2 {
				return false
			}
		}
	}
	return true
}

func TestGenerateLabels(t *testing.T) {
	for _, l := range [][2]string{{"", "acct"}, {"Issuer", ""}, {"Iss:uer", "acct"}, {"Issuer", "a:b"}} {
		if _, err := Generate(l[0], l[1]); err != ErrLabel {
			t.Errorf("Generate(%q, %q) err = %v; want ErrLabel", l[0], l[1], err)
		}
	}
}
