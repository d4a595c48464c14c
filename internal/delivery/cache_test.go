package delivery

import (
	"fmt"
	"testing"

	"github.com/sealpost/sealpost/internal/notice"
)

// TestWordingsCache: the guard's fixed wording is prepared once per template
// set and variable names, a change to either prepares it anew, and the cache
// stays bounded.
func TestWordingsCache(t *testing.T) {
	var w wordings
	tpl := notice.Templates{EmailSubject: "Your order is ready", EmailText: "Your order from {{store}} is ready: {{link}}", SMS: "Order ready: {{link}}"}
	vals := notice.Values{"store": "Main Street"}
	a := w.get("en", tpl.Fields(), vals)
	if b := w.get("en", tpl.Fields(), notice.Values{"store": "Elm Road"}); b != a {
		t.Fatal("same templates and variable names: the wording was prepared again")
	}
	changed := tpl
	changed.EmailText = "Your order from {{store}} can be collected: {{link}}"
	for name, got := range map[string]any{
		"template text":  w.get("en", changed.Fields(), vals),
		"variable names": w.get("en", tpl.Fields(), notice.Values{"store": "x", "total": "$1.00"}),
		"locale":         w.get("es", tpl.Fields(), vals),
	} {
		if got == a {
			t.Errorf("a different %s reused the cached wording", name)
		}
	}
	for i := range maxWordings + 10 {
		x := tpl
		x.SMS = fmt.Sprintf("Order %d ready: {{link}}", i)
		w.get("en", x.Fields(), vals)
	}
	if n := len(w.m); n > maxWordings {
		t.Fatalf("cache holds %d wordings, bound %d", n, maxWordings)
	}
}

// TestLocationCache: a zone is loaded once and then shared; a name that does
// not load is an error every time and is not kept.
func TestLocationCache(t *testing.T) {
	a, err := location("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := location("America/New_York"); b != a || a.String() != "America/New_York" {
		t.Fatalf("second lookup gave %p %v, first %p", b, b, a)
	}
	for range 2 {
		if _, err := location("Mars/Olympus_Mons"); err == nil {
			t.Fatal("an unknown zone loaded")
		}
	}
	if _, kept := locations.Load("Mars/Olympus_Mons"); kept {
		t.Fatal("an unknown zone was cached")
	}
}
