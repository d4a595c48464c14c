package web

import (
	"context"
	"errors"
	"testing"

	"github.com/sealpost/sealpost/internal/service"
)

// TestPickSignInTenant: the host names a tenant only when exactly one has it;
// then the last link's tenant; then the only tenant; else none.
func TestPickSignInTenant(t *testing.T) {
	dir := []service.SignInTenant{{ID: "ten_a", Host: "a.example.org"}, {ID: "ten_b", Host: "shared.example.org"},
		{ID: "ten_c", Host: "shared.example.org"}, {ID: "ten_d"}}
	list := func(ts []service.SignInTenant, err error) func(context.Context) ([]service.SignInTenant, error) {
		return func(context.Context) ([]service.SignInTenant, error) { return ts, err }
	}
	hint := func(id string) func(context.Context) string { return func(context.Context) string { return id } }
	for _, c := range []struct {
		name, host, hint string
		dir              []service.SignInTenant
		err              error
		want             string
	}{
		{"host", "a.example.org", "ten_d", dir, nil, "ten_a"},
		{"host case, trailing dot and :443", "A.Example.org.:443", "", dir, nil, "ten_a"},
		{"host shared by two tenants decides nothing", "shared.example.org", "ten_d", dir, nil, "ten_d"},
		{"unknown host, hint", "sealpost.example.net", "ten_c", dir, nil, "ten_c"},
		{"no hint, many tenants", "sealpost.example.net", "", dir, nil, ""},
		{"only tenant", "127.0.0.1:8080", "", dir[:1], nil, "ten_a"},
		{"hint before the only tenant", "127.0.0.1:8080", "ten_x", dir[:1], nil, "ten_x"},
		{"no tenant at all", "127.0.0.1:8080", "", nil, nil, ""},
		{"directory unavailable: hint only", "a.example.org", "ten_d", nil, errors.New("down"), "ten_d"},
		{"directory unavailable, no hint", "a.example.org", "", dir[:1], errors.New("down"), ""},
	} {
		ts := c.dir
		if c.err != nil {
			ts = nil
		}
		if got := pickSignInTenant(context.Background(), c.host, hint(c.hint), list(ts, c.err)); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
