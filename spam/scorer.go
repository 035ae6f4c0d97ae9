package spam

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// DefaultThreshold is the score at and above which a line is spam.
const DefaultThreshold = 0.5

// Scorer scores lines and sentences as injected ads, promos, calls to action and boilerplate.
// A Scorer is immutable after New and safe for concurrent use.
type Scorer struct {
	threshold float64
	byFirst   map[string][]int // first word → indexes into phrases
	prefixed  []int            // phrases whose first word is a prefix
	phrases   []compiled
	regexps   []compiledRegexp
}

type compiled struct {
	phrase
	rule Rule
}

type compiledRegexp struct {
	re   *regexp.Regexp
	rule Rule
}

type config struct {
	rules     []Rule
	builtins  bool
	threshold float64
}

// Option configures a Scorer.
type Option func(*config) error

// WithRules adds rules to the scorer (to the built-ins, unless WithoutBuiltins is given too).
func WithRules(rules ...Rule) Option {
	return func(c *config) error {
		c.rules = append(c.rules, rules...)
		return nil
	}
}

// WithoutBuiltins drops the built-in rules; only rules given by WithRules apply. Shape features
// (capitals, bullet glyphs, links, contact details, menu rows) still count.
func WithoutBuiltins() Option {
	return func(c *config) error {
		c.builtins = false
		return nil
	}
}

// WithThreshold sets the score in (0, 1] at and above which a line is spam (default 0.5).
func WithThreshold(t float64) Option {
	return func(c *config) error {
		if !(t > 0 && t <= 1) {
			return fmt.Errorf("spam: threshold %v is not in (0, 1]", t)
		}
		c.threshold = t
		return nil
	}
}

// New builds a Scorer. It returns an error for an impossible option or a rule that does not
// compile.
func New(opts ...Option) (*Scorer, error) {
	c := config{builtins: true, threshold: DefaultThreshold}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	var rules []Rule
	if c.builtins {
		rules = append(rules, builtin().rules...)
	}
	rules = append(rules, c.rules...)
	s := &Scorer{threshold: c.threshold, byFirst: map[string][]int{}}
	for _, r := range rules {
		if !(r.Weight > 0 && r.Weight <= 1) {
			return nil, fmt.Errorf("%w: rule %q: weight %v is not in (0, 1]", ErrRules, r.ID, r.Weight)
		}
		if r.Category == "" {
			return nil, fmt.Errorf("%w: rule %q has no category", ErrRules, r.ID)
		}
		switch {
		case r.Regexp != "":
			re, err := regexp.Compile(r.Regexp)
			if err != nil {
				return nil, fmt.Errorf("%w: rule %q: %v", ErrRules, r.ID, err)
			}
			s.regexps = append(s.regexps, compiledRegexp{re: re, rule: r})
		default:
			ph, err := compilePhrase(r.Phrase)
			if err != nil {
				return nil, fmt.Errorf("%w: rule %q: %v", ErrRules, r.ID, err)
			}
			if r.ID == "" {
				r.ID = r.Category + ":" + r.Phrase
			}
			i := len(s.phrases)
			s.phrases = append(s.phrases, compiled{phrase: ph, rule: r})
			if ph.prefix[0] {
				s.prefixed = append(s.prefixed, i)
			} else {
				s.byFirst[ph.words[0]] = append(s.byFirst[ph.words[0]], i)
			}
		}
	}
	return s, nil
}

// Default returns the Scorer with the built-in rules and default threshold, built once per
// process on first use.
var Default = sync.OnceValue(func() *Scorer {
	s, err := New()
	if err != nil {
		panic(err) // built-in rules are tested
	}
	return s
})

// Threshold returns the score at and above which the scorer calls a line spam.
func (s *Scorer) Threshold() float64 { return s.threshold }

// Verdict is the scorer's decision on one line or sentence.
type Verdict struct {
	Spam     bool
	Score    float64  // in [0, 1]
	Reason   string   // the strongest evidence as a stable name, e.g. "cta-phrase", "shouting"
	Evidence []string // every rule id and shape feature that fired, strongest first
}

// Kind says where a piece of text sits, which changes how much evidence it takes.
type Kind int

const (
	// Line is a paragraph of its own.
	Line Kind = iota
	// Glued is a sentence at the start or end of a longer paragraph: it is removed only on
	// lexical evidence (a rule match), never on shape alone.
	Glued
)

type signal struct {
	name   string
	reason string
	weight float64
}

// Score scores text as a line of its own.
func (s *Scorer) Score(t string) Verdict { return s.ScoreAs(t, Line) }

