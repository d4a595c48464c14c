package sms

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/webhook"
)

var gatewayKey = []byte("0123456789abcdef0123456789abcdef")

type gatewayReq struct {
	header http.Header
	body   []byte
}

func fakeGateway(t *testing.T, answer func(w http.ResponseWriter, r *http.Request)) (*httptest.Server, func() []gatewayReq) {
	var mu sync.Mutex
	var reqs []gatewayReq
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		reqs = append(reqs, gatewayReq{r.Header.Clone(), body})
		mu.Unlock()
		answer(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func() []gatewayReq { mu.Lock(); defer mu.Unlock(); return append([]gatewayReq(nil), reqs...) }
}

func TestHTTPProviderSend(t *testing.T) {
	srv, reqs := fakeGateway(t, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(202)
		_, _ = w.Write([]byte(`{"id":"gw-42"}`))
	})
	p, err := NewHTTP(HTTPConfig{URL: srv.URL + "/send?token=abc", Secret: gatewayKey, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := NewSender(p).Send(context.Background(), smsNotice())
	if err != nil || rcpt.ProviderID != "gw-42" {
		t.Fatalf("%+v %v", rcpt, err)
	}
	r := reqs()[0]
	if err := webhook.VerifyKey(gatewayKey, r.header, r.body, time.Now(), 0); err != nil {
		t.Fatalf("gateway cannot verify: %v", err)
	}
	if r.header.Get("webhook-id") != "dlv_01J0SMS" || r.header.Get("Idempotency-Key") != "dlv_01J0SMS" {
		t.Fatalf("headers %v", r.header)
	}
	var body map[string]string
	if err := json.Unmarshal(r.body, &body); err != nil {
		t.Fatal(err)
	}
	if len(body) != 3 || body["to"] != testTo || body["body"] != testBody || body["id"] != "dlv_01J0SMS" {
		t.Fatalf("body %s", r.body)
	}
}

func TestHTTPProviderClassification(t *testing.T) {
	cases := []struct {
		code      int
		temporary bool
	}{{400, false}, {401, false}, {404, false}, {410, false}, {429, true}, {500, true}, {503, true}, {301, false}}
	for _, c := range cases {
		srv, _ := fakeGateway(t, func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(c.code)
			_, _ = w.Write([]byte(`{"error":"number ` + testTo + ` rejected"}`))
		})
		p, err := NewHTTP(HTTPConfig{URL: srv.URL + "/send?token=SECRETQUERY", Secret: gatewayKey, Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		_, err = NewSender(p).Send(context.Background(), smsNotice())
		var ce *channel.Error
		if !errors.As(err, &ce) || ce.Temporary != c.temporary {
			t.Fatalf("%d: %v, want temporary=%v", c.code, err, c.temporary)
		}
		noLeak(t, err)
		if e := err.Error(); strings.Contains(e, "SECRETQUERY") || strings.Contains(e, "/send") {
			t.Fatalf("%d: error quotes the URL: %v", c.code, err)
		}
	}
}

func TestHTTPProviderTimeout(t *testing.T) {
	srv, _ := fakeGateway(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	p, err := NewHTTP(HTTPConfig{URL: srv.URL, Secret: gatewayKey, Timeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.Send(context.Background(), testTo, testBody, "k1")
	var ce *channel.Error
	if !errors.As(err, &ce) || !ce.Temporary || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
}

func TestHTTPProviderAcceptsMissingID(t *testing.T) {
	srv, _ := fakeGateway(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) })
	p, _ := NewHTTP(HTTPConfig{URL: srv.URL, Secret: gatewayKey})
	id, err := p.Send(context.Background(), testTo, testBody, "k1")
	if err != nil || id != "" {
		t.Fatalf("%q %v", id, err)
	}
}

func TestNewHTTPConfig(t *testing.T) {
	for name, cfg := range map[string]HTTPConfig{
		"short secret": {URL: "https://gw.example/send", Secret: []byte("short")},
		"no url":       {Secret: gatewayKey},
		"bad scheme":   {URL: "ftp://gw.example", Secret: gatewayKey},
		"userinfo":     {URL: "https://u:p@gw.example", Secret: gatewayKey},
	} {
		if _, err := NewHTTP(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
