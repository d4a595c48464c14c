//go:build cgo && linux

package osslrsa

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

// Opaque OpenSSL types; only pointers to them are used.
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_st EVP_MD;
typedef struct engine_st ENGINE;

#define OSSLRSA_OPENSSL_VERSION 0   // OPENSSL_VERSION for OpenSSL_version()
#define OSSLRSA_RSA_PKCS1_PADDING 1 // RSA_PKCS1_PADDING

// Prototypes as in OpenSSL 3.0 <openssl/*.h>.
typedef unsigned long (*fn_OpenSSL_version_num)(void);
typedef const char *(*fn_OpenSSL_version)(int);
typedef EVP_PKEY *(*fn_d2i_AutoPrivateKey)(EVP_PKEY **, const unsigned char **, long);
typedef void (*fn_EVP_PKEY_free)(EVP_PKEY *);
typedef EVP_PKEY_CTX *(*fn_EVP_PKEY_CTX_new)(EVP_PKEY *, ENGINE *);
typedef void (*fn_EVP_PKEY_CTX_free)(EVP_PKEY_CTX *);
typedef int (*fn_EVP_PKEY_sign_init)(EVP_PKEY_CTX *);
typedef int (*fn_EVP_PKEY_CTX_set_rsa_padding)(EVP_PKEY_CTX *, int);
typedef int (*fn_EVP_PKEY_CTX_set_signature_md)(EVP_PKEY_CTX *, const EVP_MD *);
typedef const EVP_MD *(*fn_EVP_sha256)(void);
typedef int (*fn_EVP_PKEY_sign)(EVP_PKEY_CTX *, unsigned char *, size_t *, const unsigned char *, size_t);
typedef unsigned long (*fn_ERR_get_error)(void);
typedef void (*fn_ERR_error_string_n)(unsigned long, char *, size_t);
typedef void (*fn_ERR_clear_error)(void);

// Written once by osslrsa_load (under Go's sync.Once), read-only afterwards.
static fn_OpenSSL_version_num p_OpenSSL_version_num;
static fn_OpenSSL_version p_OpenSSL_version;
static fn_d2i_AutoPrivateKey p_d2i_AutoPrivateKey;
static fn_EVP_PKEY_free p_EVP_PKEY_free;
static fn_EVP_PKEY_CTX_new p_EVP_PKEY_CTX_new;
static fn_EVP_PKEY_CTX_free p_EVP_PKEY_CTX_free;
static fn_EVP_PKEY_sign_init p_EVP_PKEY_sign_init;
static fn_EVP_PKEY_CTX_set_rsa_padding p_EVP_PKEY_CTX_set_rsa_padding;
static fn_EVP_PKEY_CTX_set_signature_md p_EVP_PKEY_CTX_set_signature_md;
static fn_EVP_sha256 p_EVP_sha256;
static fn_EVP_PKEY_sign p_EVP_PKEY_sign;
static fn_ERR_get_error p_ERR_get_error;
static fn_ERR_error_string_n p_ERR_error_string_n;
static fn_ERR_clear_error p_ERR_clear_error;

static void osslrsa_msg(char *buf, size_t n, const char *a, const char *b) {
	size_t i = 0;
	if (n == 0) return;
	for (; a && *a && i + 1 < n; a++) buf[i++] = *a;
	for (; b && *b && i + 1 < n; b++) buf[i++] = *b;
	buf[i] = 0;
}

