package validate

import "testing"

func TestPhone(t *testing.T) {
	for s, want := range map[string]bool{"+15551234567": true, "+442071838750": true, "+1": false, "15551234567": false,
		"+1 555 123 4567": false, "+0123456789": false, "+1234567890123456": false, "": false} {
		if Phone(s) != want {
			t.Errorf("Phone(%q) = %v", s, !want)
		}
	}
}

func TestEmail(t *testing.T) {
	for s, want := range map[string]bool{"pat@example.org": true, "a.b+tag@mail.example.co.uk": true, "j@localhost": false,
		"Jane <j@example.org>": false, "j@@example.org": false, "j..k@example.org": false, ".j@example.org": false,
		"j@-example.org": false, "j@example..org": false, "\"quoted\"@example.org": false, "": false, "j@exa mple.org": false} {
		if Email(s) != want {
			t.Errorf("Email(%q) = %v", s, !want)
		}
	}
}

func TestOpaqueLocaleZone(t *testing.T) {
	if !OpaqueID("patient-1001") || OpaqueID("a b") || OpaqueID("") || OpaqueID("../etc") || OpaqueID(string(make([]byte, 129))) {
		t.Error("OpaqueID")
	}
	if !Locale("en") || !Locale("es-US") || Locale("english") || Locale("EN") {
		t.Error("Locale")
	}
	if !TimeZone("America/New_York") || TimeZone("Local") || TimeZone("Mars/Base") || TimeZone("") {
		t.Error("TimeZone")
	}
}
