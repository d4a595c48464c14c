package api_test

import (
	"net/http/httptest"
	"testing"

	"github.com/sealpost/sealpost/internal/api"
)

// TestClientAddr: behind trusted proxies the client is the last untrusted
// hop of X-Forwarded-For; from any other peer the header is ignored, so a
// client cannot pick its own throttling address, and without the setting
// every client behind a proxy would share the proxy's address.
func TestClientAddr(t *testing.T) {
	proxies, err := api.ParseTrustedProxies(" 10.0.0.0/8, 127.0.0.1 ,::1")
	if err != nil || len(proxies) != 3 {
		t.Fatalf("%v %v", proxies, err)
	}
	for _, bad := range []string{"10.0.0.0/33", "proxy.example", "10.0.0.1-10.0.0.9"} {
		if _, err := api.ParseTrustedProxies(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if ps, err := api.ParseTrustedProxies(""); err != nil || len(ps) != 0 {
		t.Fatalf("empty: %v %v", ps, err)
	}
	behind := api.New(nil, nil, nil)
	behind.SetTrustedProxies(proxies)
	direct := api.New(nil, nil, nil)
	for _, c := range []struct {
		name, peer       string
		xff              []string
		behind, noProxys string
	}{
		{"no header", "127.0.0.1:5000", nil, "127.0.0.1", "127.0.0.1"},
		{"one proxy", "127.0.0.1:5000", []string{"203.0.113.7"}, "203.0.113.7", "127.0.0.1"},
		{"client's own fake hop ignored", "127.0.0.1:5000", []string{"198.51.100.1, 203.0.113.7"}, "203.0.113.7", "127.0.0.1"},
		{"two trusted proxies", "10.1.2.3:443", []string{"203.0.113.7, 10.9.9.9"}, "203.0.113.7", "10.1.2.3"},
		{"several header lines", "10.1.2.3:443", []string{"198.51.100.1", "203.0.113.7", "10.9.9.9"}, "203.0.113.7", "10.1.2.3"},
		{"untrusted peer's header ignored", "192.0.2.50:1234", []string{"203.0.113.7"}, "192.0.2.50", "192.0.2.50"},
		{"malformed hop stops the walk", "127.0.0.1:5000", []string{"203.0.113.7, not-an-ip"}, "127.0.0.1", "127.0.0.1"},
		{"IPv6 client", "[::1]:5000", []string{"2001:db8::7"}, "2001:db8::7", "::1"},
		{"IPv4-mapped peer", "[::ffff:10.0.0.1]:5000", []string{"203.0.113.9"}, "203.0.113.9", "::ffff:10.0.0.1"},
		{"only trusted hops", "127.0.0.1:5000", []string{"10.0.0.5"}, "10.0.0.5", "127.0.0.1"},
	} {
		r := httptest.NewRequest("POST", "/signin", nil)
		r.RemoteAddr = c.peer
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := behind.ClientAddrForTest(r); got != c.behind {
			t.Errorf("%s, trusted proxies: %q, want %q", c.name, got, c.behind)
		}
		if got := direct.ClientAddrForTest(r); got != c.noProxys {
			t.Errorf("%s, no trusted proxies: %q, want %q", c.name, got, c.noProxys)
		}
	}
}
