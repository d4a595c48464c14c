package guard

import "os"

// GUARD_MODEL_FLAG=0 turns the notice model's finding (model.notice,
// noticemodel.go's nmFlagOn) off in this package's tests, to measure the
// rules and the drop alone: GUARD_MODEL_FLAG=0 GUARD_SHOW_HELDOUT=1 go test
// ./internal/guard -run TestCorpusIssue15 -count=1 -v
func init() {
	if os.Getenv("GUARD_MODEL_FLAG") == "0" {
		nmFlagOn = false
	}
	if os.Getenv("GUARD_MODEL_WHOSE") == "0" {
		nmWhoseOn = false
	}
	if os.Getenv("GUARD_MODEL_DROP") == "0" {
		nmDropOn = false
	}
}
