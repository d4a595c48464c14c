package guard

import "testing"

// TestWebhookHandle: a person's handle under a webhook's user, account,
// member or patient key is reported (a listed given name and family name
// joined or run together, a listed name beside an initial or a year, a
// condition beside a patient word); opaque ids, service accounts, other
// keys and event names pass (webhookhandle.go, hook19, dev102w).
func TestWebhookHandle(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		// a person's handle: reported
		{`{"event":"member.joined","member_id":"ana-garcia","ts":"2026-12-05T22:14:09Z"}`, Standard, true},
		{`{"event":"user.login","account_id":"jose_perez85","ip_country":"US"}`, Standard, true},
		{`{"event":"user.login","accountId":"JosePerez85"}`, Strict, true},
		{`{"event":"user.login","user":"rosamendez62"}`, Standard, true},
		{`{"event":"user.login","login_name":"ewatson92"}`, Standard, true},
		{`{"evento":"usuario.login","id_paciente":"fernandez_l1988"}`, Standard, true},
		{`{"evento":"cuenta.creada","cuenta":"luciafernandez88"}`, Standard, true},
		{`{"type":"member.updated","memberHandle":"DanielaReyes"}`, Standard, true},
		{`{"event":"subscription.renewed","subscriber":"watson.emily"}`, Standard, true},
		{`{"event":"survey.completed","respondent_id":"walt.kowalski"}`, Standard, true},
		{`{"event":"user.login","screen_name":"mendez_rosa_62"}`, Standard, true},
		{`{"event":"enrollment.created","members":[{"id":"yuki_tanaka_1990"}]}`, Standard, true},
		{`{"event":"user.login","user":{"handle":"garcia_lopez"}}`, Standard, true},
		// red20, dev104x: a plan's, club's, class's or call's person key
		{`{"event":"account.created","beneficiary_id":"ana-garcia","plan":"family"}`, Standard, true},
		{`{"evento":"socio.alta","socio_id":"jose_perez85"}`, Standard, true},
		{`{"evento":"usuaria.registrada","usuaria":"rosamendez62"}`, Standard, true},
		{`{"evento":"poliza.emitida","titular":"fernandez_l1988","plan":"basico"}`, Standard, true},
		{`{"event":"class.booked","attendee":"ewatson92","account":"acct_7731"}`, Standard, true},
		{`{"event":"call.completed","caller_id":"mendez_rosa_62"}`, Standard, true},
		{`{"event":"user.invited","guardian":"DanielaReyes","user_id":"usr_3a99c2"}`, Standard, true},
		{`{"event":"enrollment.created","dependent_id":"mateo.garcia12"}`, Standard, true},
		{`{"event":"user.login","patient_uname":"jperez85"}`, Standard, true},
		{`{"event":"member.updated","member_number":"ana-garcia"}`, Strict, true},
		// a condition beside a patient word: reported
		{`{"evento":"sesion.inicio","paciente_id":"diab_pac07"}`, Standard, true},
		{`{"event":"user.login","patientId":"hepc_pt3"}`, Strict, true},
		{`{"event":"user.login","account":"ckd4_pat"}`, Standard, true},
		{`{"event":"user.login","subscriber_id":"copdPatient12"}`, Standard, true},
		{`{"event":"user.login","member":"dialysis_pt8"}`, Standard, true},
		// a handle after a user-name cue stays reported (username.go)
		{`{"event":"user.login","username":"JSMITH1985XYZ"}`, Standard, true},
		{`{"event":"user.login","username":"bigdaddy_77"}`, Standard, true},
		// opaque ids, service accounts, other keys, event names: pass
		{`{"event":"user.login","user_id":"usr_3a99c2","ts":"2026-12-05T22:14:09Z"}`, Standard, false},
		{`{"event":"user.login","handle":"k7QpX2mZ9rTb"}`, Standard, false},
		{`{"event":"user.login","user_id":"MFRGGZDFMZTWQ2LK"}`, Standard, false},
		{`{"event":"member.signup_completed","member_id":"m_0a7c33"}`, Standard, false},
		{`{"evento":"cita.creada","paciente_id":"pac_7f3b21"}`, Standard, false},
		{`{"event":"job.finished","user":"svc_billing","duration_ms":5120}`, Standard, false},
		{`{"event":"deploy.done","username":"portal_web"}`, Standard, false},
		{`{"event":"token.refreshed","login":"api_client"}`, Strict, false},
		{`{"event":"user.login","username":"reception_desk2"}`, Standard, false},
		{`{"event":"user.login","login":"kiosk_lobby_01"}`, Standard, false},
		{`{"event":"deploy.done","account":"jenkins_ci"}`, Standard, false},
		{`{"event":"queue.drained","account":"pt_scheduler"}`, Standard, false},
		{`{"event":"batch.done","account_id":"payroll_2024"}`, Standard, false},
		{`{"event":"account.created","account_type":"family_plan","account_id":"acct_7731"}`, Standard, false},
		{`{"event":"member.updated","member_status":"active_paused","member_id":"m_0a7c33"}`, Standard, false},
		{`{"evento":"paciente.alta","tipo_paciente":"nuevo_ingreso","paciente_id":"pac_2b8e11"}`, Standard, false},
		{`{"event":"enrollment.created","dependent_id":"dep_7f3b21","account_id":"acct_7731"}`, Standard, false},
		{`{"evento":"socio.alta","socio_id":"soc_9c41e0"}`, Standard, false},
		{`{"event":"call.completed","caller_id":"kiosk_lobby_01"}`, Standard, false},
		{`{"event":"user.invited","guardian_status":"pending","user_id":"usr_3a99c2"}`, Standard, false},
		{`{"evento":"usuario.actualizado","campos":["nombre_usuario","correo"],"usuario_id":"usr_9c41e0"}`, Standard, false},
	})
}

// TestWebhookHandleRules: the rule and kind of each reported shape.
func TestWebhookHandleRules(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, rule string
		kind       Kind
	}{
		{`{"event":"member.joined","member_id":"ana-garcia"}`, "username.webhook", KindName},
		{`{"evento":"sesion.inicio","paciente_id":"diab_pac07"}`, "username.webhook_care", KindCondition},
		{`{"event":"user.login","client_id":"suboxone_pt19"}`, "username.webhook_care", KindMedication},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			found = found || f.Rule == c.rule && f.Kind == c.kind
		}
		if !found {
			t.Errorf("%q: no %s finding of kind %s (%v)", c.text, c.rule, c.kind, fs)
		}
	}
}
