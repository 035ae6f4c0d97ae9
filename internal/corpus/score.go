package corpus

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Outcome is what a cleaner made of one document.
type Outcome struct {
	Text     string
	Language string
	Removed  []Removal
}

// Removal is one piece of text a cleaner removed, and why.
type Removal struct {
	Stage, Reason, Text string
}

// Cleaner cleans one document. Evaluate calls it from several goroutines at once.
type Cleaner func(text string) Outcome

// Count is a number of successes out of N.
type Count struct {
	Hit int `json:"hit"`
	N   int `json:"n"`
}

func (c *Count) add(ok bool) {
	c.N++
	if ok {
		c.Hit++
	}
}

func (c *Count) plus(o Count) { c.Hit += o.Hit; c.N += o.N }

// Rate is Hit/N, or -1 when N is 0.
func (c Count) Rate() float64 {
	if c.N == 0 {
		return -1
	}
	return float64(c.Hit) / float64(c.N)
}

// Stats are the measures of one language (or of all).
type Stats struct {
	SpamLine   Count `json:"spam_line"`   // own-line injected lines gone (kind spam)
	SpamInline Count `json:"spam_inline"` // glued injected lines gone (kind spamin)
	LegitLost  Count `json:"legit_lost"`  // legitimate sentences (20+ chars) missing: Hit = lost
	TrickyKept Count `json:"tricky_kept"` // tricky paragraphs with every sentence kept
	Headings   Count `json:"headings"`    // titles and subheadings kept
	HardKept   Count `json:"hard_kept"`   // quote and numvar paragraphs with every sentence kept
	Dedupe     Count `json:"dedupe"`      // faq repeats and anchor copies gone, originals once
	OffLang    Count `json:"offlang"`     // off-language paragraphs gone
	LangAcc    Count `json:"lang_acc"`    // document language right
	// LostBy counts the lost legitimate sentences by the stage of the removal that took them
	// ("changed" when no removal overlaps: the text was altered, not removed).
	LostBy map[string]int `json:"lost_by,omitempty"`
}

func (s *Stats) plus(o *Stats) {
	s.SpamLine.plus(o.SpamLine)
	s.SpamInline.plus(o.SpamInline)
	s.LegitLost.plus(o.LegitLost)
	s.TrickyKept.plus(o.TrickyKept)
	s.Headings.plus(o.Headings)
	s.HardKept.plus(o.HardKept)
	s.Dedupe.plus(o.Dedupe)
	s.OffLang.plus(o.OffLang)
	s.LangAcc.plus(o.LangAcc)
	for k, v := range o.LostBy {
		if s.LostBy == nil {
			s.LostBy = map[string]int{}
		}
		s.LostBy[k] += v
	}
}

// KindStats is the recall on one kind of injected line.
type KindStats struct {
	Line   Count `json:"line"`
	Inline Count `json:"inline"`
}

// Example is one failure: a line left in, a sentence lost, a copy left, a wrong language.
type Example struct {
	Metric string `json:"metric"` // spam_line, spam_inline, legit_lost, dedupe, offlang, lang_acc
	ID     string `json:"id"`
	Lang   string `json:"lang"`
	Kind   string `json:"kind,omitempty"` // the injected line's kind
	Text   string `json:"text"`
	Detail string `json:"detail,omitempty"` // what removed a lost sentence; the wrong language
}

// Report is the result of Evaluate.
type Report struct {
	Docs      int                   `json:"docs"`
	Langs     map[string]*Stats     `json:"langs"`
	All       Stats                 `json:"all"`
	SpamKinds map[string]*KindStats `json:"spam_kinds"`
	Examples  []Example             `json:"examples,omitempty"` // in document order
}

// Metric names, in table order.
var Metrics = []struct{ Key, Title string }{
	{"spam_line", "spam own-line recall %"},
	{"spam_inline", "spam glued recall %"},
	{"legit_lost", "legit sentences lost %"},
	{"tricky_kept", "tricky paras kept %"},
	{"headings", "headings kept %"},
	{"hard_kept", "quote/numvar kept %"},
	{"dedupe", "dedupe recall %"},
	{"offlang", "off-lang removed %"},
	{"lang_acc", "language accuracy %"},
}

