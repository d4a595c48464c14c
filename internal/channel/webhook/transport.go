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
// that connects only to public unicast addresses: loopback, private
// (RFC 1918, fc00::/7), link-local (including cloud metadata at
// 169.254.169.254), CGNAT, unspecified and multicast addresses are refused
// at dial time (after DNS resolution, so a name pointing inside is refused
// too). Environment proxies are not used. Pass it as the Transport of the
// client given to NewSender in production.
func PublicTransport() *http.Transport {
	d := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil || !publicAddr(ap.Addr()) {
				return ErrForbiddenAddress
			}
			return nil
		},
	}
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = nil
	t.DialContext = d.DialContext
	t.MaxIdleConnsPerHost = 4
	return t
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsValid() && a.IsGlobalUnicast() && !a.IsPrivate() && !cgnat.Contains(a)
}
