package webhook

import (
	"context"
	"encoding/json"
	"testing"
	"time"
)

// TestMarketingNoticeCarriesUnsubscribe: a marketing notice's payload has
// the one-click unsubscribe target; any other notice has none.
func TestMarketingNoticeCarriesUnsubscribe(t *testing.T) {
	rc := newReceiver(t, 200)
	s := NewSender(nil, time.Second, fixedLookup(NewSecret()))
	n := notice(rc.srv.URL + tokenPath)
	n.Category, n.Marketing, n.UnsubscribeURL = "marketing_offer", true, "https://portal.example/m/opaque/unsubscribe"
	if _, err := s.Send(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Send(context.Background(), notice(rc.srv.URL+tokenPath)); err != nil {
		t.Fatal(err)
	}
	reqs := rc.requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	for i, want := range []any{"https://portal.example/m/opaque/unsubscribe", nil} {
		var p struct {
			Data map[string]any `json:"data"`
		}
		if err := json.Unmarshal(reqs[i].body, &p); err != nil {
			t.Fatal(err)
		}
		if p.Data["unsubscribe_url"] != want {
			t.Fatalf("notice %d: unsubscribe_url %v, want %v", i, p.Data["unsubscribe_url"], want)
		}
	}
}