// Get returns the count named by a Metrics key.
func (s *Stats) Get(key string) Count {
	switch key {
	case "spam_line":
		return s.SpamLine
	case "spam_inline":
		return s.SpamInline
	case "legit_lost":
		return s.LegitLost
	case "tricky_kept":
		return s.TrickyKept
	case "headings":
		return s.Headings
	case "hard_kept":
		return s.HardKept
	case "dedupe":
		return s.Dedupe
	case "offlang":
		return s.OffLang
	case "lang_acc":
		return s.LangAcc
	}
	return Count{}
}

// Norm normalizes text for comparison as score.py does: NFC, lower case, ’ as ', every run of
// characters other than letters, numbers, '_' and ' replaced by one space, trimmed.
func Norm(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '’' {
			r = '\''
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '\'' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

// Gone reports whether line is gone from the normalized output nout: no 4-word window of it is
// left (a line of fewer than four words must not be left whole).
func Gone(line, nout string) bool {
	nl := Norm(line)
	w := strings.Fields(nl)
	if len(w) < 4 {
		return !strings.Contains(nout, nl)
	}
	for i := 0; i+4 <= len(w); i++ {
		if strings.Contains(nout, strings.Join(w[i:i+4], " ")) {
			return false
		}
	}
	return true
}

// sharesWindow reports whether a and b (normalized) share a 4-word window, or one of them,
// shorter than four words, is inside the other.
func sharesWindow(a, b string) bool {
	w := strings.Fields(a)
	if len(w) < 4 {
		return a != "" && strings.Contains(b, a)
	}
	for i := 0; i+4 <= len(w); i++ {
		if strings.Contains(b, strings.Join(w[i:i+4], " ")) {
			return true
		}
	}
	return false
}

// MinSentenceChars is the length from which a legitimate sentence is checked.
const MinSentenceChars = 20

// Evaluate cleans every document with clean, on workers goroutines (GOMAXPROCS when < 1), and
// scores the outcomes. The report does not depend on the number of workers.
func Evaluate(docs []Doc, clean Cleaner, workers int) *Report {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	outs := make([]Outcome, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i] = clean(docs[i].Text)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return Score(docs, outs)
}

// Score scores outcomes (outs[i] of docs[i]) with the rules of score.py.
func Score(docs []Doc, outs []Outcome) *Report {
	rep := &Report{Docs: len(docs), Langs: map[string]*Stats{}, SpamKinds: map[string]*KindStats{}}
	for i, d := range docs {
		st := rep.Langs[d.Lang]
		if st == nil {
			st = &Stats{}
			rep.Langs[d.Lang] = st
		}
		o := outs[i]
		nout := Norm(o.Text)
		fail := func(metric, kind, text, detail string) {
			rep.Examples = append(rep.Examples, Example{Metric: metric, ID: d.ID, Lang: d.Lang, Kind: kind, Text: text, Detail: detail})
		}

		ok := o.Language == d.Lang
		st.LangAcc.add(ok)
		if !ok {
			fail("lang_acc", "", firstRunes(d.Text, 80), fmt.Sprintf("got %q", o.Language))
		}

		for j, s := range d.Labels.Spam {
			kind := ""
			if j < len(d.Labels.SpamKinds) {
				kind = d.Labels.SpamKinds[j]
			}
			g := Gone(s, nout)
			var c *Count
			metric := "spam_line"
			ks := rep.SpamKinds[kind]
			if ks == nil {
				ks = &KindStats{}
				rep.SpamKinds[kind] = ks
			}
			switch d.Kind {
			case KindSpam:
				c = &st.SpamLine
				ks.Line.add(g)
			case KindSpamIn:
				c, metric = &st.SpamInline, "spam_inline"
				ks.Inline.add(g)
			default:
				continue
			}
			c.add(g)
			if !g {
				fail(metric, kind, s, "")
			}
		}

		for _, p := range d.Labels.Keep {
			for _, s := range Sentences(p) {
				if utf8.RuneCountInString(s) < MinSentenceChars {
					continue
				}
				lost := !strings.Contains(nout, Norm(s))
				st.LegitLost.add(lost)
				if lost {
					by := removedBy(s, o.Removed)
					if st.LostBy == nil {
						st.LostBy = map[string]int{}
					}
					stage, _, _ := strings.Cut(by[0], "/")
					st.LostBy[stage]++
					fail("legit_lost", "", s, strings.Join(by, ", "))
				}
			}
		}

		for _, p := range d.Labels.Tricky {
			st.TrickyKept.add(whole(p, nout))
		}
		for _, h := range d.Labels.Headings {
			kept := strings.Contains(nout, Norm(h))
			st.Headings.add(kept)
			if !kept {
				fail("headings", "", h, removedBy(h, o.Removed)[0])
			}
		}
		for _, p := range d.Labels.Hard {
			st.HardKept.add(whole(p, nout))
		}

		switch d.Kind {
		case KindFAQ:
			for _, s := range d.Labels.Repeats {
				c := strings.Count(nout, Norm(s))
				st.Dedupe.add(c == 1)
				if c != 1 {
					fail("dedupe", "", s, fmt.Sprintf("faq: %d copies left", c))
				}
			}
		case KindAnchor:
			if len(d.Labels.Repeats) > 0 {
				dmg, orig := Norm(d.Labels.Repeats[0]), Norm(d.Labels.Original)
				left := strings.Contains(strings.ReplaceAll(nout, orig, " "), dmg)
				c := strings.Count(nout, orig)
				st.Dedupe.add(!left && c == 1)
				if left || c != 1 {
					fail("dedupe", "", d.Labels.Repeats[0], fmt.Sprintf("anchor: damaged copy left %v, original %d times", left, c))
				}
			}
		}

		for _, p := range d.Labels.OffLang {
			g := Gone(p, nout)
			st.OffLang.add(g)
			if !g {
				fail("offlang", "", firstRunes(p, 120), "from "+d.Labels.OffLangLang)
			}
		}
	}
	for _, st := range rep.Langs {
		rep.All.plus(st)
	}
	return rep
}

// whole reports whether every sentence of paragraph p (20+ characters) is in nout.
func whole(p, nout string) bool {
	for _, s := range Sentences(p) {
		if utf8.RuneCountInString(s) >= MinSentenceChars && !strings.Contains(nout, Norm(s)) {
			return false
		}
	}
	return true
}

// removedBy names the removals that took (part of) sentence s, as "stage/reason".
func removedBy(s string, rs []Removal) []string {
	ns := Norm(s)
	var by []string
	for _, r := range rs {
		nr := Norm(r.Text)
		if sharesWindow(nr, ns) || sharesWindow(ns, nr) {
			by = append(by, r.Stage+"/"+r.Reason)
		}
	}
	if len(by) == 0 {
		return []string{"changed"}
	}
	return slices.Compact(by)
}

func firstRunes(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// LangOrder returns the report's languages: the given ones first (when present), then the
// rest sorted.
func (r *Report) LangOrder(first ...string) []string {
	var out []string
	for _, l := range first {
		if r.Langs[l] != nil {
			out = append(out, l)
		}
	}
	var rest []string
	for l := range r.Langs {
		if !slices.Contains(out, l) {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest)
	return append(out, rest...)
}

// Main is the eight languages, the usual column order.
var Main = []string{"it", "en", "de", "fr", "es", "pt", "nl", "pl"}

// WriteTable prints the per-language table: one row per metric, one column per language and
// one for all. Rates are percentages; "-" means nothing to measure.
func (r *Report) WriteTable(w io.Writer, langs []string) {
	fmt.Fprintf(w, "%-24s", "metric")
	for _, l := range langs {
		fmt.Fprintf(w, " %6s", l)
	}
	fmt.Fprintf(w, " %7s %6s\n", "all", "n")
	for _, m := range Metrics {
		fmt.Fprintf(w, "%-24s", m.Title)
		for _, l := range langs {
			fmt.Fprintf(w, " %6s", pct(r.Langs[l].Get(m.Key), m.Key == "legit_lost"))
		}
		all := r.All.Get(m.Key)
		fmt.Fprintf(w, " %7s %6d\n", pct(all, m.Key == "legit_lost"), all.N)
	}
	if len(r.All.LostBy) > 0 {
		var stages []string
		for k := range r.All.LostBy {
			stages = append(stages, k)
		}
		slices.Sort(stages)
		fmt.Fprint(w, "legit sentences lost by stage:")
		for _, k := range stages {
			fmt.Fprintf(w, " %s %d", k, r.All.LostBy[k])
		}
		fmt.Fprintln(w)
	}
}

// WriteKinds prints the recall per kind of injected line.
func (r *Report) WriteKinds(w io.Writer) {
	var kinds []string
	for k := range r.SpamKinds {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	width := len("spam kind")
	for _, k := range kinds {
		width = max(width, len(k), len("(unknown)"))
	}
	fmt.Fprintf(w, "%-*s %9s %5s %9s %5s\n", width, "spam kind", "own-line%", "n", "glued%", "n")
	for _, k := range kinds {
		ks := r.SpamKinds[k]
		name := k
		if name == "" {
			name = "(unknown)"
		}
		fmt.Fprintf(w, "%-*s %9s %5d %9s %5d\n", width, name, pct(ks.Line, false), ks.Line.N, pct(ks.Inline, false), ks.Inline.N)
	}
}

// WriteExamples prints up to n failures per metric.
func (r *Report) WriteExamples(w io.Writer, n int) {
	for _, m := range Metrics {
		var ex []Example
		for _, e := range r.Examples {
			if e.Metric == m.Key {
				ex = append(ex, e)
			}
		}
		if len(ex) == 0 {
			continue
		}
		if m.Key == "spam_line" || m.Key == "spam_inline" {
			ex = r.worstKindsFirst(ex, m.Key == "spam_inline")
		}
		fmt.Fprintf(w, "%s: %d failures\n", m.Key, len(ex))
		for _, e := range ex[:min(n, len(ex))] {
			line := "  " + e.ID
			if e.Kind != "" {
				line += " [" + e.Kind + "]"
			}
			line += " " + firstRunes(e.Text, 140)
			if e.Detail != "" {
				line += "  <- " + e.Detail
			}
			fmt.Fprintln(w, line)
		}
	}
}

// worstKindsFirst reorders missed injected lines so the first ones cover the kinds with the
// lowest recall, one line per kind in turn, the worst kind first.
func (r *Report) worstKindsFirst(ex []Example, inline bool) []Example {
	byKind := map[string][]Example{}
	var kinds []string
	for _, e := range ex {
		if _, ok := byKind[e.Kind]; !ok {
			kinds = append(kinds, e.Kind)
		}
		byKind[e.Kind] = append(byKind[e.Kind], e)
	}
	rate := func(k string) float64 {
		ks := r.SpamKinds[k]
		if ks == nil {
			return 0
		}
		if inline {
			return ks.Inline.Rate()
		}
		return ks.Line.Rate()
	}
	slices.SortStableFunc(kinds, func(a, b string) int {
		ra, rb := rate(a), rate(b)
		switch {
		case ra < rb:
			return -1
		case ra > rb:
			return 1
		}
		return strings.Compare(a, b)
	})
	out := make([]Example, 0, len(ex))
	for i := 0; len(out) < len(ex); i++ {
		for _, k := range kinds {
			if i < len(byKind[k]) {
				out = append(out, byKind[k][i])
			}
		}
	}
	return out
}

func pct(c Count, lost bool) string {
	if c.N == 0 {
		return "-"
	}
	if lost {
		return fmt.Sprintf("%.2f", 100*c.Rate())
	}
	return fmt.Sprintf("%.1f", 100*c.Rate())
}
