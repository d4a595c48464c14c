package api

import (
	_ "embed"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

//go:embed openapi.json
var openapiDoc []byte

// OpenAPI returns the embedded OpenAPI 3.1 document.
func OpenAPI() []byte { return openapiDoc }

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openapiDoc)
}

func (s *Server) putRecipient(w http.ResponseWriter, r *http.Request) {
	var in service.RecipientInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, created, err := s.svc.PutRecipient(r.Context(), principal(r), r.PathValue("external_id"), in)
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

func (s *Server) getRecipient(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetRecipient(r.Context(), principal(r), r.PathValue("external_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) postMessage(w http.ResponseWriter, r *http.Request) {
	var in service.SendInput
	raw, err := readJSON(w, r, &in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.svc.Send(r.Context(), principal(r), in, r.Header.Get("Idempotency-Key"), raw)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Replayed {
		w.Header().Set("Idempotent-Replayed", "true")
	}
	w.Header().Set("Location", "/v1/messages/"+res.View.ID)
	writeJSON(w, r, http.StatusCreated, res.View)
}

func (s *Server) getMessage(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetMessage(r.Context(), principal(r), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) deleteMessage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := s.svc.RevokeMessage(r.Context(), principal(r), id); err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]string{"id": id, "status": "revoked"})
}

// guardMaxBody allows a full 64 KiB text plus JSON escaping and framing.
const guardMaxBody = 4 * service.MaxGuardTextBytes

func (s *Server) guardCheck(w http.ResponseWriter, r *http.Request) {
	var in service.GuardInput
	if _, err := readJSONLimit(w, r, &in, guardMaxBody); err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.svc.GuardCheck(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, res)
}

func (s *Server) getGuardTerms(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetGuardTerms(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putGuardTerms(w http.ResponseWriter, r *http.Request) {
	var in service.GuardTermsInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutGuardTerms(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) listCategories(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.ListCategories(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"categories": v})
}

func (s *Server) getCategory(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetCategory(r.Context(), principal(r), r.PathValue("key"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putCategory(w http.ResponseWriter, r *http.Request) {
	var in service.CategoryInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutCategory(r.Context(), principal(r), r.PathValue("key"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) getPreferences(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetPreferences(r.Context(), principal(r), r.PathValue("external_id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putPreferences(w http.ResponseWriter, r *http.Request) {
	var in service.Preferences
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutPreferences(r.Context(), principal(r), r.PathValue("external_id"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) postConsent(w http.ResponseWriter, r *http.Request) {
	var in service.ConsentInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.GiveConsent(r.Context(), principal(r), r.PathValue("external_id"), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, map[string]any{"consents": v})
}

func (s *Server) deleteConsent(w http.ResponseWriter, r *http.Request) {
	if err := s.svc.WithdrawConsent(r.Context(), principal(r), r.PathValue("external_id"), r.PathValue("kind")); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) postWebhook(w http.ResponseWriter, r *http.Request) {
	var in service.WebhookInput
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.CreateWebhook(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusCreated, v)
}

func (s *Server) listWebhooks(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.ListWebhooks(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, map[string]any{"webhooks": v})
}

func (s *Server) deleteWebhook(w http.ResponseWriter, r *http.Request) {
	if err := s.svc.DeleteWebhook(r.Context(), principal(r), r.PathValue("id")); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) getSettings(w http.ResponseWriter, r *http.Request) {
	v, err := s.svc.GetSettings(r.Context(), principal(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}

func (s *Server) putSettings(w http.ResponseWriter, r *http.Request) {
	var in service.Settings
	if _, err := readJSON(w, r, &in); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.svc.PutSettings(r.Context(), principal(r), in)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, r, http.StatusOK, v)
}
