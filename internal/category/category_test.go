package category

import (
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/notice"
)

// TestBuiltinTemplates: every built-in category has valid templates in every
// locale, their SMS fits 160 GSM-7 characters with the longest values, and the
// PHI guard finds nothing in them when rendered with sample values.
func TestBuiltinTemplates(t *testing.T) {
	g, err := guard.New(guard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range Keys() {
		c, _ := Lookup(key)
		if err := notice.CheckVars(c.Vars); err != nil {
			t.Errorf("%s: %v", key, err)
		}
		for _, loc := range Locales {
			tp, got := c.TemplatesFor(loc)
			if got != loc {
				t.Fatalf("%s has no %s templates", key, loc)
			}
			if err := notice.CheckTemplates(tp, c.Vars); err != nil {
				t.Errorf("%s/%s: %v", key, loc, err)
			}
			builtins := notice.Values{"link": "https://portal.example.org/m/0123456789abcdefghjkmnpqrstvwxyz", "tenant": "Acme Health", "urgency_prefix": "Urgent: "}
			var fields []guard.Field
			for _, f := range tp.Fields() {
				out, err := notice.Render(f.Text, f.HTML, builtins, notice.Values{})
				if err != nil {
					t.Fatalf("%s/%s %s: %v", key, loc, f.Name, err)
				}
				fields = append(fields, guard.Field{Name: f.Name, Text: out, HTML: f.HTML})
			}
			mode := guard.Standard
			if c.Marketing {
				mode = guard.Strict
			}
			fs, err := g.Check(guard.Notice{Fields: fields}, &guard.Context{AllowURLs: []string{"https://portal.example.org/m/"}, Template: []string{"Acme Health"}}, mode)
			if err != nil || len(fs) > 0 {
				t.Errorf("%s/%s: the guard flags the built-in template: %v %+v", key, loc, err, fs)
			}
			if !strings.Contains(tp.SMS, "{{link}}") || !strings.Contains(tp.EmailText, "{{link}}") {
				t.Errorf("%s/%s: notice without the link", key, loc)
			}
		}
	}
}

func TestTemplatesForFallback(t *testing.T) {
	c, _ := Lookup("account_message")
	if _, l := c.TemplatesFor("es-MX"); l != "es" {
		t.Fatal(l)
	}
	if _, l := c.TemplatesFor("fr"); l != "en" {
		t.Fatal(l)
	}
}
