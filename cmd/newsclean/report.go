package main

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/filter"
)

// report is the --report page: every document with its removed spans struck through and
// coloured by stage, the reason and evidence on hover, totals at the top. The page is one
// file with inline CSS and no script, link or image, so it opens anywhere without a network.
//
// The document sections are written as they come to a temporary file beside the page, so a
// report on a long run does not sit in memory; the page is put together at the end, when the
// totals are known.
type report struct {
	path string
	tmp  *os.File
	docs *bufio.Writer // the rendered document sections, in input order, into tmp
	n    int
	err  error // the first error writing tmp
}

// newReport prepares a report to be written to path. It fails at once when the page's
// directory cannot take a file, rather than after the whole run.
func newReport(path string) (*report, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".newsclean-report-*.tmp")
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return &report{path: path, tmp: tmp, docs: bufio.NewWriterSize(tmp, 64<<10)}, nil
}

// reportStages are the stages with a colour of their own; others share one.
var reportStages = []string{filter.StageNormalize, filter.StageMeta, filter.StageSpam, filter.StageDedupe,
	filter.StageStructure, filter.StageLanguage}

func stageClass(stage string) string {
	if slices.Contains(reportStages, stage) {
		return "st-" + stage
	}
	return "st-other"
}

// segment is a piece of a document's input: kept text, or a removal.
type segment struct {
	Text  string
	Class string // "" for kept text
	Title string
}

type reportDoc struct {
	N          int
	Name       string
	ID, URL    string
	Language   string
	Confidence float64
	Kept       bool
	Reason     string
	Removed    int
	Share      string
	Meta       []string
	Warnings   []string
	Segments   []segment
}

