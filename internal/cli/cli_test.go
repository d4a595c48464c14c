package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/testdb"
)

type run struct {
	t    *testing.T
	args []string // common flags
}

func (r run) do(stdin string, args ...string) (int, string, string) {
	r.t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(context.Background(), append(args, r.args...), cli.IO{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

// newRun points the command line at a fresh database of the given kind.
func newRun(t *testing.T, kind string) (run, testdb.DB) {
	db := testdb.New(t, kind)
	dir := t.TempDir()
	dsn := db.DSN
	if kind == "postgres" {
		dsn += "&search_path=" + db.Schema
	}
	return run{t: t, args: []string{"--data-dir", dir, "--db", dsn}}, db
}

func TestTenantAndKeys(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		r, _ := newRun(t, kind)
		code, out, errs := r.do("", "tenant", "create", "acme", "--json")
		if code != 0 {
			t.Fatalf("tenant create: %d %s", code, errs)
		}
		var created map[string]string
		if err := json.Unmarshal([]byte(out), &created); err != nil || !strings.HasPrefix(created["tenant_id"], "ten_") || !strings.HasPrefix(created["api_key"], "sp_") || len(created) != 2 {
			t.Fatalf("tenant create --json printed %q", out)
		}
		if code, _, errs := r.do("", "tenant", "create", "acme"); code == 0 || !strings.Contains(errs, "already exists") {
			t.Fatalf("duplicate tenant: %d %s", code, errs)
		}
		code, out, _ = r.do("", "tenant", "keys", "create", "acme", "--label", "ci", "--json")
		var k map[string]string
		if code != 0 || json.Unmarshal([]byte(out), &k) != nil || k["prefix"] == "" {
			t.Fatalf("keys create: %d %q", code, out)
		}
		code, out, _ = r.do("", "tenant", "keys", "list", "acme")
		if code != 0 || !strings.Contains(out, k["prefix"]) || strings.Contains(out, k["api_key"]) || strings.Contains(out, created["api_key"]) {
			t.Fatalf("keys list shows secrets or misses the key: %q", out)
		}
		if code, _, _ := r.do("", "tenant", "keys", "revoke", "acme", k["prefix"]); code != 0 {
			t.Fatal("revoke failed")
		}
		if code, _, errs := r.do("", "tenant", "keys", "revoke", "acme", k["prefix"]); code != 1 || !strings.Contains(errs, "already revoked") {
			t.Fatalf("second revoke: %d %s", code, errs)
		}
		if _, out, _ := r.do("", "tenant", "keys", "list", "acme"); !strings.Contains(out, "revoked") {
			t.Fatalf("list after revoke: %q", out)
		}
		if code, out, _ := r.do("", "tenant", "list"); code != 0 || !strings.Contains(out, "acme") {
			t.Fatalf("tenant list: %q", out)
		}
		// The audit log records all of it and verifies.
		code, out, errs = r.do("", "audit", "verify")
		if code != 0 || !strings.Contains(out, "intact: 4 events") {
			t.Fatalf("audit verify: %d %q %s", code, out, errs)
		}
		code, out, errs = r.do("", "keys", "rotate")
		if code != 0 || !strings.Contains(out, "for 1 tenants") {
			t.Fatalf("keys rotate: %d %q %s", code, out, errs)
		}
	})
}

func TestAuditVerifyFindsTampering(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		r, db := newRun(t, kind)
		for _, n := range []string{"a", "b"} {
			if code, _, errs := r.do("", "tenant", "create", n); code != 0 {
				t.Fatal(errs)
			}
		}
		if code, _, _ := r.do("", "audit", "verify"); code != 0 {
			t.Fatal("fresh log does not verify")
		}
		raw := testdb.OpenRaw(t, db)
		raw.Exec(`UPDATE audit_events SET actor = 'intruder' WHERE seq = 2`)
		code, _, errs := r.do("", "audit", "verify")
		if code != 1 || !strings.Contains(errs, "BROKEN") || !strings.Contains(errs, "seq 2") {
			t.Fatalf("tampered log: %d %s", code, errs)
		}
	})
}

