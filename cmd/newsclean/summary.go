package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/newsclean/newsclean/filter"
)

// stats counts what a batch did, for the progress bar, the summary and the report.
type stats struct {
	start       time.Time
	docs, kept  int
	size        int64 // bytes of input read
	text        int64 // bytes of document text
	removed     int64 // bytes of text removed
	notKept     map[string]int
	byReason    map[stageReason]*tally
	langs       map[string]int
	warnings    int
	removedDocs int // documents that lost something
}

type stageReason struct{ stage, reason string }

type tally struct {
	spans int
	bytes int64
}

// reasonRow is one line of the removals table (exported fields: the report's template reads them).
type reasonRow struct {
	Stage, Reason string
	Spans         int
	Bytes         int64
}

func newStats() *stats {
	return &stats{start: time.Now(), notKept: map[string]int{}, byReason: map[stageReason]*tally{}, langs: map[string]int{}}
}

func (s *stats) add(res filter.Result, textLen, size int) {
	s.docs++
	s.size += int64(size)
	s.text += int64(textLen)
	if res.Kept {
		s.kept++
	} else {
		s.notKept[cmp.Or(res.Reason, "unknown")]++
	}
	s.langs[cmp.Or(res.Language, "unknown")]++
	s.warnings += len(res.Warnings)
	if len(res.Removed) > 0 {
		s.removedDocs++
	}
	for _, r := range res.Removed {
		k := stageReason{r.Stage, r.Reason}
		t := s.byReason[k]
		if t == nil {
			t = &tally{}
			s.byReason[k] = t
		}
		t.spans++
		t.bytes += int64(len(r.Text))
		s.removed += int64(len(r.Text))
	}
}

// removedShare is the share of the text removed, in [0, 1].
func (s *stats) removedShare() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.removed) / float64(s.text)
}

// stageOrder is the pipeline's order, for listing removals.
var stageOrder = []string{filter.StageNormalize, filter.StageMeta, filter.StageSpam, filter.StageDedupe,
	filter.StageStructure, filter.StageLanguage}

func stageRank(stage string) int {
	if i := slices.Index(stageOrder, stage); i >= 0 {
		return i
	}
	return len(stageOrder)
}

// reasons lists the removals by stage (in pipeline order), then by count, then by name.
func (s *stats) reasons() []reasonRow {
	rows := make([]reasonRow, 0, len(s.byReason))
	for k, t := range s.byReason {
		rows = append(rows, reasonRow{k.stage, k.reason, t.spans, t.bytes})
	}
	slices.SortFunc(rows, func(a, b reasonRow) int {
		return cmp.Or(cmp.Compare(stageRank(a.Stage), stageRank(b.Stage)), cmp.Compare(a.Stage, b.Stage),
			cmp.Compare(b.Spans, a.Spans), cmp.Compare(a.Reason, b.Reason))
	})
	return rows
}

// countRow is a name and how often it was seen.
type countRow struct {
	Name string
	N    int
}

// sortedCounts lists m by count, then by name.
func sortedCounts(m map[string]int) []countRow {
	rows := make([]countRow, 0, len(m))
	for k, n := range m {
		rows = append(rows, countRow{k, n})
	}
	slices.SortFunc(rows, func(a, b countRow) int { return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Name, b.Name)) })
	return rows
}

func joinCounts(rows []countRow) string {
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = fmt.Sprintf("%s %d", r.Name, r.N)
	}
	return strings.Join(parts, ", ")
}

// write prints the summary:
//
//	newsclean: 120 documents, 3.4 MB in 2.1s (1.6 MB/s)
//	kept 110, not kept 10 (language-not-allowed 7, no-content-left 3)
//	removed 412 spans, 38.1 kB, 1.2% of the text, from 96 documents:
//	  spam       cta-phrase           120 spans    12.3 kB
//	languages: it 80, en 30, unknown 10
func (s *stats) write(w io.Writer, elapsed time.Duration) {
	var b strings.Builder
	rate := ""
	if sec := elapsed.Seconds(); sec > 0 {
		rate = fmt.Sprintf(" (%s/s)", humanBytes(int64(float64(s.size)/sec)))
	}
	fmt.Fprintf(&b, "newsclean: %d %s, %s in %s%s\n", s.docs, plural(s.docs, "document"), humanBytes(s.size), elapsed.Round(time.Millisecond), rate)
	fmt.Fprintf(&b, "kept %d, not kept %d", s.kept, s.docs-s.kept)
	if len(s.notKept) > 0 {
		fmt.Fprintf(&b, " (%s)", joinCounts(sortedCounts(s.notKept)))
	}
	b.WriteString("\n")
	rows := s.reasons()
	spans := 0
	for _, r := range rows {
		spans += r.Spans
	}
	fmt.Fprintf(&b, "removed %d %s, %s, %.1f%% of the text, from %d %s", spans, plural(spans, "span"),
		humanBytes(s.removed), s.removedShare()*100, s.removedDocs, plural(s.removedDocs, "document"))
	if len(rows) > 0 {
		b.WriteString(":")
	}
	b.WriteString("\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "  %-10s %-24s %6d %-5s %10s\n", r.Stage, r.Reason, r.Spans, plural(r.Spans, "span"), humanBytes(r.Bytes))
	}
	if len(s.langs) > 0 {
		fmt.Fprintf(&b, "languages: %s\n", joinCounts(sortedCounts(s.langs)))
	}
	if s.warnings > 0 {
		fmt.Fprintf(&b, "warnings: %d (see --explain)\n", s.warnings)
	}
	io.WriteString(w, b.String())
}

// humanBytes prints n in B, kB, MB or GB (powers of 1000, as the progress bar does).
func humanBytes(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	case n < 1000*1000*1000:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	default:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
