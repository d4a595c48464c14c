package store

import (
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/sealpost/sealpost/internal/jobs"
)

// TestRescueWithinAMinute (issue 13 item 17): every job's run time is
// bounded, and River's stuck-job rescue re-runs a dead node's jobs within 60 s
// while leaving a merely slow job alone (a live job has ended by its timeout,
// with a margin for recording its outcome, before it could be rescued).
func TestRescueWithinAMinute(t *testing.T) {
	const (
		rescuerInterval = 30 * time.Second // River's JobRescuerIntervalDefault (not configurable)
		firstRetry      = 2 * time.Second  // delivery.Backoff(1) at most
		margin          = 5 * time.Second
	)
	for _, pollOnly := range []bool{true, false} {
		cfg := Options{Workers: river.NewWorkers(), Queues: map[string]river.QueueConfig{jobs.QueueDeliveries: {MaxWorkers: 1}}}.riverConfig(pollOnly)
		if cfg.JobTimeout != jobs.Timeout || cfg.RescueStuckJobsAfter != jobs.RescueAfter {
			t.Fatalf("JobTimeout %v, RescueStuckJobsAfter %v; want %v and %v", cfg.JobTimeout, cfg.RescueStuckJobsAfter, jobs.Timeout, jobs.RescueAfter)
		}
	}
	if jobs.Timeout <= 0 || jobs.RescueAfter < jobs.Timeout+margin {
		t.Fatalf("rescue after %v would rescue jobs still within their %v run time (+%v margin)", jobs.RescueAfter, jobs.Timeout, margin)
	}
	if worst := jobs.RescueAfter + rescuerInterval + firstRetry; worst >= time.Minute {
		t.Fatalf("a dead node's jobs could wait %v", worst)
	}
	// An explicit setting still wins (tests shorten it).
	cfg := Options{Workers: river.NewWorkers(), Queues: map[string]river.QueueConfig{"q": {MaxWorkers: 1}}, RescueStuckJobsAfter: time.Hour}.riverConfig(true)
	if cfg.RescueStuckJobsAfter != time.Hour {
		t.Fatal(cfg.RescueStuckJobsAfter)
	}
}