func TestEnvironmentBindsFlags(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("SEALPOST_DATA_DIR", dir)
	var out, errb bytes.Buffer
	if code := cli.Run(context.Background(), []string{"migrate"}, cli.IO{Stdout: &out, Stderr: &errb}); code != 0 {
		t.Fatalf("migrate: %s", errb.String())
	}
	for _, f := range []string{"sealpost.db", "root-keyset.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("SEALPOST_DATA_DIR not used: %v", err)
		}
	}
	st, _ := os.Stat(filepath.Join(dir, "root-keyset.json"))
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v", st.Mode().Perm())
	}
	// A flag on the command line wins over the environment.
	other := t.TempDir()
	if code := cli.Run(context.Background(), []string{"migrate", "--data-dir", other}, cli.IO{Stdout: &out, Stderr: &errb}); code != 0 {
		t.Fatal(errb.String())
	}
	if _, err := os.Stat(filepath.Join(other, "sealpost.db")); err != nil {
		t.Fatal("flag did not win over the environment")
	}
	if cli.EnvName("public-url") != "SEALPOST_PUBLIC_URL" {
		t.Fatal(cli.EnvName("public-url"))
	}
	t.Setenv("SEALPOST_LOG_LEVEL", "loud")
	if code := cli.Run(context.Background(), []string{"tenant", "list"}, cli.IO{Stdout: &out, Stderr: &errb}); code == 0 {
		t.Fatal("a bad environment value was accepted")
	}
}

func TestGuardCheckCommand(t *testing.T) {
	r := run{t: t}
	code, out, _ := r.do("Hello Jane Doe,\nyour metformin refill is ready.\n", "guard", "check", "-")
	if code != 1 || !strings.Contains(out, "<stdin>:2:6: medication") || strings.Contains(out, "metformin") {
		t.Fatalf("leak: %d %q", code, out)
	}
	file := filepath.Join(t.TempDir(), "notice.html")
	os.WriteFile(file, []byte("<p>Payment processed <b>successfully</b>.</p>"), 0o600)
	if code, out, _ := r.do("", "guard", "check", "--html", file); code != 0 || !strings.Contains(out, "no findings") {
		t.Fatalf("clean html: %d %q", code, out)
	}
	code, out, _ = r.do("A new offer on your diabetes supplies", "guard", "check", "--mode", "strict", "--json", "-")
	var res map[string]any
	if code != 1 || json.Unmarshal([]byte(out), &res) != nil || res["blocked"] != true {
		t.Fatalf("strict json: %d %q", code, out)
	}
	if code, _, _ := r.do("", "guard", "check", "--mode", "lenient", "-"); code != 2 {
		t.Fatalf("bad mode exit %d", code)
	}
	// --sender reads the name as the service reads a tenant's display name:
	// its occurrence passes, the same words elsewhere do not
	signed := "Moreno & Blake Riverside: your code is 204857."
	if code, _, _ := r.do(signed, "guard", "check", "-"); code != 1 {
		t.Fatalf("the name was not flagged without --sender: %d", code)
	}
	if code, out, _ := r.do(signed, "guard", "check", "--sender", "Moreno & Blake Riverside", "-"); code != 0 {
		t.Fatalf("--sender: %d %q", code, out)
	}
	if code, _, _ := r.do("Moreno & Blake Riverside: Hi Blake, your code is 204857.", "guard", "check", "--sender", "Moreno & Blake Riverside", "-"); code != 1 {
		t.Fatalf("--sender cleared the name outside its occurrence: %d", code)
	}
}

