package filter

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/langdetect"
)

// Stage names reported in Removal.Stage.
const (
	StageNormalize = "normalize"
	StageMeta      = "meta"
	StageSpam      = "spam"
	StageDedupe    = "dedupe"
	StageStructure = "structure"
	StageLanguage  = "language"
)

// Reasons that are not a spam rule's category.
const (
	reasonRepeated          = dedupe.ReasonRepeated
	reasonRepeatedParagraph = "repeated-paragraph"
	reasonNear              = dedupe.ReasonNear
	reasonOrphanHeading     = "orphan-heading"
	reasonEmptySection      = "empty-section"
	reasonOffLanguage       = "off-language"
	reasonInvalidUTF8       = "invalid-utf8"
	reasonControl           = "control-character"
	reasonScraperHeader     = "scraper-header"
)

// Verdict reasons reported in Result.Reason when Kept is false.
const (
	ReasonLanguageNotAllowed = "language-not-allowed"
	ReasonEmpty              = "no-content-left"
)

// Warnings reported in Result.Warnings.
const (
	WarnTooLarge = "input-too-large"
)

// Result is what Clean returns for one document.
type Result struct {
	Text       string            `json:"text"`       // the cleaned text
	Language   string            `json:"language"`   // ISO 639-1, "" when unknown
	Confidence float64           `json:"confidence"` // in [0, 1]
	Kept       bool              `json:"kept"`       // the document verdict
	Reason     string            `json:"reason,omitempty"`
	Meta       map[string]string `json:"meta"`    // metadata taken from a scraper header
	Removed    []Removal         `json:"removed"` // in input order, non-overlapping
	// Warnings name what could not be done as asked: a stage that failed (its decisions are
	// dropped and its text kept), an input over the size limit (returned unchanged).
	Warnings []string `json:"warnings,omitempty"`
	// DuplicateOf is the id of an earlier document this one nearly copies and Similarity
	// their estimated similarity, when a cross-document store is configured (WithStore).
	DuplicateOf string  `json:"duplicate_of,omitempty"`
	Similarity  float64 `json:"similarity,omitempty"`
}

// Removal is one piece of the input that is not in the output, and why.
// input[Start:End] == Text.
type Removal struct {
	Stage    string   `json:"stage"`  // one of the Stage constants
	Reason   string   `json:"reason"` // stable name of the rule, e.g. "cta-phrase", "near-duplicate"
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Evidence []string `json:"evidence,omitempty"` // what fired: rule ids, features, the original's offset
}

// Filter cleans documents. It is immutable after New and safe for concurrent use.
type Filter struct {
	c config
}

// ErrOption is wrapped by every error New returns for an impossible option.
var ErrOption = errors.New("filter: bad option")

// New returns a Filter with the given options over the defaults (see the With functions).
func New(opts ...Option) (*Filter, error) {
	c := defaults()
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if err := c.finish(); err != nil {
		return nil, err
	}
	return &Filter{c: c}, nil
}

var defaultFilter = sync.OnceValue(func() *Filter {
	f, err := New()
	if err != nil {
		panic(err) // defaults are tested
	}
	return f
})

// Clean cleans text with the default Filter, built once per process on first use.
func Clean(text string) Result { return defaultFilter().Clean(text) }

// Clean removes injected spam, repeated sentences, orphan headings and off-language paragraphs
// from text and reports every removal. It never panics and never fails: input over the size
// limit comes back unchanged with a warning; invalid UTF-8 bytes and control characters are
// removed and reported (stage "normalize"); a stage that fails is skipped with a warning.
func (f *Filter) Clean(input string) Result { return f.cleanDoc(Doc{Text: input}) }