#define OSSLRSA_SYM(name) \
	do { \
		p_##name = (fn_##name)dlsym(h, #name); \
		if (p_##name == NULL) { \
			osslrsa_msg(err, errlen, "missing symbol ", #name); \
			goto fail; \
		} \
	} while (0)

// osslrsa_load opens libcrypto.so.3 and resolves every symbol. It returns 1
// on success; on failure it returns 0 with a message in err.
static int osslrsa_load(char *err, size_t errlen) {
	void *h = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		const char *e = dlerror();
		osslrsa_msg(err, errlen, "dlopen: ", e ? e : "unknown error");
		return 0;
	}
	OSSLRSA_SYM(OpenSSL_version_num);
	if (p_OpenSSL_version_num() < 0x30000000UL) {
		osslrsa_msg(err, errlen, "libcrypto.so.3 reports a version below 3.0", "");
		goto fail;
	}
	OSSLRSA_SYM(OpenSSL_version);
	OSSLRSA_SYM(d2i_AutoPrivateKey);
	OSSLRSA_SYM(EVP_PKEY_free);
	OSSLRSA_SYM(EVP_PKEY_CTX_new);
	OSSLRSA_SYM(EVP_PKEY_CTX_free);
	OSSLRSA_SYM(EVP_PKEY_sign_init);
	OSSLRSA_SYM(EVP_PKEY_CTX_set_rsa_padding);
	OSSLRSA_SYM(EVP_PKEY_CTX_set_signature_md);
	OSSLRSA_SYM(EVP_sha256);
	OSSLRSA_SYM(EVP_PKEY_sign);
	OSSLRSA_SYM(ERR_get_error);
	OSSLRSA_SYM(ERR_error_string_n);
	OSSLRSA_SYM(ERR_clear_error);
	return 1;
fail:
	// Nothing from the library has been initialised; forget every pointer.
	p_OpenSSL_version_num = NULL;
	p_OpenSSL_version = NULL;
	p_d2i_AutoPrivateKey = NULL;
	p_EVP_PKEY_free = NULL;
	p_EVP_PKEY_CTX_new = NULL;
	p_EVP_PKEY_CTX_free = NULL;
	p_EVP_PKEY_sign_init = NULL;
	p_EVP_PKEY_CTX_set_rsa_padding = NULL;
	p_EVP_PKEY_CTX_set_signature_md = NULL;
	p_EVP_sha256 = NULL;
	p_EVP_PKEY_sign = NULL;
	p_ERR_get_error = NULL;
	p_ERR_error_string_n = NULL;
	p_ERR_clear_error = NULL;
	dlclose(h);
	return 0;
}

static const char *osslrsa_version(void) {
	const char *v = p_OpenSSL_version(OSSLRSA_OPENSSL_VERSION);
	return v ? v : "";
}

// Steps reported on failure.
enum {
	OSSLRSA_OK = 0,
	OSSLRSA_D2I,
	OSSLRSA_D2I_TRAILING,
	OSSLRSA_CTX_NEW,
	OSSLRSA_SIGN_INIT,
	OSSLRSA_SET_PADDING,
	OSSLRSA_SET_MD,
	OSSLRSA_SIGN,
	OSSLRSA_SIGLEN,
};

typedef struct {
	int step;          // OSSLRSA_OK on success, else the failing step
	unsigned long err; // first queued OpenSSL error code, 0 if none
	size_t len;        // signature length (sign)
	EVP_PKEY *pkey;    // imported key (import)
} osslrsa_result;

// osslrsa_fail records the failing step and the first OpenSSL error code,
// then empties this thread's error queue. OpenSSL's error queue is
// thread-local, so this must run in the same C call as the failing function.
static osslrsa_result osslrsa_fail(int step) {
	osslrsa_result r = {0};
	r.step = step;
	r.err = p_ERR_get_error();
	p_ERR_clear_error();
	return r;
}

// osslrsa_import parses a DER RSAPrivateKey. It does not modify der.
static osslrsa_result osslrsa_import(const unsigned char *der, long len) {
	osslrsa_result r = {0};
	const unsigned char *p = der;
	EVP_PKEY *k;

	p_ERR_clear_error();
	k = p_d2i_AutoPrivateKey(NULL, &p, len);
	if (k == NULL) return osslrsa_fail(OSSLRSA_D2I);
	if (p != der + len) {
		p_EVP_PKEY_free(k);
		return osslrsa_fail(OSSLRSA_D2I_TRAILING);
	}
	p_ERR_clear_error();
	r.pkey = k;
	return r;
}

static void osslrsa_pkey_free(EVP_PKEY *k) {
	p_EVP_PKEY_free(k);
}

// osslrsa_sign computes a PKCS#1 v1.5 signature over a SHA-256 digest with a
// fresh EVP_PKEY_CTX, so concurrent calls sharing pkey are safe.
static osslrsa_result osslrsa_sign(EVP_PKEY *pkey, const unsigned char *tbs, size_t tbslen,
                                   unsigned char *sig, size_t sigcap) {
	osslrsa_result r = {0};
	EVP_PKEY_CTX *ctx;
	size_t siglen = sigcap;
	int step = OSSLRSA_OK;

	p_ERR_clear_error();
	ctx = p_EVP_PKEY_CTX_new(pkey, NULL);
	if (ctx == NULL) return osslrsa_fail(OSSLRSA_CTX_NEW);
	if (p_EVP_PKEY_sign_init(ctx) <= 0) step = OSSLRSA_SIGN_INIT;
	else if (p_EVP_PKEY_CTX_set_rsa_padding(ctx, OSSLRSA_RSA_PKCS1_PADDING) <= 0) step = OSSLRSA_SET_PADDING;
	else if (p_EVP_PKEY_CTX_set_signature_md(ctx, p_EVP_sha256()) <= 0) step = OSSLRSA_SET_MD;
	else if (p_EVP_PKEY_sign(ctx, sig, &siglen, tbs, tbslen) <= 0) step = OSSLRSA_SIGN;
	else if (siglen != sigcap) step = OSSLRSA_SIGLEN;
	p_EVP_PKEY_CTX_free(ctx);
	if (step != OSSLRSA_OK) {
		memset(sig, 0, sigcap); // never hand back a partial result
		return osslrsa_fail(step);
	}
	p_ERR_clear_error();
	r.len = siglen;
	return r;
}

