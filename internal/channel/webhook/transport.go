package webhook

import (
	"errors"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// ErrForbiddenAddress is returned when PublicTransport refuses to connect
// to a non-public address. Sends that hit it fail permanently.
var ErrForbiddenAddress = errors.New("webhook: endpoint address is not public")

// PublicTransport returns an HTTP transport for tenant-supplied endpoints
// that connects only to globally reachable unicast addresses (addrs.go: the
// IANA special-purpose registries; loopback, private, link-local including
// cloud metadata, CGNAT, NAT64, IPv4-compatible, 6to4 of any of those,
// documentation, multicast and reserved addresses are refused). The check
// runs in the dialer's Control hook on the address actually dialled, after
// DNS resolution, for every connection (redirect hops too, should a client
// follow them; Sender does not). Environment proxies are not used. Pass it as
// the Transport of the client given to NewSender in production.
func PublicTransport() *http.Transport {
	return newTransport(func(ap netip.AddrPort) bool { return publicAddr(ap.Addr()) })
}

// LoopbackTransport is PublicTransport that also connects to loopback
// addresses (127.0.0.0/8, ::1), and only those besides public ones. It is
// for `serve --dev` and tests, whose receivers run on this machine; never
// use it in production.
func LoopbackTransport() *http.Transport {
	return newTransport(func(ap netip.AddrPort) bool {
		a := ap.Addr().Unmap()
		return a.IsLoopback() && a.Zone() == "" || publicAddr(a)
	})
}

// newTransport returns a transport whose every dial must pass allow.
func newTransport(allow func(netip.AddrPort) bool) *http.Transport {
	d := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || !allow(ap) {
				return ErrForbiddenAddress
			}
			return nil
		},
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = nil
	t.DialContext = d.DialContext
	t.DialTLSContext = nil
	t.MaxIdleConnsPerHost = 4
	return t
}
