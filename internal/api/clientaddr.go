package api

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// The client's address, for sign-in throttling (a keyed fingerprint of it, never stored or
// logged). Behind a reverse proxy every connection comes from the proxy, so
// throttling by the peer address would make all patients one "address": a few
// guesses by anyone would slow down or lock everybody's sign-in. With
// trusted proxies configured (serve --trusted-proxies), X-Forwarded-For is
// read from the right, skipping the trusted hops; the first address that is
// not a trusted proxy is the client. From any other peer the header is
// ignored, so a client cannot choose its own address.

// SetTrustedProxies sets the proxies whose X-Forwarded-For is believed.
func (s *Server) SetTrustedProxies(ps []netip.Prefix) { s.trustedProxies = ps }

// ParseTrustedProxies reads a comma-separated list of addresses and CIDR
// prefixes ("10.0.0.0/8, 127.0.0.1"); "" is none.
func ParseTrustedProxies(v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q: not an address or CIDR prefix", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func (s *Server) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.trustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// clientAddr is the client's address: the peer's, or behind trusted proxies
// the last untrusted hop of X-Forwarded-For.
func (s *Server) clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || len(s.trustedProxies) == 0 || !s.trusted(peer) {
		return host
	}
	hops := r.Header.Values("X-Forwarded-For")
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		parts := strings.Split(hops[i], ",")
		for j := len(parts) - 1; j >= 0; j-- {
			a, err := netip.ParseAddr(strings.TrimSpace(parts[j]))
			if err != nil {
				// A malformed hop: stop at the last address we could trust
				// the proxy to have written.
				return client.Unmap().String()
			}
			client = a
			if !s.trusted(a) {
				return a.Unmap().String()
			}
		}
	}
	return client.Unmap().String()
}
