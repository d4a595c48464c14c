package webhook

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

// registry is every entry of the IANA IPv4 and IPv6 Special-Purpose Address
// Registries (as of 2025), plus multicast, the IPv4-compatible block and the
// unallocated IPv6 space, with whether a webhook may be sent there. Where the
// registry says "globally reachable" but sealpost refuses, the note says why.
var registry = []struct {
	prefix string
	allow  bool
	note   string
}{
	{"0.0.0.0/8", false, "this network"},
	{"0.0.0.0/32", false, "this host"},
	{"10.0.0.0/8", false, "private"},
	{"100.64.0.0/10", false, "shared address space"},
	{"127.0.0.0/8", false, "loopback"},
	{"169.254.0.0/16", false, "link-local"},
	{"172.16.0.0/12", false, "private"},
	{"192.0.0.0/24", false, "IETF protocol assignments"},
	{"192.0.0.0/29", false, "IPv4 service continuity"},
	{"192.0.0.8/32", false, "IPv4 dummy"},
	{"192.0.0.9/32", false, "PCP anycast: global, refused with its /24 (no webhook there)"},
	{"192.0.0.10/32", false, "TURN anycast: global, refused with its /24"},
	{"192.0.0.170/31", false, "NAT64/DNS64 discovery"},
	{"192.0.2.0/24", false, "documentation"},
	{"192.31.196.0/24", true, "AS112-v4"},
	{"192.52.193.0/24", true, "AMT"},
	{"192.88.99.0/24", false, "deprecated 6to4 relay anycast"},
	{"192.168.0.0/16", false, "private"},
	{"192.175.48.0/24", true, "direct delegation AS112"},
	{"198.18.0.0/15", false, "benchmarking"},
	{"198.51.100.0/24", false, "documentation"},
	{"203.0.113.0/24", false, "documentation"},
	{"224.0.0.0/4", false, "multicast"},
	{"240.0.0.0/4", false, "reserved"},
	{"255.255.255.255/32", false, "limited broadcast"},

	{"::1/128", false, "loopback"},
	{"::/128", false, "unspecified"},
	{"::/96", false, "IPv4-compatible (deprecated)"},
	{"64:ff9b::/96", false, "NAT64 well-known prefix: global, refused (reaches any IPv4 address through a translator)"},
	{"64:ff9b:1::/48", false, "local-use NAT64"},
	{"100::/64", false, "discard-only"},
	{"100:0:0:1::/64", false, "dummy prefix"},
	{"2001::/23", false, "IETF protocol assignments"},
	{"2001::/32", false, "TEREDO"},
	{"2001:1::1/128", true, "PCP anycast"},
	{"2001:1::2/128", true, "TURN anycast"},
	{"2001:1::3/128", true, "DNS-SD SRP anycast"},
	{"2001:2::/48", false, "benchmarking"},
	{"2001:3::/32", true, "AMT"},
	{"2001:4:112::/48", true, "AS112-v6"},
	{"2001:10::/28", false, "deprecated ORCHID"},
	{"2001:20::/28", true, "ORCHIDv2"},
	{"2001:30::/28", true, "drone remote ID"},
	{"2001:db8::/32", false, "documentation"},
	{"2620:4f:8000::/48", true, "direct delegation AS112"},
	{"3fff::/20", false, "documentation"},
	{"5f00::/16", false, "SRv6 SIDs"},
	{"fc00::/7", false, "unique-local"},
	{"fe80::/10", false, "link-local"},
	{"fec0::/10", false, "site-local (deprecated)"},
	{"ff00::/8", false, "multicast"},
	{"4000::/2", false, "unallocated"},
	{"8000::/1", false, "unallocated, ULA, link-local, multicast"},
}

// samples are a prefix's first, middle and last addresses.
func samples(p netip.Prefix) []netip.Addr {
	first := p.Masked().Addr()
	b := first.AsSlice()
	last := make([]byte, len(b))
	mid := make([]byte, len(b))
	copy(last, b)
	copy(mid, b)
	for i := p.Bits(); i < len(b)*8; i++ {
		last[i/8] |= 0x80 >> (i % 8)
		if i > p.Bits() {
			mid[i/8] |= 0x80 >> (i % 8) // first host bit clear, the rest set
		}
	}
	l, _ := netip.AddrFromSlice(last)
	m, _ := netip.AddrFromSlice(mid)
	return []netip.Addr{first, m, l}
}

// TestSpecialPurposeRegistry (issue 13 item 9): every registry block is
// refused at its first, middle and last address unless globally reachable.
func TestSpecialPurposeRegistry(t *testing.T) {
	for _, e := range registry {
		p := netip.MustParsePrefix(e.prefix)
		for _, a := range samples(p) {
			// Global exceptions inside refused blocks (and 2001::/23's
			// global sub-blocks) are sampled by their own entries.
			want := e.allow
			if !want && p.Bits() < 32 && p.Addr().Is6() {
				for _, x := range global6Exceptions {
					if x.Contains(a) {
						want = true
					}
				}
			}
			if got := publicAddr(a); got != want {
				t.Errorf("%s (%s, %s): allowed = %v, want %v", a, e.prefix, e.note, got, want)
			}
		}
	}
}

