package api

import (
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"github.com/sealpost/sealpost/internal/inboxevents"
	"github.com/sealpost/sealpost/internal/service"
)

// GET /v1/inbox/events: the signed-in recipient's unread count as
// Server-Sent Events (package inboxevents). Events carry the count only.
// A stream opened with a user token ends when the token expires; the client
// reconnects with a fresh one.

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
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // nginx: do not buffer the stream
	lifetime := s.streamLifetime(sessionOf(r))
	if s.detachStream(w, sub, lifetime) {
		return
	}
	defer sub.Close()
	rc := http.NewResponseController(w)
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
	life := time.NewTimer(lifetime)
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
		if b := eventBytes(buf[:0], sub); len(b) > 0 && !send(b) {
			return
		}
	}
}

// streamLifetime is how long a stream may last: eventStreamMax plus up to a
// minute of jitter, and no longer than the user token it was opened with.
func (s *Server) streamLifetime(ses service.Session) time.Duration {
	d := eventStreamMax + rand.N(time.Minute)
	if !ses.Expires.IsZero() {
		d = min(d, max(ses.Expires.Sub(s.svc.Now()), 0))
	}
	return d
}

// detachStream takes an HTTP/1.1 connection over from net/http (Hijack) and
// serves the stream on it with two small goroutines: one writes events, one
// waits for the client to go away. net/http's own per-connection state — its
// goroutines, whose stacks grew while authenticating, and its read and write
// buffers — is released: a stream then costs a few KB instead of some
// 40 KB (docs/benchmarks.md, bench events). It reports false where the
// connection cannot be taken over (HTTP/2), and the handler serves the
// stream itself.
func (s *Server) detachStream(w http.ResponseWriter, sub *inboxevents.Sub, lifetime time.Duration) bool {
	conn, brw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return false
	}
	if brw.Reader.Buffered() > 0 {
		// A pipelined request behind this one: not a browser's EventSource.
		sub.Close()
		conn.Close()
		return true
	}
	_ = conn.SetDeadline(time.Time{})
	var head []byte
	head = append(head, "HTTP/1.1 200 OK\r\nConnection: close\r\n"...)
	hb := &headerBuf{b: head}
	_ = w.Header().Write(hb)
	head = append(hb.b, "\r\nretry: "...)
	head = strconv.AppendInt(head, eventRetryMillis, 10)
	head = append(head, "\n\n"...)
	hub := s.svc.InboxEvents()
	gone := make(chan struct{})
	go func() {
		// The client sends nothing more on this connection; a read returns
		// when it closes it (or sends junk, which ends the stream too).
		var b [1]byte
		_, _ = conn.Read(b[:])
		close(gone)
	}()
	go func() {
		defer conn.Close()
		defer sub.Close()
		send := func(b []byte) bool {
			_ = conn.SetWriteDeadline(time.Now().Add(eventWriteTimeout))
			_, err := conn.Write(b)
			return err == nil
		}
		if !send(head) {
			return
		}
		life := time.NewTimer(lifetime)
		defer life.Stop()
		var buf [64]byte
		for {
			select {
			case <-gone:
				return
			case <-hub.Done():
				return
			case <-life.C:
				return
			case <-sub.Wake():
			}
			if b := eventBytes(buf[:0], sub); len(b) > 0 && !send(b) {
				return
			}
		}
	}()
	return true
}

// eventBytes is what a wake-up of sub sends: an unread event, a heartbeat
// comment, or nothing.
func eventBytes(buf []byte, sub *inboxevents.Sub) []byte {
	n, changed, beat := sub.Next()
	switch {
	case changed:
		buf = append(buf, "event: unread\ndata: {\"unread\":"...)
		buf = strconv.AppendInt(buf, int64(n), 10)
		return append(buf, "}\n\n"...)
	case beat:
		return append(buf, ":\n\n"...)
	}
	return buf
}

type headerBuf struct{ b []byte }

func (h *headerBuf) Write(p []byte) (int, error) { h.b = append(h.b, p...); return len(p), nil }
