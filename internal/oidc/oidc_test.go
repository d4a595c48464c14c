package oidc

import (
	"testing"
	"time"
)

func TestSecondFactorAndFactorAt(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	cfg := Config{ACRValues: []string{"urn:mfa"}, AMRFactors: []string{"otp", "hwk"}}
	cases := []struct {
		name string
		id   Identity
		want *time.Time
	}{
		{"amr otp", Identity{AMR: []string{"pwd", "otp"}, AuthTime: now.Add(-time.Minute)}, ptr(now.Add(-time.Minute))},
		{"acr", Identity{ACR: "urn:mfa", AuthTime: now.Add(-time.Minute)}, ptr(now.Add(-time.Minute))},
		{"password only", Identity{AMR: []string{"pwd"}, AuthTime: now}, nil},
		{"other acr", Identity{ACR: "urn:pwd", AuthTime: now}, nil},
		{"no auth_time", Identity{AMR: []string{"otp"}}, nil},
		{"auth_time far in the future", Identity{AMR: []string{"otp"}, AuthTime: now.Add(time.Hour)}, nil},
		{"auth_time within skew is now", Identity{AMR: []string{"otp"}, AuthTime: now.Add(30 * time.Second)}, ptr(now)},
	}
	for _, c := range cases {
		got := FactorAt(cfg, c.id, now)
		if (got == nil) != (c.want == nil) || got != nil && !got.Equal(*c.want) {
			t.Errorf("%s: FactorAt = %v, want %v", c.name, got, c.want)
		}
	}
	if SecondFactor(Config{}, Identity{AMR: []string{"otp"}, ACR: "x"}) {
		t.Error("an empty configuration accepted a factor")
	}
}

func ptr(t time.Time) *time.Time { return &t }

func TestValidIssuer(t *testing.T) {
	for raw, want := range map[string]bool{
		"https://id.example.org":          true,
		"https://id.example.org/realms/x": true,
		"http://id.example.org":           false,
		"https://user:pw@id.example.org":  false,
		"https://id.example.org/?x=1":     false,
		"https://id.example.org/#f":       false,
		"javascript:alert(1)":             false,
		"":                                false,
	} {
		if got := ValidIssuer(raw, false); got != want {
			t.Errorf("ValidIssuer(%q) = %v", raw, got)
		}
	}
	if !ValidIssuer("http://127.0.0.1:8080", true) {
		t.Error("http refused where allowed")
	}
}

func TestFlow(t *testing.T) {
	a, b := NewFlow(), NewFlow()
	if a.State == b.State || a.Nonce == b.Nonce || a.Verifier == b.Verifier || len(a.State) != 43 {
		t.Fatal("flows are not random")
	}
	if !a.CheckState(a.State) || a.CheckState(b.State) || a.CheckState("") || (Flow{}).CheckState("") {
		t.Fatal("CheckState")
	}
}