// ScoreAs scores text as the given kind of unit.
func (s *Scorer) ScoreAs(t string, kind Kind) Verdict {
	words := text.FoldedWords(t)
	var sig []signal
	lexical := false
	seenCat := map[string]float64{}
	addRule := func(r Rule) {
		w := r.Weight
		if prev, ok := seenCat[r.Category]; ok {
			// More matches of one category add less each time.
			w = w * 0.5
			if prev >= r.Weight && w < 0.05 {
				return
			}
		}
		seenCat[r.Category] = math.Max(seenCat[r.Category], r.Weight)
		sig = append(sig, signal{name: r.ID, reason: r.Category + "-phrase", weight: w})
		lexical = true
	}
	for i, w := range words {
		for _, pi := range s.byFirst[w] {
			if s.phrases[pi].matchAt(words, i) {
				addRule(s.phrases[pi].rule)
			}
		}
	}
	for _, pi := range s.prefixed {
		for i := range words {
			if s.phrases[pi].matchAt(words, i) {
				addRule(s.phrases[pi].rule)
				break
			}
		}
	}
	for _, cr := range s.regexps {
		if cr.re.MatchString(t) {
			addRule(cr.rule)
		}
	}
	sig = append(sig, shapeSignals(t, words)...)
	if len(sig) == 0 {
		return Verdict{}
	}
	sort.SliceStable(sig, func(a, b int) bool {
		if sig[a].weight != sig[b].weight {
			return sig[a].weight > sig[b].weight
		}
		return sig[a].name < sig[b].name
	})
	keep := 1.0
	for _, g := range sig {
		keep *= 1 - g.weight
	}
	score := 1 - keep
	// Long prose carrying one promo phrase is usually journalism quoting it: damp the score
	// as the unit grows past a promo line's usual length.
	if n := len(words); n > 30 {
		score *= math.Max(0.3, 1-float64(n-30)/100)
	}
	v := Verdict{Score: math.Round(score*1000) / 1000, Reason: sig[0].reason}
	for _, g := range sig {
		v.Evidence = append(v.Evidence, g.name)
	}
	v.Spam = v.Score >= s.threshold && (kind == Line || lexical)
	return v
}

func (p *compiled) matchAt(words []string, i int) bool {
	if p.start && i != 0 {
		return false
	}
	if i+len(p.words) > len(words) {
		return false
	}
	for k, pw := range p.words {
		w := words[i+k]
		if p.prefix[k] {
			if !strings.HasPrefix(w, pw) {
				return false
			}
		} else if w != pw {
			return false
		}
	}
	return !p.end || i+len(p.words) == len(words)
}

// bulletGlyphs open promo lines; emoji are recognised by category separately.
const bulletGlyphs = "▷►▶▸▹➤➜➡→⇒☛☞•★☆✔✓✅❗‼⚡"

// shapeSignals are evidence from how the text looks rather than what it says.
func shapeSignals(t string, words []string) []signal {
	var sig []signal
	trimmed := strings.TrimLeftFunc(t, text.IsSpace)
	first, _ := utf8.DecodeRuneInString(trimmed)
	if strings.ContainsRune(bulletGlyphs, first) || isEmoji(first) {
		sig = append(sig, signal{"bullet-glyph", "bullet-glyph", 0.3})
	}
	upper, letters, emoji, bangs, pipes := 0, 0, 0, 0, 0
	for _, r := range t {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case isEmoji(r):
			emoji++
		case r == '!':
			bangs++
		case r == '|':
			pipes++
		}
	}
	if letters >= 15 && float64(upper) >= 0.6*float64(letters) {
		sig = append(sig, signal{"shouting", "shouting", 0.3})
	} else if letters >= 30 && hasShoutedRun(t) {
		sig = append(sig, signal{"shouting", "shouting", 0.2})
	}
	if emoji >= 2 {
		sig = append(sig, signal{"emoji", "emoji", 0.2})
	}
	if bangs >= 2 {
		sig = append(sig, signal{"exclamations", "exclamations", 0.15})
	}
	if pipes >= 2 && len(words) <= 3*(pipes+1) {
		sig = append(sig, signal{"menu-row", "menu-row", 0.6})
	}
	low := strings.ToLower(t)
	if strings.Contains(low, "http://") || strings.Contains(low, "https://") || strings.Contains(low, "www.") {
		sig = append(sig, signal{"url", "url", 0.3})
	}
	if hasEmail(t) {
		sig = append(sig, signal{"email", "contact", 0.3})
	}
	if hasPhone(t) {
		sig = append(sig, signal{"phone", "contact", 0.25})
	}
	return sig
}

// hasShoutedRun reports a run of four or more consecutive all-capital words of 3+ letters,
// the "MONETIZZA SUBITO I TUOI ASSET" pattern inside otherwise normal case.
func hasShoutedRun(t string) bool {
	run := 0
	for _, f := range strings.Fields(t) {
		letters, upper := 0, 0
		for _, r := range f {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		switch {
		case letters == 0:
			continue
		case upper == letters && letters >= 2:
			run++
			if run >= 4 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

func isEmoji(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x1F000 && r <= 0x1F2FF
}

func hasEmail(t string) bool {
	for i := strings.IndexByte(t, '@'); i >= 0; {
		if i > 0 && isMailRune(rune(t[i-1])) {
			rest := t[i+1:]
			j := 0
			for j < len(rest) && (isMailRune(rune(rest[j])) || rest[j] == '.') {
				j++
			}
			if d := strings.LastIndexByte(rest[:j], '.'); d > 0 && d < j-2 {
				return true
			}
		}
		next := strings.IndexByte(t[i+1:], '@')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isMailRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '+'
}

// hasPhone reports a phone-number-like run: 9+ digits with only spaces, dots, dashes, slashes
// or parentheses between them, optionally after '+'.
func hasPhone(t string) bool {
	digits, span := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			span++
		case (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+') && span > 0:
			span++
		case c == '+':
			span = 1
		default:
			if digits >= 9 {
				return true
			}
			digits, span = 0, 0
		}
		if span > 22 {
			digits, span = 0, 0
		}
	}
	return digits >= 9
}