// cleanDoc is Clean and CleanDoc: the id, URL and scope of doc only matter to a
// cross-document store (WithStore).
func (f *Filter) cleanDoc(doc Doc) Result {
	input := doc.Text
	if len(input) > f.c.maxBytes {
		return Result{Text: input, Kept: true, Meta: map[string]string{}, Removed: []Removal{},
			Warnings: []string{fmt.Sprintf("%s: %d bytes > limit %d", WarnTooLarge, len(input), f.c.maxBytes)}}
	}
	var cross crossResult
	memo := &langMemo{}
	res := f.cleanPass(doc, &cross, memo)
	if res.Text != input && !f.c.singlePass && !edgeSpaceOnly(input, res) {
		res = f.settle(input, res, memo) // settle.go
	}
	if res.Removed == nil {
		res.Removed = []Removal{}
	}
	switch {
	case strings.TrimSpace(res.Text) == "":
		res.Reason = ReasonEmpty
	case len(f.c.allowed) > 0 && !slices.Contains(f.c.allowed, res.Language):
		res.Reason = ReasonLanguageNotAllowed
	default:
		res.Kept = true
	}
	cross.finish(&res, f.c.cross.drop)
	return res
}

// cleanPass runs the stages once over doc and returns what they leave, without a verdict.
// cross is nil on the passes that check the output again (settle): the store has seen the
// document by then. memo holds the language detector's verdicts of the earlier passes.
func (f *Filter) cleanPass(doc Doc, cross *crossResult, memo *langMemo) Result {
	input := doc.Text
	d := newDocument(input)
	d.langMemo = memo
	var warnings []string
	run := func(name string, stage func(*document) []mark) {
		if hook := f.c.stageHook; hook != nil {
			inner := stage
			stage = func(d *document) []mark { hook(name); return inner(d) }
		}
		ms, err := protect(name, d, stage)
		if err != nil {
			warnings = append(warnings, err.Error())
			return
		}
		d.apply(ms)
	}
	run(StageNormalize, normalizeStage)
	start := 0
	run(StageMeta, func(d *document) []mark {
		ms, end := headerStage(d)
		start = end
		return ms
	})
	d.segment(start)
	beforeSpam := len(d.marks)
	run(StageSpam, f.spamStage)
	cut := false
	run(StageDedupe, func(d *document) []mark {
		ms, c := f.dedupeUnits(d)
		cut = c
		return ms
	})
	for k := 0; cut && k < 2; k++ {
		// A copied beginning cut off a sentence leaves a unit this run did not compare: a
		// second pass over the output would, so compare again.
		run(StageDedupe, func(d *document) []mark {
			ms, c := f.dedupeUnits(d)
			cut = c
			return ms
		})
	}
	if f.c.cross.tracker != nil && cross != nil {
		run(StageDedupe, func(d *document) []mark { return f.crossStage(d, doc, nil, cross) })
	}
	run(StageStructure, structureStage)
	var lang langdetect.Guess
	language := func(d *document) []mark {
		var ms []mark
		lang, ms = f.languageStage(d)
		return ms
	}
	run(StageLanguage, language)
	judged := len(d.marks) // the marks the language stage has seen
	// Again, as a second pass over the output would see the document, until nothing changes:
	// spam in what the later stages left of a paragraph, header lines left at the start,
	// headings whose section the language stage emptied. Cleaning is then idempotent.
	for round := 0; round < 3; round++ {
		n := len(d.marks)
		if round > 0 || n > beforeSpam { // something went: what is left may read differently
			run(StageSpam, f.spamStage)
		}
		run(StageMeta, leadingHeaderStage)
		run(StageStructure, structureStage)
		if len(d.marks) > judged {
			// What is left may read as another language on the whole (a mixed document
			// whose removals tipped the balance): judge it again, as a second pass would.
			run(StageLanguage, language)
			judged = len(d.marks)
		}
		if len(d.marks) == n {
			break
		}
	}
	out := d.assemble() // before removals, which sorts and merges the marks in place
	return Result{
		Text:       out,
		Language:   lang.Lang,
		Confidence: lang.Confidence,
		Meta:       d.meta,
		Removed:    d.removals(),
		Warnings:   warnings,
	}
}

// protect runs a stage and turns a panic into an error naming the stage, so one bad document
// or rule cannot take down a pipeline. The stage's marks are then dropped: its text is kept.
func protect(name string, d *document, stage func(*document) []mark) (ms []mark, err error) {
	defer func() {
		if r := recover(); r != nil {
			ms = nil
			err = fmt.Errorf("stage-failed: %s: %v", name, r)
		}
	}()
	return stage(d), nil
}
