// Package langdetect tells which language a text is written in, with a confidence, and whether
// a paragraph is in another language than its document.
//
// It wraps github.com/pemistahl/lingua-go behind newsclean's own types: languages are ISO 639-1
// codes ("it", "en"), results are plain values, and no lingua type appears in the API.
//
// Detection runs in two passes. A first pass, written for this package, reads the text once
// without allocating: letters per script, and for Latin and Cyrillic text the frequent function
// words of 45 languages with a few telling letters and word endings (words.go). It settles the
// clear cases, most news text, on its own. lingua is the authority on the rest (close
// relatives such as Danish and Norwegian, mixed or unusual text, languages without a word
// list), among the candidates the first pass leaves and on at most 1000 bytes, always in low
// accuracy mode. lingua's models are loaded lazily, once per process, and shared by every
// Detector and goroutine; a Detector is safe for concurrent use. Nothing is remembered between
// calls: the same text always gets the same answer.
package langdetect

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pemistahl/lingua-go"
)

// ErrUnknownLanguage is wrapped by errors about language codes lingua does not support.
var ErrUnknownLanguage = errors.New("langdetect: unknown language")

// Guess is a detection result. Lang is "" when the text gives no reliable answer (too short,
// only symbols or numbers, or too mixed); Confidence is then low.
type Guess struct {
	Lang       string  // ISO 639-1 code, lower case
	Confidence float64 // in [0, 1]
}

// MinConfidence is the confidence below which Detect answers "" rather than guess.
const MinConfidence = 0.5

// MinLetters is the number of letters below which Detect does not guess.
const MinLetters = 12

// Detector detects languages among a candidate set. It is safe for concurrent use.
//
// Detection runs in two passes. A cheap first pass reads the text once, counting letters per
// script and the frequent function words of each language (see words.go); it settles the clear
// cases on its own (a script only one candidate is written in, or one language's frequent
// words clearly ahead of every other's) and otherwise narrows the candidates. lingua is the
// authority on everything else: close relatives (Danish and Norwegian, Czech and Slovak,
// Croatian, Bosnian and Slovene, ...), mixed or unusual text, languages without a word list.
type Detector struct {
	langs   []lingua.Language
	allowed langSet
	key     string
}

// New returns a Detector that considers only the given languages (ISO 639-1 codes); with no
// codes it considers every language lingua supports. An unknown code is an error. Detectors
// with the same languages share their state.
func New(codes ...string) (*Detector, error) {
	var langs []lingua.Language
	for _, c := range codes {
		l, err := parse(c)
		if err != nil {
			return nil, err
		}
		langs = append(langs, l)
	}
	if len(langs) == 0 {
		langs = lingua.AllLanguages()
	}
	slices.Sort(langs)
	langs = slices.Compact(langs)
	if len(langs) == 1 {
		// lingua needs two languages to compare; a single candidate is still useful as a
		// yes/no test, so pair it with English or Italian.
		other := lingua.English
		if langs[0] == lingua.English {
			other = lingua.Italian
		}
		langs = append(langs, other)
		slices.Sort(langs)
	}
	return shared(langs), nil
}

var detectors sync.Map // key → *Detector

func shared(langs []lingua.Language) *Detector {
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = l.String()
	}
	key := strings.Join(parts, ",")
	if d, ok := detectors.Load(key); ok {
		return d.(*Detector)
	}
	d := &Detector{langs: langs, allowed: setOf(langs...), key: key}
	actual, _ := detectors.LoadOrStore(key, d)
	return actual.(*Detector)
}

// Default returns the process-wide Detector over every supported language.
var Default = sync.OnceValue(func() *Detector {
	d, _ := New()
	return d
})

// Detect returns the language of text. It never panics; text without enough letters gives
// Guess{"", 0}, and text lingua cannot decide gives "" with the low confidence it has.
func (d *Detector) Detect(text string) Guess {
	var e evidence
	e.scan(theTables(), text)
	return d.decide(&e, text)
}

// decide turns the first pass's evidence into a guess, asking lingua when it must.
func (d *Detector) decide(e *evidence, text string) Guess {
	if e.letters < MinLetters {
		return Guess{}
	}
	v := e.judge(theTables(), d.allowed)
	if v.lang != lingua.Unknown {
		return guess(v.lang, v.conf)
	}
	if v.among.empty() {
		return Guess{}
	}
	if v.among.len() == 1 {
		// Only one candidate is left: lingua has nothing to compare it with.
		return guess(v.among.list()[0], MinConfidence)
	}
	if !v.relatives && strings.IndexByte(text, '\n') >= 0 {
		if g, ok := d.vote(text); ok {
			return g
		}
	}
	return d.ask(text, v.among)
}

