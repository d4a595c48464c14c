package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// campaignRoutes lists the segment and campaign routes (marketing by
// segment, PRODUCT.md flow 6).
func campaignRoutes() []Route {
	return []Route{
		{"PUT", "/v1/segments/{segment_id}", AccessKey, (*Server).putSegment},
		{"POST", "/v1/segments/{segment_id}/members", AccessKey, (*Server).addSegmentMembers},
		{"DELETE", "/v1/segments/{segment_id}/members", AccessKey, (*Server).removeSegmentMembers},
		{"POST", "/v1/campaigns", AccessKey, (*Server).postCampaign},
		{"GET", "/v1/campaigns/{id}", AccessKey, (*Server).getCampaign},
	}
}

// segmentMembersMaxBody fits service.MaxSegmentChange external ids of the
// longest allowed length, quoted, with the framing.
const segmentMembersMaxBody = service.MaxSegmentChange*(128+3) + 1024

// putSegment creates a segment. A segment has no fields: a body, if sent,
// must be the empty object (a descriptive member such as "name" is refused
// as an unknown field).
func (s *Server) putSegment(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength != 0 {
		var none struct{}
		if _, err := readJSONLimit(w, r, &none, 4<<10); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	v, created, err := s.svc.PutSegment(r.Context(), principal(r), r.PathValue("segment_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	writeJSON(w, r, status, v)
}

func (s *Server) addSegmentMembers(w http.ResponseWriter, r *http.Request) {
	s.changeSegmentMembers(w, r, true)
}

func (s *Server) removeSegmentMembers(w http.ResponseWriter, r *http.Request) {
	s.changeSegmentMembers(w, r, false)
}

func (s *Server) changeSegmentMembers(w http.ResponseWriter, r *http.Request, add bool) {
	var in service.SegmentMembersInput
	if _, err := readJSONLimit(w, r, &in, segmentMembersMaxBody); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.ChangeSegmentMembers(r.Context(), principal(r), r.PathValue("segment_id"), in, add)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

// postCampaign accepts a campaign: 202, planned by the campaigns queue.
func (s *Server) postCampaign(w http.ResponseWriter, r *http.Request) {
	var in service.CampaignInput
	raw, err := readJSON(w, r, &in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v, replayed, err := s.svc.CreateCampaign(r.Context(), principal(r), in, r.Header.Get("Idempotency-Key"), raw)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Location", "/v1/campaigns/"+v.ID)
	if replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	writeJSON(w, r, http.StatusAccepted, v)
}

func (s *Server) getCampaign(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetCampaign(r.Context(), principal(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}
