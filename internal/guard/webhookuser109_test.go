package guard

import "testing"

// TestWebhookUser109: a webhook's system user id (u_/usr_/user_/uid_ and
// five to twelve digits under user_id) is no person's handle
// (webhookuser109.go, r109, dev109, dev109x); other prefixes, a year, a
// value outside a webhook or under another key stay reported.
func TestWebhookUser109(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		{`{"event":"account.password_changed","user_id":"u_81920","at":"2026-12-06T08:12:44Z"}`, Standard, false},
		{`{"event":"session.expired","user_id":"usr_448120"}`, Standard, false},
		{`{"evento":"usuario.bloqueado","user_id":"uid_77120"}`, Standard, false},
		{`{"event":"user.login","user_id":"bob_1985"}`, Standard, true},
		{`{"event":"user.login","user_id":"u_1985"}`, Standard, true},
		{`{"event":"user.login","user_id":"pt_55219"}`, Standard, true},
		{`{"event":"user.login","user_id":"u_81920x"}`, Standard, true},
		{`{"user_id":"u_81920","name":"x"}`, Standard, true},
		{`user_id: u_81920`, Standard, true},
		// red team red22 (dev113r): a date of birth as the id
		{`{"event":"account.created","user_id":"u_850412","at":"2026-12-01T10:00:00Z"}`, Standard, true},
		{`{"event":"account.created","user_id":"usr_041285","at":"2026-12-01T10:00:00Z"}`, Standard, true},
		{`{"event":"login.succeeded","uid":"uid_550193","at":"2026-12-01T10:00:00Z"}`, Standard, false},
	})
}
