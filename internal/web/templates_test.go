package web

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/service"
)

// TestEveryTemplateRenders: each page template renders in each language
// with its optional parts on, with no formatting slip ("%!") and no
// catalog key left untranslated.
func TestEveryTemplateRenders(t *testing.T) {
	at := time.Date(2026, 12, 3, 16, 20, 0, 0, time.UTC)
	keyRE := regexp.MustCompile(`>[a-z]+\.[a-zA-Z]+(\.[a-zA-Z]+)*<`)
	for name, tmpl := range pageTemplates {
		for lang := range catalogs {
			d := pageData{lang: lang, loc: time.UTC, Title: "t", CSRF: "c", SignedIn: true, Passkey: true, Fresh: true,
				Alert: "a", Errors: []formError{{Field: "username", Text: "e"}, {Field: "birth_date", Text: "e"}},
				Heading: "h", Intro: "i", Action: "/enrol/totp", Lines: []string{"l"}, Link: "/signin", LinkText: "s",
				Codes: []string{"abcde-fghij"}, Unread: 1, PasskeyCount: 2, RecoveryLeft: 1, AskBirthDate: true,
				Messages: []service.InboxEntry{{ID: "m", Sensitivity: "restricted", SubjectHidden: true, Attachments: 2, CreatedAt: at}},
				M:        service.OpenedMessage{InboxEntry: service.InboxEntry{ID: "m", Subject: "s", Sensitivity: "phi", CreatedAt: at}, AttachList: []service.AttachmentView{{ID: "a", Name: "n", Size: 2048}}},
				Devices:  []service.DeviceSession{{Current: true, SignedInAt: at, LastSeen: at}, {SignedInAt: at, LastSeen: at}},
				Brand:    service.Branding{Name: "Clinic", Color: "#1f5f8b", TextColor: "#ffffff", Support: service.SupportContact{Phone: "+1 555 0100", Email: "a@b.example"}},
			}
			var b bytes.Buffer
			if err := tmpl.Execute(&b, d); err != nil {
				t.Fatalf("%s/%s: %v", name, lang, err)
			}
			out := b.String()
			if strings.Contains(out, "%!") || keyRE.MatchString(out) {
				t.Errorf("%s/%s: formatting slip or untranslated key: %s", name, lang, keyRE.FindString(out))
			}
			if !strings.Contains(out, `<html lang="`+lang+`">`) {
				t.Errorf("%s/%s: no lang attribute", name, lang)
			}
		}
	}
	if len(pageTemplates) < 12 {
		t.Fatalf("only %d templates", len(pageTemplates))
	}
}
