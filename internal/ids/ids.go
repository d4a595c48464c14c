// Package ids makes sealpost's opaque identifiers: a short type prefix, then 16
// bytes (48-bit millisecond time, 80 random bits) in lowercase base32. The time
// prefix keeps B-tree inserts local; the 80 random bits make ids unguessable,
// although every lookup is also scoped to its tenant and never relies on that.
package ids

import (
	"crypto/rand"
	"encoding/base32"
	"encoding/binary"
	"strings"
	"time"
)

var enc = base32.NewEncoding("0123456789abcdefghjkmnpqrstvwxyz").WithPadding(base32.NoPadding)

// Prefixes of each object type.
const (
	Tenant    = "ten"
	Recipient = "rcp"
	Message   = "msg"
	Delivery  = "dlv"
)

// New returns a fresh id such as "msg_01j9...".
func New(prefix string) string {
	var b [16]byte
	ms := uint64(time.Now().UnixMilli())
	binary.BigEndian.PutUint16(b[0:2], uint16(ms>>32))
	binary.BigEndian.PutUint32(b[2:6], uint32(ms))
	if _, err := rand.Read(b[6:]); err != nil {
		panic("ids: crypto/rand failed: " + err.Error()) // never happens on supported platforms
	}
	return prefix + "_" + enc.EncodeToString(b[:])
}

// Valid reports whether s has the shape of an id with the given prefix. It is
// used to answer malformed ids with 404 before touching the database.
func Valid(prefix, s string) bool {
	rest, ok := strings.CutPrefix(s, prefix+"_")
	if !ok || len(rest) != 26 {
		return false
	}
	_, err := enc.DecodeString(rest)
	return err == nil
}

// Token returns n random bytes encoded in unpadded base64url-safe base32
// (lowercase), suitable for secrets in URLs and keys.
func Token(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("ids: crypto/rand failed: " + err.Error())
	}
	return enc.EncodeToString(b)
}
