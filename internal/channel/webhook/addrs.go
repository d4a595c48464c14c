package webhook

import "net/netip"

// Which addresses a webhook may be sent to: only globally reachable unicast
// ones, per the IANA IPv4 and IPv6 Special-Purpose Address Registries
// (https://www.iana.org/assignments/iana-ipv4-special-registry,
// https://www.iana.org/assignments/iana-ipv6-special-registry). The check
// runs on the address actually dialled (transport.go), so a name resolving
// inside, or a redirect, cannot get past it.

// refused4 are the IPv4 blocks refused: every block the registry marks not
// globally reachable, and more (all of 192.0.0.0/24 and 192.88.99.0/24
// although two anycast hosts in each are global: no webhook lives there).
var refused4 = prefixes(
	"0.0.0.0/8",          // "this network"
	"10.0.0.0/8",         // private (RFC 1918)
	"100.64.0.0/10",      // shared address space (CGNAT)
	"127.0.0.0/8",        // loopback
	"169.254.0.0/16",     // link-local (cloud metadata at 169.254.169.254)
	"172.16.0.0/12",      // private
	"192.0.0.0/24",       // IETF protocol assignments (DS-Lite, NAT64 discovery, …)
	"192.0.2.0/24",       // documentation (TEST-NET-1)
	"192.88.99.0/24",     // deprecated 6to4 relay anycast
	"192.168.0.0/16",     // private
	"198.18.0.0/15",      // benchmarking
	"198.51.100.0/24",    // documentation (TEST-NET-2)
	"203.0.113.0/24",     // documentation (TEST-NET-3)
	"224.0.0.0/4",        // multicast
	"240.0.0.0/4",        // reserved
	"255.255.255.255/32", // limited broadcast (inside 240/4; listed as the registry does)
)

// global6 is where globally routable IPv6 unicast lives; everything
// outside it is refused: ::/128, ::1, ::/96 (IPv4-compatible), 64:ff9b::/96
// and 64:ff9b:1::/48 (NAT64: they would reach any IPv4 address through a
// translator, the internal ones too), 100::/64 and 100:0:0:1::/64 (discard,
// dummy), 5f00::/16 (SRv6), fc00::/7 (unique-local), fe80::/10 (link-local),
// fec0::/10 (old site-local), ff00::/8 (multicast). IPv4-mapped addresses
// (::ffff:0:0/96) are judged by the IPv4 address they carry.
var global6 = netip.MustParsePrefix("2000::/3")

// refused6 are the blocks inside 2000::/3 that are not globally reachable.
var refused6 = prefixes(
	"2001::/23",     // IETF protocol assignments, TEREDO (2001::/32), benchmarking, ORCHID (except global6Exceptions)
	"2001:db8::/32", // documentation
	"3fff::/20",     // documentation
)

// global6Exceptions are the blocks inside 2001::/23 the registry marks
// globally reachable.
var global6Exceptions = prefixes(
	"2001:1::1/128",   // PCP anycast
	"2001:1::2/128",   // TURN anycast
	"2001:1::3/128",   // DNS-SD SRP anycast
	"2001:3::/32",     // AMT
	"2001:4:112::/48", // AS112-v6
	"2001:20::/28",    // ORCHIDv2
	"2001:30::/28",    // drone remote ID entity tags
)

// sixToFour (2002::/16) carries an IPv4 address in bits 16–47; it is judged
// by that address.
var sixToFour = netip.MustParsePrefix("2002::/16")

func prefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

func within(a netip.Addr, ps []netip.Prefix) bool {
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// publicAddr reports whether a webhook may be sent to a.
func publicAddr(a netip.Addr) bool {
	if !a.IsValid() || a.Zone() != "" {
		return false // scoped addresses are link-local or site-local
	}
	if a.Is4In6() {
		a = a.Unmap()
	}
	if a.Is4() {
		return !within(a, refused4)
	}
	if !global6.Contains(a) {
		return false
	}
	if sixToFour.Contains(a) {
		b := a.As16()
		return publicAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
	}
	return !within(a, refused6) || within(a, global6Exceptions)
}
