// Package langdetect tells which language a text is written in, with a confidence.
//
// It wraps github.com/pemistahl/lingua-go behind newsclean's own types: languages are ISO 639-1
// codes ("it", "en"), results are plain values, and no lingua type appears in the API. The
// lingua detectors are expensive to build and hold large models, so they are built lazily, once
// per process and per candidate set, and shared by every caller; a Detector is safe for
// concurrent use.
package langdetect

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

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

// Detector detects languages among a candidate set.
type Detector struct {
	langs []lingua.Language
	key   string
	low   func() lingua.LanguageDetector // for texts of 120+ characters
	high  func() lingua.LanguageDetector // for shorter texts
}

// New returns a Detector that considers only the given languages (ISO 639-1 codes); with no
// codes it considers every language lingua supports. An unknown code is an error.
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
	d := &Detector{langs: langs, key: key}
	d.low = sync.OnceValue(func() lingua.LanguageDetector {
		return lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode().Build()
	})
	d.high = sync.OnceValue(func() lingua.LanguageDetector {
		return lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).Build()
	})
	actual, _ := detectors.LoadOrStore(key, d)
	return actual.(*Detector)
}

// Default returns the process-wide Detector over every supported language.
var Default = sync.OnceValue(func() *Detector {
	d, _ := New()
	return d
})

// Detect returns the language of text. It never panics; text without enough letters gives
// Guess{"", 0}.
func (d *Detector) Detect(text string) Guess {
	if countLetters(text, MinLetters) < MinLetters {
		return Guess{}
	}
	det := d.high
	if len(text) >= 120 {
		det = d.low
	}
	values := det().ComputeLanguageConfidenceValues(text)
	if len(values) == 0 {
		return Guess{}
	}
	top := values[0]
	g := Guess{Lang: code(top.Language()), Confidence: round3(top.Value())}
	if g.Confidence < MinConfidence {
		g.Lang = ""
	}
	return g
}

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
	if l == lingua.Unknown {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
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
