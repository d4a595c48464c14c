package email

import (
	"context"
	"net"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/sealpost/sealpost/internal/channel"
)

// poolConn is one authenticated SMTP session ready for MAIL FROM.
type poolConn struct {
	c        *smtp.Client
	raw      net.Conn // the TCP connection under any TLS layer
	lastUsed time.Time
	uses     int // completed or attempted transactions; > 0 means reused
	// dirty: a transaction was started and not finished (a refused RCPT,
	// say), so the next one starts with RSET. After a completed DATA the
	// session is back at its initial state (RFC 5321 §4.1.1.4) and RSET
	// would only cost a round trip.
	dirty bool
}

// acquire returns an idle connection, or dials one when fewer than PoolSize
// are open, or waits for one of those to come back. With fresh it dials a new
// connection, closing an idle one to make room if the pool is full: a retry
// after a reused connection turned out dead must not take another connection
// that sat idle as long (a relay closing idle connections closes them all).
func (s *Sender) acquire(ctx context.Context, fresh bool) (*poolConn, error) {
	if err := ctx.Err(); err != nil {
		return nil, channel.Temporary("send canceled before connecting", err)
	}
	for {
		select {
		case <-s.done:
			return nil, channel.Temporary("email sender closed", nil)
		default:
		}
		if !fresh {
			select {
			case pc := <-s.idle:
				if s.stale(pc) {
					s.discard(pc, true)
					continue
				}
				return pc, nil
			default:
			}
		}
		select {
		case pc := <-s.idle:
			if fresh || s.stale(pc) {
				s.discard(pc, !fresh)
				continue
			}
			return pc, nil
		case s.tokens <- struct{}{}:
			pc, err := s.connect(ctx)
			if err != nil {
				<-s.tokens
				return nil, err
			}
			return pc, nil
		case <-ctx.Done():
			return nil, channel.Temporary("timed out waiting for an smtp connection", ctx.Err())
		case <-s.done:
			return nil, channel.Temporary("email sender closed", nil)
		}
	}
}

// release puts a healthy connection back in the pool, or closes it.
func (s *Sender) release(pc *poolConn, healthy bool) {
	pc.lastUsed = time.Now()
	pc.uses++
	if !healthy {
		s.discard(pc, false)
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		s.discard(pc, true)
		return
	}
	s.idle <- pc // never blocks: at most PoolSize connections exist
	s.mu.Unlock()
}

func (s *Sender) stale(pc *poolConn) bool {
	return time.Since(pc.lastUsed) > s.cfg.IdleTimeout
}

// discard closes pc (after a best-effort QUIT when polite) and frees its
// pool slot.
func (s *Sender) discard(pc *poolConn, polite bool) {
	if polite {
		_ = pc.raw.SetDeadline(time.Now().Add(time.Second))
		_ = pc.c.Quit()
	}
	_ = pc.c.Close()
	<-s.tokens
}

// janitor closes connections idle longer than IdleTimeout.
func (s *Sender) janitor() {
	defer s.wg.Done()
	every := s.cfg.IdleTimeout / 2
	if every < 10*time.Millisecond {
		every = 10 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-t.C:
		}
		for n := len(s.idle); n > 0; n-- {
			var pc *poolConn
			select {
			case pc = <-s.idle:
			default:
			}
			if pc == nil {
				break
			}
			if s.stale(pc) {
				s.discard(pc, true)
				continue
			}
			s.mu.Lock()
			if s.closed {
				s.mu.Unlock()
				s.discard(pc, true)
				continue
			}
			s.idle <- pc
			s.mu.Unlock()
		}
	}
}
