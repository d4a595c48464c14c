package service

// The PHI guard's medical dictionaries through the service configuration
// (Config.GuardDictionaries): a named file is loaded and counted in the
// gauge sealpost_guard_dictionary_terms; a missing one stops New.

import (
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/testdb"
)

func TestGuardDictionaries(t *testing.T) {
	st, _ := testdb.Open(t, "sqlite")
	kf, err := seal.OpenKeyFile(filepath.Join(t.TempDir(), "keys.json"), true)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	// invented words: a fixture, not a real dictionary
	dic := filepath.Join(t.TempDir(), "fixture.dic")
	if err := os.WriteFile(dic, []byte("3\nzorblatine\nQuenzadol\ntable\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	met := metrics.New()
	s, err := New(st, kf, log, met, Config{PublicURL: "http://localhost", GuardDictionaries: []string{dic}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	fs, err := s.guard.CheckText("Your insurance now covers zorblatine.", nil, guard.Standard)
	if err != nil || len(fs) != 1 || fs[0].Rule != "dictionary.term" {
		t.Fatalf("findings %+v, %v", fs, err)
	}
	if v := gaugeValue(t, met, "sealpost_guard_dictionary_terms"); v != 2 { // "table" is ordinary English
		t.Errorf("sealpost_guard_dictionary_terms = %v, want 2", v)
	}
	_, err = New(st, kf, log, metrics.New(), Config{PublicURL: "http://localhost", GuardDictionaries: []string{dic + ".absent"}})
	if err == nil || !strings.Contains(err.Error(), "fixture.dic.absent") {
		t.Fatalf("missing dictionary: %v", err)
	}
}

func gaugeValue(t *testing.T, met *metrics.Metrics, name string) float64 {
	t.Helper()
	mfs, err := met.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.GetMetric()) == 1 {
			return mf.GetMetric()[0].GetGauge().GetValue()
		}
	}
	t.Fatalf("no series %s", name)
	return 0
}