func TestPublicAddrEdges(t *testing.T) {
	for addr, want := range map[string]bool{
		// Public neighbours of refused blocks.
		"9.255.255.255": true, "11.0.0.0": true, "100.63.255.255": true, "100.128.0.0": true,
		"172.15.255.255": true, "172.32.0.0": true, "198.17.255.255": true, "198.20.0.0": true,
		"223.255.255.255": true, "8.8.8.8": true, "93.184.216.34": true,
		"2606:4700::1111": true, "2a00:1450:4001::1": true, "2001:200::1": true, "3ffe:ffff::1": true, "3fff:1000::": true,
		// IPv4-mapped: judged by the IPv4 address.
		"::ffff:8.8.8.8": true, "::ffff:127.0.0.1": false, "::ffff:169.254.169.254": false, "::ffff:10.0.0.1": false,
		// NAT64 and IPv4-compatible: refused whatever they carry.
		"64:ff9b::8.8.8.8": false, "64:ff9b::127.0.0.1": false, "64:ff9b:1::a9fe:a9fe": false,
		"::8.8.8.8": false, "::127.0.0.1": false,
		// 6to4: judged by the IPv4 address in bits 16–47.
		"2002:808:808::1": true, "2002:7f00:1::1": false, "2002:a9fe:a9fe::": false, "2002:c0a8:101::1": false,
		// Scoped addresses.
		"fe80::1%eth0": false, "2606:4700::1111%eth0": false,
	} {
		if got := publicAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("publicAddr(%s) = %v, want %v", addr, got, want)
		}
	}
	if publicAddr(netip.Addr{}) {
		t.Error("the zero address is allowed")
	}
}

// TestDialRefusedAtControl: the refusal happens in the dialer on the address
// dialled, before any packet is sent (a refused address answers at once with
// ErrForbiddenAddress, not a connection error or a timeout).
func TestDialRefusedAtControl(t *testing.T) {
	tr := PublicTransport()
	for _, addr := range []string{"127.0.0.1:9", "169.254.169.254:80", "10.0.0.1:443", "100.64.0.1:443", "0.0.0.0:80", "198.18.0.1:80"} {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		c, err := tr.DialContext(ctx, "tcp", addr)
		cancel()
		if c != nil {
			c.Close()
		}
		if !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("dial %s: %v, want ErrForbiddenAddress", addr, err)
		}
	}
	// The loopback switch lets loopback through, and nothing else that is not public.
	lt := LoopbackTransport()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := lt.DialContext(ctx, "tcp", "169.254.169.254:80"); !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("loopback transport dialled link-local: %v", err)
	}
	if _, err := lt.DialContext(ctx, "tcp", "10.0.0.1:443"); !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("loopback transport dialled a private address: %v", err)
	}
}

// TestNameResolvingInsideRefused: a host name is checked on the address it
// resolves to.
func TestNameResolvingInsideRefused(t *testing.T) {
	rc := newReceiver(t, 200)
	port := rc.srv.URL[strings.LastIndex(rc.srv.URL, ":")+1:]
	s := NewSender(&http.Client{Transport: PublicTransport()}, 5*time.Second, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice("http://localhost:"+port+tokenPath))
	assertClass(t, err, false, "endpoint address is not public")
	if n := len(rc.requests()); n != 0 {
		t.Fatalf("%d requests reached a loopback receiver by name", n)
	}
}

// TestRedirectsNeverReachInside (issue 13 item 9): a receiver that redirects
// to an internal address never gets sealpost there. The Sender refuses
// redirects outright; and even a client that follows them re-dials every hop
// through the same check.
func TestRedirectsNeverReachInside(t *testing.T) {
	inside := newReceiver(t, 200)
	outside := httptest.NewServer(http.RedirectHandler(inside.srv.URL+"/metadata", http.StatusTemporaryRedirect))
	t.Cleanup(outside.Close)

	// The Sender (with the loopback switch, so the first hop connects).
	s := NewSender(&http.Client{Transport: LoopbackTransport()}, 5*time.Second, fixedLookup(NewSecret()))
	_, err := s.Send(context.Background(), notice(outside.URL+tokenPath))
	assertClass(t, err, false, "redirect not followed")

	// A client that follows redirects, through a transport that allows only
	// the first hop's address: the hop to the inside is refused at dial.
	first := netip.MustParseAddrPort(outside.Listener.Addr().String())
	follow := &http.Client{Transport: newTransport(func(ap netip.AddrPort) bool { return ap == first || publicAddr(ap.Addr()) })}
	resp, err := follow.Post(outside.URL+"/hook", "application/json", strings.NewReader("{}"))
	if resp != nil {
		resp.Body.Close()
	}
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("redirect hop: %v, want ErrForbiddenAddress", err)
	}
	if n := len(inside.requests()); n != 0 {
		t.Fatalf("%d requests reached the redirect target", n)
	}
}
