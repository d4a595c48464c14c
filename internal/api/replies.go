package api

import (
	"net/http"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/service"
)

// Patients' replies (issue 18): the patient replies to a message and reads
// its thread (inbox access: a user token, or the session cookie with CSRF);
// the portal backend lists a pool's replies, reads one (audited as its
// key), sees a thread and answers (API key). The use cases are in
// service/replies.go.

// maxReplyRequest bounds a reply's request body: the reply's own limit
// (service.MaxReplyBytes) with room for JSON escaping.
const maxReplyRequest = 6*service.MaxReplyBytes + 1024

// replyRoutes lists the patient reply routes.
func replyRoutes() []Route {
	return append([]Route{
		{"POST", "/v1/inbox/{id}/replies", AccessInbox, (*Server).postReply},
		{"GET", "/v1/inbox/{id}/thread", AccessInbox, (*Server).inboxThread},
		{"GET", "/v1/replies", AccessKey, (*Server).listReplies},
		{"GET", "/v1/replies/{id}", AccessKey, (*Server).getReply},
		{"GET", "/v1/replies/{id}/thread", AccessKey, (*Server).replyThread},
		{"POST", "/v1/replies/{id}/answer", AccessKey, (*Server).answerReply},
	}, replyAttachmentRoutes()...)
}

func (s *Server) postReply(w http.ResponseWriter, r *http.Request) {
	var in service.ReplyInput
	if _, err := readJSONLimit(w, r, &in, maxReplyRequest); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PostReply(r.Context(), sessionOf(r), r.PathValue("id"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) inboxThread(w http.ResponseWriter, r *http.Request) {
	t, err := s.svc.MessageThread(r.Context(), sessionOf(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, t)
}

func (s *Server) listReplies(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var before time.Time
	if b := q.Get("before"); b != "" {
		t, err := time.Parse(time.RFC3339Nano, b)
		if err != nil {
			s.fail(w, r, &service.Error{Kind: service.KindInvalid, Detail: "the request has invalid fields",
				Fields: []service.FieldError{{Pointer: "/query/before", Detail: "must be an RFC 3339 time (a reply's created_at)"}}})
			return
		}
		before = t
	}
	limit := 50
	if l := q.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > 200 {
			s.fail(w, r, &service.Error{Kind: service.KindInvalid, Detail: "the request has invalid fields",
				Fields: []service.FieldError{{Pointer: "/query/limit", Detail: "must be 1–200"}}})
			return
		}
		limit = n
	}
	p := principal(r)
	list, err := s.svc.ListPoolReplies(r.Context(), p.TenantID, q.Get("pool"), before, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"replies": list})
}

func (s *Server) getReply(w http.ResponseWriter, r *http.Request) {
	p := principal(r)
	v, err := s.svc.OpenReply(r.Context(), p.TenantID, r.PathValue("id"), p.Actor())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) replyThread(w http.ResponseWriter, r *http.Request) {
	t, err := s.svc.ReplyThread(r.Context(), principal(r).TenantID, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, t)
}

func (s *Server) answerReply(w http.ResponseWriter, r *http.Request) {
	var in service.AnswerInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	p := principal(r)
	id, err := s.svc.AnswerReply(r.Context(), p.TenantID, r.PathValue("id"), p.Actor(), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, map[string]string{"message_id": id, "reply_id": r.PathValue("id")})
}
