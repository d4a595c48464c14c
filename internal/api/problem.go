package api

import (
	"encoding/json"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Problem is an RFC 9457 problem details object. Type is a stable URN per kind
// of problem (see docs/problems.md); Detail never echoes submitted values.
type Problem struct {
	Type      string               `json:"type"`
	Title     string               `json:"title"`
	Status    int                  `json:"status"`
	Detail    string               `json:"detail,omitempty"`
	Errors    []service.FieldError `json:"errors,omitempty"`
	RequestID string               `json:"request_id,omitempty"`
}

// Problem types. They are part of the API contract: never rename one.
const (
	ProblemMalformedJSON       = "urn:sealpost:problem:malformed-json"
	ProblemUnknownField        = "urn:sealpost:problem:unknown-field"
	ProblemWrongType           = "urn:sealpost:problem:wrong-type"
	ProblemBodyTooLarge        = "urn:sealpost:problem:body-too-large"
	ProblemUnsupportedMedia    = "urn:sealpost:problem:unsupported-media-type"
	ProblemUnauthorized        = "urn:sealpost:problem:unauthorized"
	ProblemNotFound            = "urn:sealpost:problem:not-found"
	ProblemMethodNotAllowed    = "urn:sealpost:problem:method-not-allowed"
	ProblemGone                = "urn:sealpost:problem:gone"
	ProblemIdempotencyConflict = "urn:sealpost:problem:idempotency-conflict"
	ProblemValidation          = "urn:sealpost:problem:validation-failed"
	ProblemUnknownCategory     = "urn:sealpost:problem:unknown-category"
	ProblemUnknownRecipient    = "urn:sealpost:problem:unknown-recipient"
	ProblemTemplatePHI         = "urn:sealpost:problem:template-phi"
	ProblemUnavailable         = "urn:sealpost:problem:unavailable"
	ProblemInternal            = "urn:sealpost:problem:internal"
	ProblemSignInRequired      = "urn:sealpost:problem:sign-in-required"
	ProblemBadCredentials      = "urn:sealpost:problem:bad-credentials"
	ProblemNotEnrolled         = "urn:sealpost:problem:not-enrolled"
	ProblemStepUpRequired      = "urn:sealpost:problem:step-up-required"
	ProblemSignInLocked        = "urn:sealpost:problem:signin-locked"
	ProblemCSRF                = "urn:sealpost:problem:csrf-failed"
	ProblemUploadTruncated     = "urn:sealpost:problem:upload-truncated"
	ProblemLimitReached        = "urn:sealpost:problem:limit-reached"
	ProblemUserToken           = "urn:sealpost:problem:user-token-invalid"
	ProblemOriginNotAllowed    = "urn:sealpost:problem:origin-not-allowed"
	ProblemUnknownSegment      = "urn:sealpost:problem:unknown-segment"
	ProblemCampaignBlocked     = "urn:sealpost:problem:campaign-blocked"
	ProblemSegmentIDPHI        = "urn:sealpost:problem:segment-id-phi"
	ProblemRepliesNotAllowed   = "urn:sealpost:problem:replies-not-allowed"
	ProblemReplyAnswered       = "urn:sealpost:problem:reply-answered"
	ProblemHTTPSRequired       = "urn:sealpost:problem:https-required"
)

var titles = map[string]string{
	ProblemMalformedJSON:       "Malformed JSON",
	ProblemUnknownField:        "Unknown field",
	ProblemWrongType:           "Wrong type",
	ProblemBodyTooLarge:        "Request body too large",
	ProblemUnsupportedMedia:    "Unsupported media type",
	ProblemUnauthorized:        "Unauthorized",
	ProblemNotFound:            "Not found",
	ProblemMethodNotAllowed:    "Method not allowed",
	ProblemGone:                "Gone",
	ProblemIdempotencyConflict: "Idempotency key reused",
	ProblemValidation:          "Validation failed",
	ProblemUnknownCategory:     "Unknown category",
	ProblemUnknownRecipient:    "Unknown recipient",
	ProblemTemplatePHI:         "Template contains PHI",
	ProblemUnavailable:         "Service unavailable",
	ProblemInternal:            "Internal error",
	ProblemSignInRequired:      "Sign-in required",
	ProblemBadCredentials:      "Sign-in failed",
	ProblemNotEnrolled:         "Account not set up",
	ProblemStepUpRequired:      "Second factor required",
	ProblemSignInLocked:        "Too many attempts",
	ProblemCSRF:                "Cross-site request refused",
	ProblemUploadTruncated:     "Upload truncated",
	ProblemLimitReached:        "Limit reached",
	ProblemUserToken:           "User token refused",
	ProblemOriginNotAllowed:    "Origin not allowed",
	ProblemUnknownSegment:      "Unknown segment",
	ProblemCampaignBlocked:     "Campaign blocked by the PHI guard",
	ProblemSegmentIDPHI:        "Segment id not opaque",
	ProblemRepliesNotAllowed:   "Replies not allowed",
	ProblemReplyAnswered:       "Reply already answered",
	ProblemHTTPSRequired:       "HTTPS required",
}

func writeProblem(w http.ResponseWriter, r *http.Request, status int, typ, detail string, fields []service.FieldError) {
	p := Problem{Type: typ, Title: titles[typ], Status: status, Detail: detail, Errors: fields, RequestID: requestID(r.Context())}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Cache-Control", "no-store")
	if status == http.StatusUnauthorized && typ == ProblemUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sealpost"`)
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(p)
}