// visible makes text safe to show as it is: invalid UTF-8 becomes U+FFFD, control characters
// other than tab and line feed become their visible symbol (U+2400 + c), and a carriage return
// before a line feed goes (HTML parsers would drop it anyway).
func visible(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == utf8.RuneError:
			return r
		case r == '\n' || r == '\t':
			return r
		case r < 0x20:
			return 0x2400 + r
		case r == 0x7f:
			return 0x2421
		case r >= 0x80 && r < 0xa0:
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// segments cuts text into kept and removed pieces. A removal that does not index text (it
// never should) is shown as a note rather than trusted.
func segments(text string, removed []filter.Removal) []segment {
	var out []segment
	pos := 0
	for _, r := range removed {
		if r.Start < pos || r.End > len(text) || r.Start > r.End || text[r.Start:r.End] != r.Text {
			out = append(out, segment{Text: fmt.Sprintf("[bad removal %d:%d]", r.Start, r.End), Class: "bad"})
			continue
		}
		if r.Start > pos {
			out = append(out, segment{Text: visible(text[pos:r.Start])})
		}
		title := r.Stage + " · " + r.Reason
		if len(r.Evidence) > 0 {
			title += " · " + strings.Join(r.Evidence, " ")
		}
		out = append(out, segment{Text: visible(r.Text), Class: stageClass(r.Stage), Title: title})
		pos = r.End
	}
	if pos < len(text) {
		out = append(out, segment{Text: visible(text[pos:])})
	}
	return out
}

func (rp *report) add(j job, res filter.Result) {
	rp.n++
	d := reportDoc{
		N: rp.n, Name: visible(j.display), ID: visible(idString(j.out.ID)), URL: visible(j.out.URL),
		Language: res.Language, Confidence: res.Confidence, Kept: res.Kept, Reason: res.Reason,
		Removed: len(res.Removed), Warnings: res.Warnings, Segments: segments(j.text, res.Removed),
	}
	removed := 0
	for _, r := range res.Removed {
		removed += len(r.Text)
	}
	if len(j.text) > 0 {
		d.Share = fmt.Sprintf("%.1f%%", 100*float64(removed)/float64(len(j.text)))
	}
	for _, k := range sortedKeys(res.Meta) {
		d.Meta = append(d.Meta, visible(k+": "+res.Meta[k]))
	}
	if err := docTemplate.Execute(rp.docs, d); err != nil && rp.err == nil {
		rp.err = err
	}
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type reportPage struct {
	Docs, Kept, NotKept int
	Size, Removed       string
	Share               string
	NotKeptBy           []countRow
	Reasons             []reasonRow
	Langs               []countRow
	Stages              []string
}

// writeFile writes the page: the totals in st, then the document sections. The temporary file
// goes in every case.
func (rp *report) writeFile(st *stats) (err error) {
	defer os.Remove(rp.tmp.Name())
	defer rp.tmp.Close()
	page := reportPage{
		Docs: st.docs, Kept: st.kept, NotKept: st.docs - st.kept,
		Size: humanBytes(st.text), Removed: humanBytes(st.removed),
		Share:     fmt.Sprintf("%.1f%%", st.removedShare()*100),
		NotKeptBy: sortedCounts(st.notKept), Reasons: st.reasons(), Langs: sortedCounts(st.langs),
		Stages: reportStages,
	}
	if err := rp.docs.Flush(); err != nil && rp.err == nil {
		rp.err = err
	}
	if rp.err != nil {
		return fmt.Errorf("report: %w", rp.err)
	}
	if _, err := rp.tmp.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	f, err := os.Create(rp.path)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("report: %w", cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 64<<10)
	if err := pageHead.Execute(w, page); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if _, err := io.Copy(w, rp.tmp); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if _, err := io.WriteString(w, pageTail); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

var funcs = template.FuncMap{"class": stageClass}

var docTemplate = template.Must(template.New("doc").Funcs(funcs).Parse(`
<details class="doc{{if not .Kept}} dropped{{end}}" id="doc-{{.N}}"{{if or .Removed (not .Kept)}} open{{end}}>
<summary><span class="n">#{{.N}}</span> <b>{{.Name}}</b>
{{- if .ID}} <span class="k">id</span> {{.ID}}{{end}}
{{- if .URL}} <span class="k">url</span> <span class="url">{{.URL}}</span>{{end}}
 <span class="k">lang</span> {{or .Language "?"}} ({{printf "%.2f" .Confidence}})
{{- if .Kept}} <span class="ok">kept</span>{{else}} <span class="no">not kept: {{.Reason}}</span>{{end}}
 <span class="k">removed</span> {{.Removed}}{{if .Share}} ({{.Share}}){{end}}</summary>
{{- if .Meta}}<p class="meta">{{range .Meta}}<span>{{.}}</span> {{end}}</p>{{end}}
{{- range .Warnings}}<p class="warn">warning: {{.}}</p>{{end}}
<div class="text">{{range .Segments}}{{if .Class}}<del class="{{.Class}}" title="{{.Title}}">{{.Text}}</del>{{else}}{{.Text}}{{end}}{{end}}</div>
</details>
`))

var pageHead = template.Must(template.New("page").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclean report: {{.Docs}} documents</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 72em; padding: 0 1em; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .4em; }
table { border-collapse: collapse; margin: .4em 0 1em; }
td, th { padding: .15em .8em .15em 0; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.totals { border-bottom: 2px solid #ccc; margin-bottom: 1em; }
.swatch { text-decoration: line-through; border-radius: 2px; padding: 0 .3em; }
.doc { border: 1px solid #ddd; border-radius: 6px; margin: .8em 0; padding: .4em .8em; }
.doc.dropped { border-color: #c62828; background: #fff8f8; }
summary { cursor: pointer; }
.n { color: #777; }
.k { color: #777; font-size: .85em; margin-left: .5em; }
.url { word-break: break-all; }
.ok { color: #2e7d32; font-weight: bold; margin-left: .5em; }
.no { color: #c62828; font-weight: bold; margin-left: .5em; }
.meta span { background: #eee; border-radius: 3px; padding: 0 .3em; font-size: .9em; }
.warn { color: #8a6d00; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-serif, Georgia, serif; margin: .5em 0; }
del { text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 2px; cursor: help; }
.st-normalize { background: #e0e0e0; color: #424242; }
.st-meta { background: #e1f5fe; color: #01579b; }
.st-spam { background: #ffcdd2; color: #b71c1c; }
.st-dedupe { background: #fff3c4; color: #7a5b00; }
.st-structure { background: #e1bee7; color: #4a148c; }
.st-language { background: #c8e6c9; color: #1b5e20; }
.st-other { background: #ffe0b2; color: #e65100; }
.bad { color: #fff; background: #000; }
</style>
</head>
<body>
<section class="totals">
<h1>newsclean report</h1>
<p><b>{{.Docs}}</b> documents, <b>{{.Kept}}</b> kept, <b>{{.NotKept}}</b> not kept{{if .NotKeptBy}} ({{range $i, $r := .NotKeptBy}}{{if $i}}, {{end}}{{$r.Name}} {{$r.N}}{{end}}){{end}};
{{.Removed}} of {{.Size}} of text removed ({{.Share}}).</p>
<p class="legend">{{range .Stages}}<span class="swatch {{class .}}">{{.}}</span> {{end}}</p>
{{- if .Reasons}}
<table>
<tr><th>stage</th><th>reason</th><th>spans</th><th>bytes</th></tr>
{{- range .Reasons}}
<tr><td><span class="swatch {{class .Stage}}">{{.Stage}}</span></td><td>{{.Reason}}</td><td class="num">{{.Spans}}</td><td class="num">{{.Bytes}}</td></tr>
{{- end}}
</table>
{{- end}}
{{- if .Langs}}
<p>languages: {{range $i, $r := .Langs}}{{if $i}}, {{end}}{{$r.Name}} {{$r.N}}{{end}}</p>
{{- end}}
</section>
<main>
`))

const pageTail = `</main>
</body>
</html>
`
