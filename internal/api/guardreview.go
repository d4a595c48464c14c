package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// guardReviewMaxBody bounds POST /v1/guard/review: a library of up to 500
// notices (guardreview.MaxItems), each up to service.MaxGuardTextBytes.
const guardReviewMaxBody = 2 << 20

// guardReview: POST /v1/guard/review, a tenant's library of notices checked
// at once, with the terms it could approve (service.GuardReview).
func (s *Server) guardReview(w http.ResponseWriter, r *http.Request) {
	var in service.GuardReviewInput
	if _, err := readJSONLimit(w, r, &in, guardReviewMaxBody); err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.svc.GuardReview(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, res)
}
