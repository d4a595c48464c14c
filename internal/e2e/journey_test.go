package e2e_test

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPatientJourney is a patient's first week in Chromium, with the service
// clock moved between phases instead of waiting:
//
//	T0        the registration notice's link → enrol (password, TOTP from the
//	          QR page's secret, recovery codes) → sign out
//	T0+1 min  the phi message's link → sign in with password and a TOTP code
//	          → the message as sent; the inbox unread count falls (and rises
//	          with "Mark as unread")
//	T0+7 min  the restricted message's link, still signed in but outside the
//	          5-minute step-up window → /stepup → code → the message and its
//	          attachment, byte for byte; the unread count falls again
func TestPatientJourney(t *testing.T) {
	env := needBrowser(t)
	shots := env.shotDir(t)
	t0 := time.Now().Truncate(time.Second)
	clk := newClock(t0)
	s := startService(t, clk)

	const rcpt, email = "e2e-patient-2", "pat.journey@example.org"
	const username, password = "pat.journey", "violet-harbour-lantern-93"
	s.putRecipient(t, rcpt, email)
	reg := s.send(t, rcpt, "account_registration", "Welcome", "Set up your account to read your messages.")
	const phiSubject, phiBody = "Your visit summary", "Keep taking metformin 500 mg twice a day. Next visit in 3 months."
	phi := s.send(t, rcpt, "account_message", phiSubject, phiBody)
	const resSubject, resBody = "Your A1C result", "Your A1C is 7.2%. Dr. Lee will call you."
	res := s.send(t, rcpt, "test_result", resSubject, resBody)
	if phi.Sensitivity != "phi" || res.Sensitivity != "restricted" || reg.Sensitivity != "public" {
		t.Fatalf("sensitivities: registration %q, account_message %q, test_result %q", reg.Sensitivity, phi.Sensitivity, res.Sensitivity)
	}

	// The result's attachment: random bytes, so only the very same bytes
	// hash the same.
	pdf := append([]byte("%PDF-1.4\n% sealpost e2e\n"), make([]byte, 48<<10)...)
	if _, err := rand.Read(pdf[24:]); err != nil {
		t.Fatal(err)
	}
	var att struct {
		ID          string `json:"id"`
		Name        string `json:"name"`
		ContentType string `json:"content_type"`
		Size        int    `json:"size"`
	}
	s.call(t, "POST", "/v1/messages/"+res.ID+"/attachments", "application/pdf", pdf,
		map[string]string{"Content-Disposition": `attachment; filename="a1c-result.pdf"`}, 201, &att)
	if att.ID == "" || att.Name != "a1c-result.pdf" || att.ContentType != "application/pdf" || att.Size != len(pdf) {
		t.Fatalf("attachment answer %+v, want a1c-result.pdf, application/pdf, %d bytes", att, len(pdf))
	}
	sum := sha256.Sum256(pdf)

	regLink := s.waitNotice(t, email, "Complete your registration", time.Minute).link(t, s.Base)
	phiNotice := s.waitNotice(t, email, "You have a new message", time.Minute)
	resNotice := s.waitNotice(t, email, "Important information about your recent test", time.Minute)
	s.overTLS(t)
	for _, n := range []notice{phiNotice, resNotice} {
		for _, secret := range []string{phiSubject, phiBody, resSubject, resBody, "metformin", "A1C"} {
			if strings.Contains(string(n.Raw), secret) {
				t.Fatalf("notice %q carries %q", n.Subject, secret)
			}
		}
	}

	state := filepath.Join(t.TempDir(), "storage-state.json")
	shot := 1
	input := func(link, secret string) map[string]any {
		return map[string]any{"base_url": s.Base, "link": link, "username": username, "password": password,
			"totp_secret": secret, "now_unix": clk.Now().Unix(), "out_dir": shots, "shot_start": shot, "state_file": state}
	}

	// Phase 1, T0: enrol from the registration link.
	r1 := env.phase(t, "enrol", input(regLink, ""))
	shot += len(r1.Screenshots)
	if _, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.TrimRight(strings.ToUpper(r1.TOTPSecret), "=")); err != nil || len(r1.TOTPSecret) < 16 {
		t.Fatalf("#totp-secret %q is not a base32 secret: %v", r1.TOTPSecret, err)
	}
	if !r1.QRDecoded {
		t.Error("the QR code image did not load")
	}
	seen := map[string]bool{}
	for _, c := range r1.RecoveryCodes {
		if c == "" || seen[c] {
			t.Errorf("recovery codes %q: empty or repeated", r1.RecoveryCodes)
			break
		}
		seen[c] = true
	}
	if len(r1.RecoveryCodes) < 5 {
		t.Errorf("%d recovery codes", len(r1.RecoveryCodes))
	}
	if r1.InboxAfterSignOut != "/signin" {
		t.Errorf("after Sign out, /inbox leads to %s, want /signin", r1.InboxAfterSignOut)
	}

	// Phase 2, T0+1 min: the phi message, signing in with password and TOTP.
	clk.Set(t0.Add(time.Minute))
	r2 := env.phase(t, "read", input(phiNotice.link(t, s.Base), r1.TOTPSecret))
	shot += len(r2.Screenshots)
	if r2.Message.Path != "/inbox/"+phi.ID || r2.Message.Subject != phiSubject || r2.Message.Body != phiBody {
		t.Errorf("phi message shown as %+v, want /inbox/%s %q %q", r2.Message, phi.ID, phiSubject, phiBody)
	}
	phiItem, resItem := item(t, r2.ItemsAfterRead, phi.ID), item(t, r2.ItemsAfterRead, res.ID)
	if phiItem.Unread != "false" || resItem.Unread != "true" {
		t.Errorf("after reading: phi item unread=%s, restricted item unread=%s", phiItem.Unread, resItem.Unread)
	}
	// (The factor of this sign-in is fresh, so the restricted subject may show
	// here; phase 3 checks it is hidden once the step-up window has passed.)
	if !strings.Contains(phiItem.Text, phiSubject) {
		t.Errorf("the inbox item of the phi message lacks its subject: %q", phiItem.Text)
	}
	if r2.UnreadAfterMark != r2.UnreadAfterRead+1 || item(t, r2.ItemsAfterMark, phi.ID).Unread != "true" {
		t.Errorf("Mark as unread: count %d → %d, item unread=%s", r2.UnreadAfterRead, r2.UnreadAfterMark, item(t, r2.ItemsAfterMark, phi.ID).Unread)
	}
	if r2.UnreadAfterReadAgain != r2.UnreadAfterMark-1 {
		t.Errorf("reading again: unread count %d → %d, want it to fall by one", r2.UnreadAfterMark, r2.UnreadAfterReadAgain)
	}

	// Phase 3, T0+7 min: the restricted result needs a fresh factor.
	clk.Set(t0.Add(7 * time.Minute))
	resLink := resNotice.link(t, s.Base)
	r3 := env.phase(t, "stepup", input(resLink, r1.TOTPSecret))
	if r3.UnreadBefore != r2.UnreadAfterReadAgain {
		t.Errorf("unread count at T0+7 min %d, left at %d", r3.UnreadBefore, r2.UnreadAfterReadAgain)
	}
	if it := item(t, r3.ItemsBefore, res.ID); strings.Contains(it.Text, resSubject) || it.Unread != "true" {
		t.Errorf("before step-up the restricted item is %+v", it)
	}
	if r3.StepupNext != "/inbox/"+res.ID {
		t.Errorf("/stepup?next=%q, want /inbox/%s", r3.StepupNext, res.ID)
	}
	redirected := false
	for _, d := range r3.Documents {
		if d.URL == resLink && d.Status >= 300 && d.Status < 400 {
			redirected = true
		}
	}
	if !redirected {
		t.Errorf("the restricted link did not redirect: %+v", r3.Documents)
	}
	if r3.Message.Path != "/inbox/"+res.ID || r3.Message.Subject != resSubject || r3.Message.Body != resBody {
		t.Errorf("restricted message shown as %+v", r3.Message)
	}
	if r3.Attachment.Filename != att.Name || r3.Attachment.Size != len(pdf) || r3.Attachment.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("downloaded %+v, uploaded %s (%d bytes, sha256 %x)", r3.Attachment, att.Name, len(pdf), sum)
	}
	if r3.UnreadAfter != r3.UnreadBefore-1 || item(t, r3.ItemsAfter, res.ID).Unread != "false" {
		t.Errorf("after reading the result: unread count %d → %d", r3.UnreadBefore, r3.UnreadAfter)
	}
	if it := item(t, r3.ItemsAfter, res.ID); !strings.Contains(it.Text, resSubject) {
		t.Errorf("after step-up the restricted item lacks its subject: %q", it.Text)
	}
	t.Logf("screenshots of the journey: %s", shots)
}

// item is the inbox entry linking to message id.
func item(t *testing.T, items []inboxItem, id string) inboxItem {
	t.Helper()
	for _, it := range items {
		if it.Href == "/inbox/"+id {
			return it
		}
	}
	t.Fatalf("no inbox item for %s in %+v", id, items)
	return inboxItem{}
}
