package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// console is standard error shared by the reader goroutine (errors), the batch (--explain,
// the summary) and the progress bar. A message first clears the bar's line so the two do not
// mix; the bar redraws itself on its next update. Locks are taken in one order: mu (messages
// and bar updates), then the bar's own lock, then w's (every write to standard error).
type console struct {
	mu  sync.Mutex
	w   *lockedWriter
	bar *progressbar.ProgressBar
}

func newConsole(w io.Writer) *console { return &console{w: &lockedWriter{w: w}} }

func (c *console) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bar != nil {
		c.bar.Clear()
	}
	return c.w.Write(b)
}

// lockedWriter serializes writes to w.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// isTerminal tells whether w is a terminal; a variable so tests can pretend.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress is the progress bar on standard error: bytes of input done (with the rate, and the
// time left when the input size is known), documents, and the share of text removed. A nil
// *progress shows nothing.
type progress struct {
	con *console
	bar *progressbar.ProgressBar
}

// newProgress starts a bar for total bytes of input; total < 0 means unknown (a spinner).
func newProgress(con *console, total int64) *progress {
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(con.w),
		progressbar.OptionSetDescription("cleaning"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(24),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionSpinnerType(14),
		// No redraw goroutine: the library's reads bar state from it without its lock, which
		// the race detector reports. The bar redraws on each document instead.
		progressbar.OptionSetSpinnerChangeInterval(0),
		progressbar.OptionClearOnFinish(),
	)
	con.mu.Lock()
	con.bar = bar
	con.mu.Unlock()
	return &progress{con: con, bar: bar}
}

// update advances the bar by size bytes and shows the counts in st.
func (p *progress) update(st *stats, size int) {
	if p == nil {
		return
	}
	p.con.mu.Lock()
	defer p.con.mu.Unlock()
	p.bar.Describe(fmt.Sprintf("%d docs, %.1f%% removed", st.docs, st.removedShare()*100))
	p.bar.Add(size)
}

// finish clears the bar so the summary can take its place.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.con.mu.Lock()
	defer p.con.mu.Unlock()
	p.bar.Finish()
	p.bar.Clear()
	p.con.bar = nil
}
