package e2e_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPatientPagesChecked walks every hosted page a patient meets, in
// English and in Spanish (the recipient's locale and the browser's
// Accept-Language), screenshots each at desktop width and at 390×844, and
// has axe-core check each at 390×844: no violation of the WCAG 2.0, 2.1
// and 2.2 A/AA rules axe can test, and every page in the patient's
// language. The flows include the error states (a wrong password, a weak and
// mismatched new password) and recovery (forgot password → emailed link →
// new password).
func TestPatientPagesChecked(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	t0 := time.Now().Truncate(time.Second)
	clk := newClock(t0)
	s := startService(t, clk)
	var audits []pageAudit
	shot := 1
	for i, c := range []struct{ lang, locale, tz, resetSubject string }{
		{"en", "en-US", "America/New_York", "Reset your password"},
		{"es", "es-MX", "America/Mexico_City", "Restablezca su contraseña"},
	} {
		clk.Set(t0.Add(time.Duration(i) * time.Hour))
		rcpt, email := "e2e-pages-"+c.lang, "pat.pages."+c.lang+"@example.org"
		username, pw := "pat.pages."+c.lang, "amber-kettle-orchard-"+c.lang+"-71"
		b, _ := json.Marshal(map[string]string{"email": email, "time_zone": c.tz, "locale": c.lang})
		s.call(t, "PUT", "/v1/recipients/"+rcpt, "application/json", b, nil, 201, nil)
		reg := s.send(t, rcpt, "account_registration", "Welcome", "Set up your account.")
		phi := s.send(t, rcpt, "account_message", "Your visit summary", "Keep walking 30 minutes a day.")
		res := s.send(t, rcpt, "test_result", "Your lab result", "Your result is in range.")
		gone := s.send(t, rcpt, "account_message", "Withdrawn", "Withdrawn.")
		s.call(t, "DELETE", "/v1/messages/"+gone.ID, "", nil, nil, 200, nil)

		state := filepath.Join(t.TempDir(), "state.json")
		var checked []string // pages seen again later (the inbox) are checked once per language
		run := func(name string, in map[string]any) result {
			t.Helper()
			in["base_url"], in["username"], in["password"] = s.Base, username, pw
			in["now_unix"], in["out_dir"], in["shot_start"], in["state_file"] = clk.Now().Unix(), shots, shot, state
			in["audit"], in["lang"], in["locale"], in["audit_skip"] = true, c.lang, c.locale, checked
			r := env.phase(t, name, in)
			for _, f := range r.Screenshots {
				if !strings.HasSuffix(f, "-phone.png") {
					shot++
				}
			}
			for _, a := range r.Audits {
				if a.Width == "phone" {
					checked = append(checked, a.Page)
				}
			}
			audits = append(audits, r.Audits...)
			return r
		}
		r := run("enrol", map[string]any{"link": reg.Link, "totp_secret": ""})
		secret := r.TOTPSecret
		clk.Set(clk.Now().Add(time.Minute))
		run("read", map[string]any{"link": phi.Link, "totp_secret": secret})
		clk.Set(clk.Now().Add(7 * time.Minute))
		run("stepup", map[string]any{"link": res.Link, "totp_secret": secret})
		clk.Set(clk.Now().Add(time.Minute))
		tour := run("tour", map[string]any{"pages": []map[string]string{
			{"name": "landing", "url": s.Base + "/"},
			{"name": "expired-link", "url": gone.Link},
		}})
		if v := tour.Visited; len(v) != 2 || v[0].Status != 200 || v[1].Status != 410 {
			t.Errorf("%s tour: %+v", c.lang, v)
		}
		r = run("recover", map[string]any{"start_url": s.Base + "/signin"})
		link := s.waitNotice(t, email, c.resetSubject, time.Minute).link(t, s.Base)
		newPW := pw + "-new"
		r = run("reset", map[string]any{"link": link, "new_password": newPW})
		if r.Path != "/recover/password" {
			t.Errorf("%s reset ended at %s", c.lang, r.Path)
		}
	}
	var bad []string
	for _, a := range audits {
		for _, v := range a.Violations {
			bad = append(bad, fmt.Sprintf("%s (%s, %s): %s [%s] %s at %v", a.Page, a.Width, a.Path, v.ID, v.Impact, v.Help, v.Nodes))
		}
	}
	if len(audits) < 30 {
		t.Errorf("only %d page checks ran", len(audits))
	}
	if len(bad) > 0 {
		t.Errorf("axe-core found %d violations:\n%s", len(bad), strings.Join(bad, "\n"))
	}
	langs := map[string]int{}
	ms := 0
	for _, a := range audits {
		langs[a.Lang]++
		ms += a.Ms
	}
	t.Logf("axe-core took %d ms in all", ms)
	if langs["en"] == 0 || langs["es"] == 0 || langs["en"]+langs["es"] != len(audits) {
		t.Errorf("page languages %v", langs)
	}
	t.Logf("%d page checks (axe-core at 390×844); screenshots (desktop and -phone): %s", len(audits), shots)
}
