package spam

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Rule is one piece of spam evidence: a phrase or a regular expression, the category it is
// evidence of, and how strong that evidence is.
//
// A phrase is matched on folded words (lower case, no diacritics, punctuation ignored), so
// "Clicca QUI!" matches the phrase "clicca qui". A phrase may start with "^" (it must open the
// line or sentence), end with "$" (it must close it), its words may end with "*" (a word
// prefix; a first word needs 4+ letters: "tokenizz*"), and a word may be "<num>", any number ("<num> di sconto" matches "20% di sconto"). A regular expression is
// matched on the raw text of every unit scored, so it costs far more than a phrase.
type Rule struct {
	ID       string  // stable identifier reported as evidence, e.g. "cta:clicca qui"
	Category string  // e.g. "cta", "promo", "readalso"
	Lang     string  // ISO 639-1 code the rule was written for, "*" for any
	Weight   float64 // in (0, 1]: how sure one match alone makes us
	Phrase   string  // the phrase as written (empty for regular expressions)
	Regexp   string  // the expression as written (empty for phrases)
}

// ErrRules is wrapped by every error about a rule file.
var ErrRules = errors.New("spam: bad rules")

//go:embed rules/*.rules rules/stopwords.txt
var builtinFS embed.FS

// Builtin returns the built-in rules, parsed from the rule files embedded in the package.
// The slice is a fresh copy; changing it changes nothing else.
func Builtin() []Rule {
	b := builtin()
	return append([]Rule(nil), b.rules...)
}

type builtinSet struct {
	rules   []Rule
	weights map[string]float64 // default weight of each category
	stop    map[string]bool    // function words of every language, folded
}

// builtin parses the embedded rule files once per process. They are tested, so a parse error
// is a build defect and panics.
var builtin = sync.OnceValue(func() builtinSet {
	names, err := fs.Glob(builtinFS, "rules/*.rules")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	set := builtinSet{weights: map[string]float64{}}
	for _, name := range names {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			panic(err)
		}
		rs, err := parseRules(strings.NewReader(string(data)), name, set.weights)
		if err != nil {
			panic(err)
		}
		set.rules = append(set.rules, rs...)
	}
	data, err := builtinFS.ReadFile("rules/stopwords.txt")
	if err != nil {
		panic(err)
	}
	set.stop = parseStopwords(string(data))
	return set
})

// parseStopwords reads "lang: word word …" lines; '#' starts a comment line.
func parseStopwords(data string) map[string]bool {
	stop := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		_, words, _ := strings.Cut(line, ":")
		for _, w := range foldWords(words) {
			stop[w] = true
		}
	}
	return stop
}

// ParseRules reads rules in the newsclean rule format:
//
//	# a comment
//	[weights]              # default weight of each category
//	cta = 0.6
//	[it]                   # the language of the rules below ("*" for any)
//	cta: clicca qui        # a phrase of category cta, with the category's weight
//	cta@0.9: ^clicca qui$  # an explicit weight; anchored to the whole line
//	coupon: <num> di sconto          # <num>: any number
//	app: scarica l app * gratis      # a lone *: any one word
//	promo: /(?i)guadagna \d+ euro/   # a regular expression on the raw text
//
// See Rule for how phrases match. Category "ui" is special only by its low weight: words of
// site furniture that prove nothing alone but explain a short line made of them.
// Categories of the built-in rules keep their built-in weights unless a [weights] section says
// otherwise. name appears in errors, which give the line number of the first bad line.
func ParseRules(r io.Reader, name string) ([]Rule, error) {
	weights := map[string]float64{}
	for k, v := range builtin().weights {
		weights[k] = v
	}
	return parseRules(r, name, weights)
}