// Paragraph votes: a line of voteLetters letters or more that the first pass settles votes
// for its language with its letters; a language with voteShare of the letters of all such
// lines is the text's.
const (
	voteLetters = 40
	voteShare   = 0.6
)

// vote decides a text of several lines (a document sample: one paragraph a line) that the
// first pass could not settle as a whole, typically because one paragraph is in another
// language: each line is judged on its own, and the language of most letters wins if it
// holds voteShare of them. Its confidence is that of its own lines, weighted by letters.
func (d *Detector) vote(text string) (Guess, bool) {
	t := theTables()
	var letters, confs [lingua.Unknown + 1]float64
	total := 0.0
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		var e evidence
		e.scan(t, line)
		if e.letters < voteLetters {
			continue
		}
		total += float64(e.letters)
		if v := e.judge(t, d.allowed); v.lang != lingua.Unknown {
			letters[v.lang] += float64(e.letters)
			confs[v.lang] += v.conf * float64(e.letters)
		}
	}
	best := lingua.Unknown
	for l := range lingua.Unknown {
		if letters[l] > letters[best] {
			best = l
		}
	}
	if best == lingua.Unknown || letters[best] < voteShare*total {
		return Guess{}, false
	}
	return guess(best, confs[best]/letters[best]), true
}

// ask runs lingua over text with the given candidates.
func (d *Detector) ask(text string, among langSet) Guess {
	if len(text) > linguaBytes {
		text = cut(text, linguaBytes)
	}
	values := linguaFor(among).ComputeLanguageConfidenceValues(text)
	if len(values) == 0 {
		return Guess{}
	}
	top := values[0]
	return guess(top.Language(), top.Value())
}

func guess(l lingua.Language, conf float64) Guess {
	g := Guess{Lang: code(l), Confidence: round3(conf)}
	if g.Confidence < MinConfidence {
		g.Lang = ""
	}
	return g
}

// linguaBytes bounds the text lingua reads: its cost grows with the text, its answer on news
// prose does not change past a few hundred words.
const linguaBytes = 1000

// linguaFor returns a lingua detector over the candidates, in low accuracy mode. For texts of
// 120+ letters lingua uses trigrams only in either mode, so the answers are the same; for
// shorter texts the high accuracy mode would load four more models per language (measured: 52
// MB and 2.5 s for three languages, gigabytes for all), so short texts get the low accuracy
// mode's less certain answer instead, and "" when it is not sure. Detectors are cheap (the
// models are loaded once per process and shared by all of them) and kept per candidate set,
// up to maxDetectors sets.
func linguaFor(among langSet) lingua.LanguageDetector {
	if det, ok := linguaDetectors.Load(among); ok {
		return det.(lingua.LanguageDetector)
	}
	det := lingua.NewLanguageDetectorBuilder().FromLanguages(among.list()...).WithLowAccuracyMode().Build()
	if linguaCount.Add(1) > maxDetectors {
		return det
	}
	actual, _ := linguaDetectors.LoadOrStore(among, det)
	return actual.(lingua.LanguageDetector)
}

const maxDetectors = 256

var (
	linguaDetectors sync.Map // langSet → lingua.LanguageDetector
	linguaCount     atomic.Int64
)

// Languages returns the codes of the Detector's candidate languages, sorted.
func (d *Detector) Languages() []string {
	out := make([]string, len(d.langs))
	for i, l := range d.langs {
		out[i] = code(l)
	}
	slices.Sort(out)
	return out
}

// Supported returns the ISO 639-1 codes of every language lingua can detect, sorted.
func Supported() []string {
	all := lingua.AllLanguages()
	out := make([]string, len(all))
	for i, l := range all {
		out[i] = code(l)
	}
	slices.Sort(out)
	return out
}

// Validate returns an error wrapping ErrUnknownLanguage if code is not a supported ISO 639-1
// code.
func Validate(code string) error {
	_, err := parse(code)
	return err
}

func parse(c string) (lingua.Language, error) {
	c = strings.ToLower(strings.TrimSpace(c))
	for _, l := range lingua.AllLanguages() {
		if code(l) == c {
			return l, nil
		}
	}
	return lingua.Unknown, fmt.Errorf("%w: %q (want an ISO 639-1 code such as \"it\" or \"en\")", ErrUnknownLanguage, c)
}

func code(l lingua.Language) string {
	if l < 0 || l >= lingua.Unknown {
		return ""
	}
	return theTables().names[l]
}

func countLetters(s string, enough int) int {
	n := 0
	for _, r := range s {
		if isLetter(r) {
			n++
			if n >= enough {
				return n
			}
		}
	}
	return n
}

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
