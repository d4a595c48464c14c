package guard

import "testing"

// TestTypedIDTag: a thread id's "thr_" tag under a thread key passes; the
// same letters elsewhere stay reported (typedid.go, helper BRAND12, dev69).
func TestTypedIDTag(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"event":"message.received","thread_id":"thr_41XzA","sender_role":"provider","preview":"You have a new message"}`, Standard, false},
		{`{"thread_id":"thr_8Lm3T","status":"read"}`, Standard, false},
		{`{"event":"message.created","thread":"thr_27QwE"}`, Standard, false},
		{`{"id":"thr_41XzA"}`, Standard, true},
		{`{"cohort_id":"thr_41XzA"}`, Standard, true},
		{`{"thread_id":"thr_41XzA follow-up"}`, Standard, true},
		{`{"thread_id":"THR_41XzA"}`, Standard, true},
		{"Your thr 41XzA is scheduled.", Standard, true},
		{`{"thread_id":"thr_63PzR","preview":"Your Trexaprine Rx is ready"}`, Standard, true},
	})
}
