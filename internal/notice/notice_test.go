package notice

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

var vars = []Var{{Name: "order_total", Type: TypeMoney}, {Name: "ship_date", Type: TypeDate}, {Name: "items", Type: TypeCount},
	{Name: "kind", Type: TypeEnum, Values: []string{"refill", "expiration"}}, {Name: "store", Type: TypeShortText}}

func TestFormatVars(t *testing.T) {
	got, err := FormatVars(vars, map[string]any{"order_total": json.Number("42.1"), "ship_date": "2026-03-03", "items": 3.0, "kind": "refill", "store": "Main St"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	if got["order_total"] != "42.10" || got["ship_date"] != "March 3" || got["items"] != "3" || got["kind"] != "refill" {
		t.Fatalf("%v", got)
	}
	if es, _ := FormatVars(vars, map[string]any{"ship_date": "2026-03-03"}, "es-MX"); es["ship_date"] != "3 de marzo" {
		t.Fatalf("es: %v", es)
	}
	for name, raw := range map[string]map[string]any{
		"undeclared":      {"diagnosis": "x"},
		"money text":      {"order_total": "forty"},
		"negative money":  {"order_total": -1.0},
		"bad date":        {"ship_date": "03/03/2026"},
		"fraction count":  {"items": 1.5},
		"enum value":      {"kind": "oncology"},
		"long short_text": {"store": strings.Repeat("x", 41)},
		"multi-line text": {"store": "a\nb"},
		"brace text":      {"store": "{{link}}"},
		"wrong type":      {"items": "three"},
	} {
		_, err := FormatVars(vars, raw, "en")
		if !errors.Is(err, ErrTemplate) {
			t.Errorf("%s: accepted (%v)", name, err)
		}
		for _, v := range raw {
			if s, ok := v.(string); ok && len(s) > 3 && err != nil && strings.Contains(err.Error(), s) {
				t.Errorf("%s: error echoes the value", name)
			}
		}
	}
}

func TestCheckTemplates(t *testing.T) {
	ok := Templates{EmailSubject: "Order {{order_total}}", EmailText: "Total {{order_total}} ships {{ship_date}} {{link}}", SMS: "{{tenant}}: {{link}}"}
	if err := CheckTemplates(ok, vars); err != nil {
		t.Fatal(err)
	}
	for name, tp := range map[string]Templates{
		"undeclared":  {EmailSubject: "x", EmailText: "{{diagnosis}}", SMS: "x"},
		"unclosed":    {EmailSubject: "x", EmailText: "{{link", SMS: "x"},
		"missing sms": {EmailSubject: "x", EmailText: "y"},
	} {
		if err := CheckTemplates(tp, vars); err == nil {
			t.Errorf("%s accepted", name)
		}
	}
	if CheckVars([]Var{{Name: "link", Type: TypeCount}}) == nil || CheckVars([]Var{{Name: "x", Type: "blob"}}) == nil ||
		CheckVars([]Var{{Name: "x", Type: TypeEnum}}) == nil || CheckVars([]Var{{Name: "x", Type: TypeCount}, {Name: "x", Type: TypeCount}}) == nil {
		t.Fatal("bad declarations accepted")
	}
}

func TestRenderEscapesHTML(t *testing.T) {
	out, err := Render(`<p>{{store}}</p><a href="{{link}}">x</a>`, true, Values{"link": "https://p.example/m/a?b=1&c=2"}, Values{"store": `<script>alert(1)</script>`})
	if err != nil || strings.Contains(out, "<script>") || !strings.Contains(out, "&lt;script&gt;") || !strings.Contains(out, "b=1&amp;c=2") {
		t.Fatalf("%q %v", out, err)
	}
	if _, err := Render("{{order_total}}", false, nil, Values{}); err == nil {
		t.Fatal("missing value rendered")
	}
	if out, _ := Render("{{urgency_prefix}}Hi", false, Values{}, Values{}); out != "Hi" {
		t.Fatal(out)
	}
}