// TestGuardReviewCommand: a library, one notice a line, gets the terms to
// approve with their kinds and what would stay blocked; --own and
// --approved give terms already added; exit 1 while a notice is blocked.
func TestGuardReviewCommand(t *testing.T) {
	r := run{t: t}
	// (a pickup "ready at" an address is the sender's own since the
	// eighteenth pass of the guard, senderops.go; the address heads this line)
	lib := "Keystone O&P, 55 Market Square: your item is ready.\n\nQuestions? Our desk: (717) 555-0164, any weekday.\nHi Maria, your order shipped.\nYour order has shipped.\n"
	code, out, _ := r.do(lib, "guard", "review", "--sender", "Keystone Orthotic & Prosthetic Lab", "--guard-dictionary", "none", "-")
	if code != 1 || !strings.Contains(out, "4 notices checked, 3 blocked; 1 still blocked") ||
		!strings.Contains(out, `propose sender   "55 Market Square" in 1 notice(s) (address.street)`) ||
		!strings.Contains(out, `propose sender   "(717) 555-0164"`) || !strings.Contains(out, "caution: a person's name") ||
		!strings.Contains(out, "line 4: still blocked: name (name.greeting)") {
		t.Fatalf("review: %d %q", code, out)
	}
	code, out, _ = r.do(lib, "guard", "review", "--json", "--guard-dictionary", "none", "--sender", "Keystone Orthotic & Prosthetic Lab",
		"--own", "55 Market Square", "--own", "(717) 555-0164", "-")
	var rep map[string]any
	if code != 1 || json.Unmarshal([]byte(out), &rep) != nil || rep["Blocked"] != float64(1) || len(rep["Proposals"].([]any)) != 1 {
		t.Fatalf("with --own: %d %q", code, out)
	}
	jl := `{"name":"welcome","text":"Welcome to Keystone O&P!"}` + "\n" + `{"name":"promo","text":"A new offer on your diabetes supplies","mode":"strict"}` + "\n"
	if code, out, _ := r.do(jl, "guard", "review", "--jsonl", "--guard-dictionary", "none", "-"); code != 1 || !strings.Contains(out, "promo: still blocked: association") {
		t.Fatalf("jsonl: %d %q", code, out)
	}
	if code, _, _ := r.do("Your order has shipped.\n", "guard", "review", "--guard-dictionary", "none", "-"); code != 0 {
		t.Fatalf("clean library exit %d", code)
	}
	for _, bad := range [][]string{{"--jsonl", "-"}, {"--mode", "loud", "-"}, {}} {
		if code, _, _ := r.do("not json\n", append([]string{"guard", "review", "--guard-dictionary", "none"}, bad...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

// TestGuardCheckDictionary: --guard-dictionary loads a medical dictionary
// (here a fixture with an invented drug name), "none" loads none, and a
// missing file fails the command.
func TestGuardCheckDictionary(t *testing.T) {
	r := run{t: t}
	dic := filepath.Join(t.TempDir(), "fixture.dic")
	if err := os.WriteFile(dic, []byte("2\nzorblatine\nQuenzadol\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	text := "Your insurance now covers zorblatine.\n"
	if code, out, _ := r.do(text, "guard", "check", "--guard-dictionary", dic, "-"); code != 1 || !strings.Contains(out, "dictionary.term") {
		t.Fatalf("with the dictionary: %d %q", code, out)
	}
	if code, out, _ := r.do(text, "guard", "check", "--guard-dictionary", "none", "-"); strings.Contains(out, "dictionary.term") {
		t.Fatalf("with none: %d %q", code, out)
	}
	if code, _, errs := r.do(text, "guard", "check", "--guard-dictionary", dic+".absent", "-"); code == 0 || !strings.Contains(errs, "fixture.dic.absent") {
		t.Fatalf("missing dictionary: %d %q", code, errs)
	}
	// not named and none installed: one warning, and the check runs
	// without it (the word is still caught by frame.unknown)
	t.Setenv("SEALPOST_GUARD_DICTIONARY", "")
	os.Unsetenv("SEALPOST_GUARD_DICTIONARY")
	saved := guard.DefaultDictionaryPaths
	guard.DefaultDictionaryPaths = []string{dic + ".not-installed"}
	defer func() { guard.DefaultDictionaryPaths = saved }()
	code, out, errs := r.do(text, "guard", "check", "-")
	if code != 1 || strings.Contains(out, "dictionary.term") || strings.Count(errs, "no medical dictionary installed") != 1 {
		t.Fatalf("none installed: %d %q %q", code, out, errs)
	}
}

func TestUsage(t *testing.T) {
	r := run{t: t}
	if code, _, errs := r.do("", "frobnicate"); code != 2 || !strings.Contains(errs, "usage") {
		t.Fatalf("unknown command: %d", code)
	}
	if code, _, _ := r.do(""); code != 2 {
		t.Fatal("no command")
	}
}

// TestTenantNameIsASlug: a display name given as a tenant name is refused
// with the slug to use instead and where the display name goes.
func TestTenantNameIsASlug(t *testing.T) {
	r, _ := newRun(t, "sqlite")
	code, _, errs := r.do("", "tenant", "create", "Acme Health & Co.")
	if code == 0 || !strings.Contains(errs, `"acme-health-co"`) || !strings.Contains(errs, "display_name") {
		t.Fatalf("tenant create with a display name: %d %s", code, errs)
	}
	if code, _, errs := r.do("", "tenant", "create", "acme-health-co"); code != 0 {
		t.Fatalf("the suggested slug: %d %s", code, errs)
	}
}
