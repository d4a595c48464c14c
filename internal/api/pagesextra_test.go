package api_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/api"
)

// TestSenderAndSupportOnPages: a message names its sender (the tenant's
// display name and its category's department); the tenant's support contact
// is on the recovery page; bad values are refused and change nothing.
func TestSenderAndSupportOnPages(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-1")

	e.expect(e.do("PUT", "/v1/settings", tn.key, map[string]any{"display_name": "Riverside Clinic",
		"support": map[string]any{"phone": "+1 555 0100", "email": "help@riverside.example", "hours": "Mon–Fri 8:00–18:00"}}), 200, "")
	for name, body := range map[string]map[string]any{
		"phone": {"support": map[string]any{"phone": "call us"}},
		"email": {"support": map[string]any{"email": "not an address"}},
		"url":   {"support": map[string]any{"url": "http://plain.example"}},
	} {
		r := e.do("PUT", "/v1/settings", tn.key, body)
		e.expect(r, 422, api.ProblemValidation)
		if !strings.Contains(string(r.body), `"/support/`+name+`"`) {
			t.Errorf("%s: %s", name, r.body)
		}
	}
	cat := categoryBody("Your statement is ready")
	cat["department"] = "Billing office"
	e.expect(e.do("PUT", "/v1/categories/statement_ready", tn.key, cat), 200, "")
	bad := categoryBody("Your statement is ready")
	bad["department"] = "line one\nline two"
	e.expect(e.do("PUT", "/v1/categories/statement_other", tn.key, bad), 422, api.ProblemValidation)

	id, _ := e.sendTo(tn, "pat-1", "statement_ready", "", "Statement", "Your statement for March.")
	e.clock.Add(time.Second)
	if st, page := b.get("/inbox/" + id); st != 200 || !strings.Contains(page, `id="message-sender">Riverside Clinic — Billing office<`) {
		t.Fatalf("message page %d: %s", st, page)
	}
	b.post("/signout", nil)
	anon := e.browser(t)
	if st, page := anon.get("/recover?tenant=" + tn.id); st != 200 || !strings.Contains(page, `href="tel:&#43;15550100"`) && !strings.Contains(page, `href="tel:+15550100"`) ||
		!strings.Contains(page, "help@riverside.example") || !strings.Contains(page, "Mon–Fri 8:00–18:00") {
		t.Fatalf("recover page %d: %s", st, page)
	}
	// The landing page is branded and leads to sign-in.
	if st, page := anon.get("/"); st != 200 || !strings.Contains(page, "Secure messages from Riverside Clinic") || !strings.Contains(page, `href="/signin`) {
		t.Fatalf("landing %d: %s", st, page)
	}
}

// TestPagesInSpanish: Accept-Language before sign-in, then the recipient's
// locale; times in the recipient's time zone, named.
func TestPagesInSpanish(t *testing.T) {
	e := newEnv(t, "sqlite")
	tn := e.tenant("clinic")
	anon := e.browser(t)
	req := func(path, lang string) string {
		t.Helper()
		r := e.doPage(anon, path, lang)
		return r
	}
	if page := req("/signin?tenant="+tn.id, "es-MX,es;q=0.9"); !strings.Contains(page, `<html lang="es">`) || !strings.Contains(page, "Iniciar sesión") {
		t.Fatalf("Spanish sign-in: %s", page)
	}
	if page := req("/signin?tenant="+tn.id, "de-DE"); !strings.Contains(page, `<html lang="en">`) {
		t.Fatalf("fallback: %s", page)
	}
	b := e.browser(t)
	e.enrol(t, b, tn, "pat-1")
	e.putRecipient(tn, "pat-1", map[string]any{"email": "pat-1@example.org", "locale": "es-MX", "time_zone": "America/Mexico_City"})
	id, _ := e.sendTo(tn, "pat-1", "account_message", "", "Resumen", "Cuerpo")
	// The recipient's locale wins over an English browser.
	page := e.doPage(b, "/inbox/"+id, "en-US")
	if !strings.Contains(page, `<html lang="es">`) || !strings.Contains(page, "(hora de Mexico City)") || !strings.Contains(page, "Volver a la bandeja") {
		t.Fatalf("Spanish message page: %s", page)
	}
}

// doPage GETs a page as browser b with an Accept-Language header.
func (e *env) doPage(b *browser, path, lang string) string {
	e.t.Helper()
	req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
	req.Header.Set("Accept-Language", lang)
	_, page := b.do(req)
	return page
}

// TestLandingWithoutTenant: with two tenants and nothing to tell them
// apart, / still reads well and leads to sign-in (which says how to find
// the link).
func TestLandingWithoutTenant(t *testing.T) {
	e := newEnv(t, "sqlite")
	e.tenant("clinic-a")
	e.tenant("clinic-b")
	b := e.browser(t)
	if st, page := b.get("/"); st != 200 || !strings.Contains(page, "<h1>Your secure messages</h1>") || !strings.Contains(page, `href="/signin"`) {
		t.Fatalf("landing %d: %s", st, page)
	}
}
