package cli_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testlog"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `sealpost serve` with args until the test ends, waiting
// (bounded) for /readyz on addr.
func startServe(t *testing.T, addr string, args ...string) *testlog.Buffer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb testlog.Buffer
	done := make(chan int, 1)
	go func() {
		done <- cli.Run(ctx, append([]string{"serve", "--listen", addr, "--data-dir", t.TempDir()}, args...), cli.IO{Stdout: &out, Stderr: &errb})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exit %d: %s", code, errb.String())
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	for deadline := time.Now().Add(30 * time.Second); ; {
		if res, err := http.Get("http://" + addr + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return &errb
			}
		}
		select {
		case code := <-done:
			done <- code
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		case <-time.After(50 * time.Millisecond): // bounded polling for readiness
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve not ready: %s", errb.String())
		}
	}
}

func scrape(t *testing.T, url, token string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// TestServeMetrics: by default serve exposes /metrics on its own listener
// (--metrics-listen) and the API listener answers /metrics 404; with a
// metrics token the API listener serves it to scrapers bearing the token
// (401 otherwise), and so does the separate listener.
func TestServeMetrics(t *testing.T) {
	t.Run("separate listener", func(t *testing.T) {
		api, mon := freeAddr(t), freeAddr(t)
		startServe(t, api, "--metrics-listen", mon)
		if code, body := scrape(t, "http://"+api+"/metrics", ""); code != 404 || strings.Contains(body, "sealpost_") {
			t.Fatalf("API listener /metrics: %d %.200s", code, body)
		}
		if code, body := scrape(t, "http://"+mon+"/metrics", ""); code != 200 || !strings.Contains(body, "sealpost_http_requests_total") {
			t.Fatalf("metrics listener: %d %.200s", code, body)
		}
		if code, _ := scrape(t, "http://"+mon+"/v1/messages", ""); code != 404 {
			t.Fatalf("metrics listener serves the API: %d", code)
		}
	})
	t.Run("token", func(t *testing.T) {
		const tok = "metrics-0123456789abcdef0123456789abcdef"
		file := filepath.Join(t.TempDir(), "metrics-token")
		if err := os.WriteFile(file, []byte(tok+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		api, mon := freeAddr(t), freeAddr(t)
		startServe(t, api, "--metrics-listen", mon, "--metrics-token-file", file)
		for _, guess := range []string{"", tok[:20], tok + "x"} {
			if code, body := scrape(t, "http://"+api+"/metrics", guess); code != 401 || strings.Contains(body, "sealpost_") {
				t.Fatalf("API listener, token %q: %d %.200s", guess, code, body)
			}
			if code, _ := scrape(t, "http://"+mon+"/metrics", guess); code != 401 {
				t.Fatalf("metrics listener, token %q: %d", guess, code)
			}
		}
		for _, u := range []string{"http://" + api + "/metrics", "http://" + mon + "/metrics"} {
			if code, body := scrape(t, u, tok); code != 200 || !strings.Contains(body, "sealpost_") {
				t.Fatalf("%s with the token: %d %.200s", u, code, body)
			}
		}
	})
	t.Run("weak token refused", func(t *testing.T) {
		var out, errb testlog.Buffer
		code := cli.Run(context.Background(), []string{"serve", "--listen", freeAddr(t), "--data-dir", t.TempDir(), "--metrics-listen", "off",
			"--metrics-token", "short"}, cli.IO{Stdout: &out, Stderr: &errb})
		if code == 0 || !strings.Contains(errb.String(), "at least 32") {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
	})
}
