package cli_test

import (
	"context"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testdb"
	"github.com/sealpost/sealpost/internal/testlog"
)

// TestServeDevRefusesNonLoopback: --dev serves an unauthenticated mailbox
// that shows registration links, so it must not listen beyond this machine.
// The refusal comes before anything is opened or listened on.
func TestServeDevRefusesNonLoopback(t *testing.T) {
	for _, listen := range []string{"0.0.0.0:0", ":0", "[::]:0", "192.0.2.10:8080", "example.org:8080"} {
		var out, errb testlog.Buffer
		// The bound only matters if the refusal is missing: then serve runs
		// until it and exits 0.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		code := cli.Run(ctx, []string{"serve", "--dev", "--listen", listen, "--data-dir", t.TempDir()},
			cli.IO{Stdout: &out, Stderr: &errb})
		cancel()
		if code != 2 {
			t.Errorf("serve --dev --listen %s: exit %d, want 2 (refused)\n%s", listen, code, errb.String())
			continue
		}
		if msg := errb.String(); !strings.Contains(msg, "not a loopback address") || !strings.Contains(msg, "/dev/mail") || !strings.Contains(msg, "without --dev") {
			t.Errorf("serve --dev --listen %s: message %q does not say why or what to do", listen, msg)
		}
		if strings.Contains(out.String(), "SEALPOST_API_KEY") {
			t.Errorf("serve --dev --listen %s printed a demo key before refusing", listen)
		}
	}
}

// TestServeDevRestartRevokesOldKey: two dev starts on one data directory
// reuse the demo tenant; the key printed by the first start is refused
// (401) after the second, and the new key works.
func TestServeDevRestartRevokesOldKey(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		r, _ := newRun(t, kind)
		start := func() (base, key, tenant string) {
			t.Helper()
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := ln.Addr().String()
			ln.Close()
			ctx, cancel := context.WithCancel(context.Background())
			var out, errb testlog.Buffer
			done := make(chan int, 1)
			go func() {
				done <- cli.Run(ctx, append([]string{"serve", "--dev", "--listen", addr, "--metrics-listen", "off"}, r.args...), cli.IO{Stdout: &out, Stderr: &errb})
			}()
			t.Cleanup(func() {
				cancel()
				select {
				case code := <-done:
					if code != 0 {
						t.Errorf("serve exit %d: %s", code, errb.String())
					}
				case <-time.After(30 * time.Second):
					t.Error("serve did not stop")
				}
			})
			base = "http://" + addr
			for deadline := time.Now().Add(30 * time.Second); ; {
				if res, err := http.Get(base + "/readyz"); err == nil {
					res.Body.Close()
					if res.StatusCode == 200 {
						break
					}
				}
				if time.Now().After(deadline) {
					t.Fatalf("serve not ready: %s", errb.String())
				}
				select {
				case code := <-done:
					t.Fatalf("serve exited with %d: %s", code, errb.String())
				case <-time.After(50 * time.Millisecond): // bounded readiness polling
				}
			}
			m := regexp.MustCompile(`demo tenant (ten_\S+)\s+export SEALPOST_API_KEY=(sp_\S+)`).FindStringSubmatch(out.String())
			if m == nil {
				t.Fatalf("no demo tenant and key printed: %q", out.String())
			}
			return base, m[2], m[1]
		}
		status := func(base, key string) int {
			t.Helper()
			req, _ := http.NewRequest("GET", base+"/v1/webhooks", nil)
			req.Header.Set("Authorization", "Bearer "+key)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			return res.StatusCode
		}

		base1, key1, tenant1 := start()
		if c := status(base1, key1); c != 200 {
			t.Fatalf("first start: its key answers %d", c)
		}
		// A key added by hand to the demo tenant is not a demo key: it stays.
		code, out, errs := r.do("", "tenant", "keys", "create", "demo", "--label", "mine", "--json")
		if code != 0 {
			t.Fatalf("keys create: %d %s", code, errs)
		}
		mine := regexp.MustCompile(`"api_key":"(sp_[^"]+)"`).FindStringSubmatch(out)
		if mine == nil {
			t.Fatalf("keys create printed %q", out)
		}
		base2, key2, tenant2 := start()
		base3, key3, tenant3 := start()
		if tenant1 != tenant2 || tenant2 != tenant3 {
			t.Fatalf("demo tenants %s, %s, %s: want one", tenant1, tenant2, tenant3)
		}
		code, out, _ = r.do("", "tenant", "list", "--json")
		if code != 0 || strings.Count(out, `"tenant_id"`) != 1 {
			t.Fatalf("tenant list after three dev starts: %q", out)
		}
		for _, b := range []string{base2, base3} {
			if c := status(b, key1); c != 401 {
				t.Errorf("the first start's key answers %d on a later start, want 401", c)
			}
		}
		if c := status(base3, key2); c != 401 {
			t.Errorf("the second start's key answers %d after the third start, want 401", c)
		}
		if c := status(base3, key3); c != 200 {
			t.Errorf("the newest key answers %d, want 200", c)
		}
		if c := status(base3, mine[1]); c != 200 {
			t.Errorf("a hand-made key of the demo tenant answers %d, want 200", c)
		}
	})
}
