package cli_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/testdb"
)

// TestStaffCreate: `sealpost staff create` makes an invited staff account,
// prints its one-time invitation link under --public-url, explains bad
// flags and unknown tenants, and writes nothing for them.
func TestStaffCreate(t *testing.T) {
	r, db := newRun(t, "sqlite")
	_, out, _ := r.do("", "tenant", "create", "clinic", "--json")
	var ct map[string]string
	if err := json.Unmarshal([]byte(out), &ct); err != nil {
		t.Fatal(err)
	}
	code, out, errs := r.do("", "staff", "create", "--tenant", ct["tenant_id"], "--email", "Ann@Clinic.example", "--role", "admin",
		"--pools", "billing, pharmacy", "--public-url", "https://mail.clinic.example")
	if code != 0 || !regexp.MustCompile(`invitation link .*: https://mail\.clinic\.example/staff/invite/[0-9a-z]{40,}\n`).MatchString(out) {
		t.Fatalf("staff create: %d %q %q", code, out, errs)
	}
	raw := testdb.OpenRaw(t, db)
	if n := raw.Int(`SELECT COUNT(*) FROM staff WHERE status = 'invited' AND role = 'admin'`); n != 1 {
		t.Fatalf("%d staff rows", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM staff_pool_members`); n != 2 {
		t.Fatalf("%d pool memberships", n)
	}
	if n := raw.Int(`SELECT COUNT(*) FROM river_job WHERE kind = 'sealpost.staff_notice'`); n != 1 {
		t.Fatalf("%d invitation notices queued", n)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--tenant", ct["tenant_id"], "--email", "ann@clinic.example", "--role", "member"}, "exists"},
		{[]string{"--tenant", ct["tenant_id"], "--email", "nope", "--role", "boss", "--pools", "Bad Pool"}, "--email: a valid email address"},
		{[]string{"--tenant", "ten_06h3w5sqpq90k63aze6hjx6mc5", "--email", "x@clinic.example"}, "no tenant"},
		{[]string{"--tenant", "acme", "--email", "x@clinic.example"}, "must be a tenant id"},
	} {
		code, _, errs := r.do("", append([]string{"staff", "create"}, c.args...)...)
		if code == 0 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: %d %q, want %q", c.args, code, errs, c.want)
		}
	}
	if n := raw.Int(`SELECT COUNT(*) FROM staff`); n != 1 {
		t.Fatalf("refused commands wrote staff rows: %d", n)
	}
}
