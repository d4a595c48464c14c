package seal

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"
)

// Progress reports the progress of a long operation such as re-wrapping every
// data key after a rotation. On a terminal it draws a bar, redrawn at most
// every 100 ms; elsewhere it prints a single summary line at Done. It is safe
// for concurrent use.
type Progress struct {
	w     io.Writer
	total int64
	label string
	tty   bool
	start time.Time
	now   func() time.Time

	n atomic.Int64

	mu       sync.Mutex
	lastDraw time.Time
	done     bool
}

const progressInterval = 100 * time.Millisecond

// NewProgress returns a Progress writing to w for total units (total <= 0:
// unknown) labelled label.
func NewProgress(w io.Writer, total int64, label string) *Progress {
	p := &Progress{w: w, total: total, label: label, now: time.Now}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	p.start = p.now()
	return p
}

// Add records n more units done.
func (p *Progress) Add(n int64) {
	cur := p.n.Add(n)
	if !p.tty {
		return
	}
	if !p.mu.TryLock() {
		return // someone is drawing; skip this redraw
	}
	defer p.mu.Unlock()
	if p.done {
		return
	}
	now := p.now()
	if now.Sub(p.lastDraw) < progressInterval && (p.total <= 0 || cur < p.total) {
		return
	}
	p.lastDraw = now
	p.draw(cur, now)
}

// Count returns the units recorded so far.
func (p *Progress) Count() int64 { return p.n.Load() }

// Done finishes the report: the final bar and a newline on a terminal, the
// summary line elsewhere. Calls after the first do nothing.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return
	}
	p.done = true
	now := p.now()
	cur := p.n.Load()
	if p.tty {
		p.draw(cur, now)
		fmt.Fprintln(p.w)
		return
	}
	fmt.Fprintln(p.w, p.summary(cur, now))
}

func (p *Progress) summary(cur int64, now time.Time) string {
	el := now.Sub(p.start)
	var b strings.Builder
	b.WriteString(p.label)
	b.WriteString(": ")
	if p.total > 0 {
		fmt.Fprintf(&b, "%d/%d", cur, p.total)
	} else {
		fmt.Fprintf(&b, "%d", cur)
	}
	fmt.Fprintf(&b, " in %s", el.Round(time.Millisecond))
	if s := el.Seconds(); s > 0 && cur > 0 {
		fmt.Fprintf(&b, " (%.0f/s)", float64(cur)/s)
	}
	return b.String()
}

const barWidth = 30

func (p *Progress) draw(cur int64, now time.Time) {
	var b strings.Builder
	b.WriteString("\r\x1b[K") // start of line, clear it
	b.WriteString(p.label)
	b.WriteByte(' ')
	if p.total > 0 {
		frac := float64(cur) / float64(p.total)
		frac = min(max(frac, 0), 1)
		fill := int(frac * barWidth)
		b.WriteByte('[')
		b.WriteString(strings.Repeat("=", fill))
		if fill < barWidth {
			b.WriteByte('>')
			b.WriteString(strings.Repeat(" ", barWidth-fill-1))
		}
		fmt.Fprintf(&b, "] %d/%d %3.0f%%", cur, p.total, frac*100)
	} else {
		fmt.Fprintf(&b, "%d", cur)
	}
	if s := now.Sub(p.start).Seconds(); s > 0 && cur > 0 {
		fmt.Fprintf(&b, " %.0f/s", float64(cur)/s)
	}
	io.WriteString(p.w, b.String())
}