static void osslrsa_errstr(unsigned long e, char *buf, size_t n) {
	p_ERR_error_string_n(e, buf, n);
}

// osslrsa_wipe_free zeroes n bytes at p through a volatile pointer (so the
// stores cannot be elided) and frees p.
static void osslrsa_wipe_free(void *p, size_t n) {
	volatile unsigned char *v = (volatile unsigned char *)p;
	size_t i;
	for (i = 0; i < n; i++) v[i] = 0;
	free(p);
}
*/
import "C"

import (
	"crypto"
	"crypto/rsa"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"runtime"
	"unsafe"
)

func load() (string, error) {
	var buf [256]C.char
	if C.osslrsa_load(&buf[0], C.size_t(len(buf))) != 1 {
		return "", fmt.Errorf("%w: %s", ErrUnavailable, C.GoString(&buf[0]))
	}
	return C.GoString(C.osslrsa_version()), nil
}

var stepNames = map[C.int]string{
	C.OSSLRSA_D2I:          "d2i_AutoPrivateKey",
	C.OSSLRSA_D2I_TRAILING: "d2i_AutoPrivateKey: trailing data",
	C.OSSLRSA_CTX_NEW:      "EVP_PKEY_CTX_new",
	C.OSSLRSA_SIGN_INIT:    "EVP_PKEY_sign_init",
	C.OSSLRSA_SET_PADDING:  "EVP_PKEY_CTX_set_rsa_padding",
	C.OSSLRSA_SET_MD:       "EVP_PKEY_CTX_set_signature_md",
	C.OSSLRSA_SIGN:         "EVP_PKEY_sign",
	C.OSSLRSA_SIGLEN:       "EVP_PKEY_sign: unexpected signature length",
}

// resultErr turns a failed osslrsa_result into an error holding the failing
// step and OpenSSL's error text (an error code rendering, never key data).
func resultErr(r C.osslrsa_result) error {
	name, ok := stepNames[r.step]
	if !ok {
		name = fmt.Sprintf("step %d", int(r.step))
	}
	if r.err == 0 {
		return fmt.Errorf("osslrsa: %s failed (no OpenSSL error queued)", name)
	}
	// ERR_error_string_n only formats the code; it does not touch the
	// (thread-local) error queue, so calling it here on any thread is fine.
	var buf [256]C.char
	C.osslrsa_errstr(r.err, &buf[0], C.size_t(len(buf)))
	return fmt.Errorf("osslrsa: %s failed: %s", name, C.GoString(&buf[0]))
}

type signer struct {
	key  *rsa.PrivateKey
	pkey *C.EVP_PKEY // owned; freed by the cleanup registered in newSigner
	size int
}

func newSigner(key *rsa.PrivateKey) (*signer, error) {
	if err := Available(); err != nil { // function pointers are NULL until loaded
		return nil, err
	}
	der := x509.MarshalPKCS1PrivateKey(key)
	cder := C.CBytes(der)
	clear(der)
	runtime.KeepAlive(der)
	r := C.osslrsa_import((*C.uchar)(cder), C.long(len(der)))
	C.osslrsa_wipe_free(cder, C.size_t(len(der)))
	if r.step != C.OSSLRSA_OK {
		return nil, resultErr(r)
	}
	s := &signer{key: key, pkey: r.pkey, size: key.Size()}
	runtime.AddCleanup(s, func(p *C.EVP_PKEY) { C.osslrsa_pkey_free(p) }, r.pkey)
	return s, nil
}

func (s *signer) Public() crypto.PublicKey { return s.key.Public() }

func (s *signer) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	if !useOpenSSL(opts) {
		return signGo(s.key, rand, digest, opts)
	}
	if err := checkDigest(digest); err != nil {
		return nil, err
	}
	sig := make([]byte, s.size)
	r := C.osslrsa_sign(s.pkey,
		(*C.uchar)(unsafe.Pointer(&digest[0])), C.size_t(len(digest)),
		(*C.uchar)(unsafe.Pointer(&sig[0])), C.size_t(len(sig)))
	runtime.KeepAlive(s) // s.pkey must not be freed while C uses it
	if r.step != C.OSSLRSA_OK {
		return nil, resultErr(r)
	}
	if int(r.len) != s.size {
		return nil, errors.New("osslrsa: unexpected signature length")
	}
	return sig, nil
}
