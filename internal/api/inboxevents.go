package api

import (
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/inboxevents"
)

// GET /v1/inbox/events: the signed-in recipient's unread count as
// Server-Sent Events (package inboxevents). Events carry the count only.

const (
	// eventStreamMax ends a stream after a while (plus up to a minute of
	// jitter, so reconnections spread out): the browser's EventSource
	// reconnects after the retry delay, and the reconnection passes
	// authentication again, so a session that ended (signed out, expired,
	// reset) stops receiving counts within this time.
	eventStreamMax = 5 * time.Minute
	// eventRetryMillis is the reconnection delay the stream asks for.
	eventRetryMillis = 5000
	// eventWriteTimeout bounds one write to a client that stopped reading.
	eventWriteTimeout = 30 * time.Second
)

func (s *Server) inboxEvents(w http.ResponseWriter, r *http.Request) {
	sub, err := s.svc.SubscribeUnread(sessionOf(r))
	if errors.Is(err, inboxevents.ErrFull) || errors.Is(err, inboxevents.ErrClosed) {
		w.Header().Set("Retry-After", retryAfterUnavailable)
		writeProblem(w, r, http.StatusServiceUnavailable, ProblemUnavailable, "too many live streams just now; retry later", nil)
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	defer sub.Close()
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	w.WriteHeader(http.StatusOK)
	send := func(b []byte) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(eventWriteTimeout))
		if _, err := w.Write(b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send([]byte("retry: " + strconv.Itoa(eventRetryMillis) + "\n\n")) {
		return
	}
	life := time.NewTimer(eventStreamMax + rand.N(time.Minute))
	defer life.Stop()
	buf := make([]byte, 0, 48)
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.svc.InboxEvents().Done():
			return
		case <-life.C:
			return
		case <-sub.Wake():
		}
		n, changed, beat := sub.Next()
		buf = buf[:0]
		if changed {
			buf = append(buf, "event: unread\ndata: {\"unread\":"...)
			buf = strconv.AppendInt(buf, int64(n), 10)
			buf = append(buf, "}\n\n"...)
		} else if beat {
			buf = append(buf, ":\n\n"...)
		}
		if len(buf) > 0 && !send(buf) {
			return
		}
	}
}
