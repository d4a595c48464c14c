package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/cookiejar"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/testlog"
)

// TestServeDev runs the README's first command end to end: serve --dev on a
// loopback port, then the quickstart calls with the printed demo key.
func TestServeDev(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb testlog.Buffer
	done := make(chan int, 1)
	dataDir := t.TempDir()
	go func() {
		done <- cli.Run(ctx, []string{"serve", "--dev", "--listen", addr, "--data-dir", dataDir, "--metrics-listen", "off"}, cli.IO{Stdout: &out, Stderr: &errb})
	}()
	base := "http://" + addr
	// Wait for readiness: bounded polling of /readyz, failing on early exit.
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(base + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				break
			}
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, errb.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve not ready: %s", errb.String())
		}
	}
	m := regexp.MustCompile(`SEALPOST_API_KEY=(sp_\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no demo key printed: %q", out.String())
	}
	call := func(method, path, body string) int {
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+m[1])
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if c := call("PUT", "/v1/recipients/patient-1001", `{"email":"pat@example.org"}`); c != 201 {
		t.Fatalf("put recipient: %d", c)
	}
	if c := call("POST", "/v1/messages", `{"recipient":"patient-1001","category":"account_registration","subject":"Welcome","body":"Set up your account."}`); c != 201 {
		t.Fatalf("send: %d", c)
	}
	// The quickstart ends with a real email in the dev mailbox, whose link
	// leads to account set-up.
	var page string
	for deadline := time.Now().Add(20 * time.Second); ; {
		res, err := http.Get(base + "/dev/mail")
		if err != nil {
			t.Fatal(err)
		}
		b := new(bytes.Buffer)
		b.ReadFrom(res.Body)
		res.Body.Close()
		page = b.String()
		if strings.Contains(page, "Complete your registration") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no email in the dev mailbox: %s", page)
		}
		time.Sleep(50 * time.Millisecond) // bounded polling of the mailbox page
	}
	link := regexp.MustCompile(`/dev/mail/([A-Za-z0-9_-]+)`).FindStringSubmatch(page)
	if link == nil {
		t.Fatalf("mailbox lists no message link: %s", page)
	}
	res, err := http.Get(base + "/dev/mail/" + link[1])
	if err != nil {
		t.Fatal(err)
	}
	b := new(bytes.Buffer)
	b.ReadFrom(res.Body)
	res.Body.Close()
	m2 := regexp.MustCompile(`http://127\.0\.0\.1:[0-9]+/m/([0-9a-z]+)`).FindStringSubmatch(b.String())
	if m2 == nil {
		t.Fatalf("email has no link: %s", b.String())
	}
	jar, _ := cookiejar.New(nil)
	res, err = (&http.Client{Jar: jar}).Get(m2[0])
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	b.ReadFrom(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || res.Request.URL.Path != "/enrol" || !strings.Contains(b.String(), "Create your account") {
		t.Fatalf("the email's link answers %d at %s", res.StatusCode, res.Request.URL.Path)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exit %d: %s", code, errb.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	logs := errb.String()
	if !strings.Contains(logs, `"msg":"sealpost listening"`) || !strings.Contains(logs, `"route":"/v1/messages"`) {
		t.Fatalf("logs: %s", logs)
	}
	if strings.Contains(logs, "pat@example.org") || strings.Contains(logs, "patient-1001") || strings.Contains(logs, m[1]) {
		t.Fatal("logs carry the recipient, its id or the API key")
	}
	// The chainer published signed checkpoints of the demo tenant's chain
	// (the last at shutdown), and the log verifies against them.
	var vout, verr bytes.Buffer
	if code := cli.Run(context.Background(), []string{"audit", "verify", "--json", "--data-dir", dataDir}, cli.IO{Stdout: &vout, Stderr: &verr}); code != 0 {
		t.Fatalf("audit verify after serve: %d %s %s", code, vout.String(), verr.String())
	}
	var rep struct {
		OK      bool
		Tenants []struct {
			Tenant             string
			CheckpointsChecked int   `json:"checkpoints_checked"`
			LastCheckpointSeq  int64 `json:"last_checkpoint_seq"`
			HeadSeq            int64 `json:"head_seq"`
		}
	}
	if err := json.Unmarshal(vout.Bytes(), &rep); err != nil || !rep.OK || len(rep.Tenants) == 0 {
		t.Fatalf("verify: %v %s", err, vout.String())
	}
	for _, tr := range rep.Tenants {
		if tr.Tenant != "" && (tr.CheckpointsChecked == 0 || tr.LastCheckpointSeq < 2) {
			t.Errorf("tenant chain not checkpointed at shutdown: %+v", tr)
		}
	}
}
