package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testlog"
)

// TestRetentionJobRuns: serve schedules the retention job (a River periodic
// job) and it shreds a message soon after its expires_at, with no call from
// anyone; `sealpost retention status` then reports it. Bounded: the message
// expires 2 s after it is sent, the job runs every 500 ms, the test waits
// at most 30 s.
func TestRetentionJobRuns(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb testlog.Buffer
	done := make(chan int, 1)
	dataDir := t.TempDir()
	go func() {
		done <- cli.Run(ctx, []string{"serve", "--dev", "--listen", addr, "--data-dir", dataDir, "--metrics-listen", "off",
			"--retention-interval", "500ms"}, cli.IO{Stdout: &out, Stderr: &errb})
	}()
	defer func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop")
		}
	}()
	base := "http://" + addr
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
		time.Sleep(50 * time.Millisecond) // bounded readiness polling
	}
	key := regexp.MustCompile(`SEALPOST_API_KEY=(sp_\S+)`).FindStringSubmatch(out.String())[1]
	call := func(method, path, body string) (int, map[string]any) {
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		return res.StatusCode, m
	}
	if code, _ := call("PUT", "/v1/recipients/pat-ret", `{"email":"pat@example.org"}`); code != 200 && code != 201 {
		t.Fatalf("recipient: %d", code)
	}
	exp := time.Now().Add(2 * time.Second).UTC().Format(time.RFC3339Nano)
	code, m := call("POST", "/v1/messages", `{"recipient":"pat-ret","category":"account_message","subject":"s","body":"b","expires_at":"`+exp+`"}`)
	if code != 201 {
		t.Fatalf("send: %d %v", code, m)
	}
	id := m["id"].(string)
	sent := time.Now()
	for {
		_, v := call("GET", "/v1/messages/"+id, "")
		if v["status"] == "expired" {
			break
		}
		if time.Since(sent) > 30*time.Second {
			t.Fatalf("not shredded 30 s after sending (expires after 2 s): %v", v)
		}
		time.Sleep(100 * time.Millisecond) // bounded polling for the job's effect
	}
	t.Logf("shredded %.1f s after expires_at", time.Since(sent).Seconds()-2)
	var so, se bytes.Buffer
	if code := cli.Run(context.Background(), []string{"retention", "status", "--data-dir", dataDir, "--json"}, cli.IO{Stdout: &so, Stderr: &se}); code != 0 {
		t.Fatalf("retention status: %d %s", code, se.String())
	}
	var st map[string]any
	if err := json.Unmarshal(so.Bytes(), &st); err != nil || st["shredded_today"].(float64) < 1 || st["due"].(float64) != 0 {
		t.Fatalf("retention status %s %v", so.String(), err)
	}
}
