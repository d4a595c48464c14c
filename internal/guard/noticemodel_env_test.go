package guard

import "os"

// GUARD_MODEL_FLAG=1 turns the notice model's finding (model.notice, off
// in the shipped guard: noticemodel.go's nmFlagOn) on in this package's
// tests, to measure it: GUARD_MODEL_FLAG=1 GUARD_SHOW_HELDOUT=1 go test
// ./internal/guard -run TestCorpusIssue15 -count=1 -v
func init() {
	if os.Getenv("GUARD_MODEL_FLAG") == "1" {
		nmFlagOn = true
	}
}
