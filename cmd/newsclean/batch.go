package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsclean/newsclean/filter"
)

// batchFlags are the flags of a batch run: how many workers, what to show on standard error,
// where to write the HTML report.
type batchFlags struct {
	workers *int
	quiet   *bool
	report  *string
}

func addBatchFlags(fs *flag.FlagSet) batchFlags {
	return batchFlags{
		workers: fs.Int("workers", 0, "documents cleaned at once; 0 means one per core (GOMAXPROCS)"),
		quiet:   fs.Bool("quiet", false, "no progress bar and no summary on standard error"),
		report:  fs.String("report", "", "write a self-contained HTML `page` showing each document with its removals struck through"),
	}
}

// job is one document read from the input, waiting to be cleaned.
type job struct {
	display string // file name, or file:line for JSON Lines
	out     output // id and url, echoed back
	text    string
	size    int // bytes of input it was read from
}

// queue carries documents from the reader (a processor running file on a goroutine of its
// own) to the batch, and tells the batch whether the reader met an error.
type queue struct {
	yield  func(job) bool
	failed atomic.Bool
}

// push hands j to the batch; false means the batch has stopped and wants no more.
func (q *queue) push(j job, failed bool) bool {
	if failed {
		q.failed.Store(true)
	}
	return q.yield(j)
}

// clean reads the inputs on a goroutine of its own, cleans the documents with the requested
// number of workers, and writes them out in input order. It shows a progress bar while it
// runs (on a terminal), then the summary, and writes the report. Errors set p.failed.
func (p *processor) clean(inputs []string, stdin io.Reader, stderr io.Writer, bf batchFlags) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	con := p.stderr.(*console)
	var rep *report
	if *bf.report != "" {
		var err error
		if rep, err = newReport(*bf.report); err != nil {
			fmt.Fprintf(con, "newsclean: %v\n", err)
			p.failed = true
			return
		}
	}
	var bar *progress
	if !*bf.quiet && isTerminal(stderr) {
		bar = newProgress(con, inputSize(inputs, stdin))
	}
	q := &queue{}
	docs := func(yield func(job) bool) {
		q.yield = yield
		r := &processor{f: p.f, o: p.o, stderr: p.stderr, q: q}
		for _, name := range inputs {
			if r.closed {
				break
			}
			r.file(name, stdin)
		}
		if r.failed {
			q.failed.Store(true)
		}
	}
	toDoc := func(j job) filter.Doc { return filter.Doc{ID: idString(j.out.ID), URL: j.out.URL, Text: j.text} }
	st := newStats()
	finished := true
	for j, res := range filter.CleanEach(ctx, p.f, docs, toDoc, *bf.workers) {
		st.add(res, len(j.text), j.size)
		bar.update(st, j.size)
		if rep != nil {
			rep.add(j, res)
		}
		if !p.write(j, res) {
			finished = false
			break
		}
	}
	bar.finish()
	if ctx.Err() != nil {
		fmt.Fprintf(con, "newsclean: interrupted after %d documents\n", st.docs)
		p.failed = true
		finished = false
	}
	// The reader has finished when the sequence ended by itself; otherwise it may still be
	// blocked reading, and whatever it met after the stop does not matter.
	if finished && q.failed.Load() {
		p.failed = true
	}
	if !*bf.quiet {
		st.write(con, time.Since(st.start))
	}
	if rep != nil {
		if err := rep.writeFile(st); err != nil {
			fmt.Fprintf(con, "newsclean: %v\n", err)
			p.failed = true
		}
	}
}

// write writes one cleaned document to the output, and its removals to standard error with
// --explain. It returns false when the output is gone and the batch should stop.
func (p *processor) write(j job, res filter.Result) bool {
	if p.o.explain {
		var b strings.Builder
		for _, r := range res.Removed {
			fmt.Fprintf(&b, "%s: [%d:%d] %s/%s %s: %q\n", j.display, r.Start, r.End, r.Stage, r.Reason,
				strings.Join(r.Evidence, " "), r.Text)
		}
		for _, wn := range res.Warnings {
			fmt.Fprintf(&b, "%s: warning: %s\n", j.display, wn)
		}
		io.WriteString(p.stderr, b.String())
	}
	var err error
	switch p.o.format {
	case "json":
		out := j.out
		out.Text, out.Language, out.Confidence, out.Kept = res.Text, res.Language, res.Confidence, res.Kept
		out.Reason, out.Meta, out.Removed, out.Warnings = res.Reason, res.Meta, res.Removed, res.Warnings
		out.DuplicateOf, out.Similarity = res.DuplicateOf, res.Similarity
		var b []byte
		b, err = json.Marshal(out)
		if err == nil {
			b = append(b, '\n')
			_, err = p.w.Write(b)
		}
	default:
		_, err = p.w.WriteString(res.Text + "\n")
	}
	if err != nil {
		if !isClosedPipe(err) {
			fmt.Fprintf(p.stderr, "newsclean: writing output: %v\n", err)
			p.failed = true
		}
		return false
	}
	return true
}

// idString turns a JSONL id (a string, a number, anything) into filter.Doc's string ID.
func idString(id any) string {
	switch v := id.(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Sprint(v)
		}
		return string(b)
	}
}

// inputSize is the total size of the inputs when every one is a regular file, -1 otherwise
// (a pipe, a terminal).
func inputSize(inputs []string, stdin io.Reader) int64 {
	var total int64
	for _, name := range inputs {
		var fi os.FileInfo
		var err error
		if name == "-" {
			f, ok := stdin.(*os.File)
			if !ok {
				return -1
			}
			fi, err = f.Stat()
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil || !fi.Mode().IsRegular() {
			return -1
		}
		total += fi.Size()
	}
	return total
}