func parseRules(r io.Reader, name string, weights map[string]float64) ([]Rule, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	section := "*"
	var out []Rule
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(stripComment(sc.Text()))
		if line == "" {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%w: %s:%d: %s", ErrRules, name, ln, fmt.Sprintf(format, args...))
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				return nil, bad("section header %q lacks a closing ]", line)
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if section == "" {
				return nil, bad("empty section name")
			}
			continue
		}
		if section == "weights" {
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, bad("want \"category = weight\", got %q", line)
			}
			w, err := parseWeight(strings.TrimSpace(v))
			if err != nil {
				return nil, bad("%v", err)
			}
			weights[strings.TrimSpace(k)] = w
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			return nil, bad("want \"category: phrase\" or \"category: /regexp/\", got %q", line)
		}
		body = strings.TrimSpace(body)
		cat, wtext, hasW := strings.Cut(strings.TrimSpace(head), "@")
		cat = strings.TrimSpace(cat)
		if cat == "" || strings.ContainsAny(cat, " \t") {
			return nil, bad("bad category %q", cat)
		}
		w, known := weights[cat]
		if hasW {
			var err error
			if w, err = parseWeight(strings.TrimSpace(wtext)); err != nil {
				return nil, bad("%v", err)
			}
		} else if !known {
			return nil, bad("category %q has no weight: add it to a [weights] section or write %s@0.5", cat, cat)
		}
		rule := Rule{Category: cat, Lang: section, Weight: w}
		if len(body) >= 2 && body[0] == '/' && body[len(body)-1] == '/' {
			expr := body[1 : len(body)-1]
			if _, err := regexp.Compile(expr); err != nil {
				return nil, bad("bad regular expression: %v", err)
			}
			rule.Regexp = expr
			rule.ID = cat + ":/" + expr + "/"
		} else {
			if _, err := compilePhrase(body); err != nil {
				return nil, bad("%v", err)
			}
			rule.Phrase = body
			rule.ID = cat + ":" + body
		}
		out = append(out, rule)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrRules, name, err)
	}
	return out, nil
}

func stripComment(s string) string {
	// A '#' starts a comment only at the start of the line or after whitespace, so that
	// hashtags inside phrases and regular expressions survive.
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func parseWeight(s string) (float64, error) {
	w, err := strconv.ParseFloat(s, 64)
	if err != nil || w <= 0 || w > 1 {
		return 0, fmt.Errorf("weight %q is not a number in (0, 1]", s)
	}
	return w, nil
}

// phrase is a compiled phrase rule.
type phrase struct {
	words      []string
	prefix     []bool // words[i] matches as a prefix
	number     []bool // words[i] is <num>: any number
	any        []bool // words[i] is "*": any one word
	start, end bool   // anchored
}

// numWord is the placeholder for any number in a phrase.
const numWord = "<num>"

func compilePhrase(p string) (phrase, error) {
	var ph phrase
	p = strings.TrimSpace(p)
	if strings.HasPrefix(p, "^") {
		ph.start = true
		p = p[1:]
	}
	if strings.HasSuffix(p, "$") {
		ph.end = true
		p = p[:len(p)-1]
	}
	for _, f := range strings.Fields(p) {
		if f == numWord || f == "*" {
			ph.words = append(ph.words, f)
			ph.prefix = append(ph.prefix, false)
			ph.number = append(ph.number, f == numWord)
			ph.any = append(ph.any, f == "*")
			continue
		}
		pre := strings.HasSuffix(f, "*")
		ws := foldWords(strings.TrimSuffix(f, "*"))
		for i, w := range ws {
			ph.words = append(ph.words, w)
			ph.prefix = append(ph.prefix, pre && i == len(ws)-1)
			ph.number = append(ph.number, false)
			ph.any = append(ph.any, false)
		}
	}
	if len(ph.words) == 0 {
		return ph, fmt.Errorf("phrase %q has no words", p)
	}
	if ph.any[0] || ph.any[len(ph.any)-1] {
		return ph, fmt.Errorf("phrase %q: a lone * must stand between two words", p)
	}
	if ph.prefix[0] && utf8.RuneCountInString(ph.words[0]) < 4 {
		return ph, fmt.Errorf("phrase %q: a prefix word needs at least 4 letters", p)
	}
	return ph, nil
}
