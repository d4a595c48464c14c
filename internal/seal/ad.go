package seal

import "encoding/binary"

// Associated data and MAC inputs are built with one unambiguous encoding:
//
//	"sealpost/v1/" + kind + 0x00, then for each component:
//	    uint32 big-endian length + component bytes
//
// kind is one of a fixed set (see the constants below); the 0x00 ends it, and
// the length prefixes make the component list injective, so no choice of
// tenant id, owner or field name can collide with another.
const (
	adVersion = "sealpost/v1/"

	kindTenantKEK   = "tenant-kek"   // root-wrapped tenant KEK keyset: [tenant]
	kindTenantMAC   = "tenant-mac"   // root-wrapped tenant MAC keyset: [tenant]
	kindTenantIndex = "tenant-index" // root-wrapped tenant blind-index keyset: [tenant]
	kindDataKey     = "data-key"     // KEK-wrapped data key keyset: [tenant, owner]
	kindField       = "field"        // field ciphertext: [tenant, owner, field]
	kindFingerprint = "fingerprint"  // MAC input: [purpose] + raw data
	kindStreamKey   = "stream-key"   // KEK-wrapped streaming key keyset: [tenant, owner]
	kindStream      = "stream"       // streaming ciphertext: [tenant, owner, field]
)

func adSize(kind string, parts ...string) int {
	n := len(adVersion) + len(kind) + 1
	for _, p := range parts {
		n += 4 + len(p)
	}
	return n
}

// buildAD returns the encoded associated data for kind and parts, with extra
// spare capacity for appending further components.
func buildAD(extra int, kind string, parts ...string) []byte {
	b := make([]byte, 0, adSize(kind, parts...)+extra)
	b = append(b, adVersion...)
	b = append(b, kind...)
	b = append(b, 0)
	for _, p := range parts {
		b = appendPart(b, p)
	}
	return b
}

func appendPart(b []byte, p string) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(p)))
	return append(b, p...)
}
