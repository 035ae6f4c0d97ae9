package filter

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/langdetect"
	"github.com/newsclean/newsclean/spam"
)

// DefaultMaxBytes is the default input size limit: larger inputs are returned unchanged.
const DefaultMaxBytes = 8 << 20

// Option configures a Filter; see New.
type Option func(*config) error

type config struct {
	allowed     []string // allowed document languages; empty: any
	candidates  []string // languages the detector considers; empty: all
	spamOpts    []spam.Option
	dedupeOpts  []dedupe.Option
	offLanguage bool
	maxBytes    int
	singlePass  bool // no settle pass (WithSettle(false))

	scorer   *spam.Scorer
	dedupe   *dedupe.Detector
	cross    crossConfig // cross-document memory (store.go)
	detector func() *langdetect.Detector

	// stageHook, when set, is called at the start of every stage, inside its panic guard.
	// Only tests set it, to make a stage fail and check that the failure is contained.
	stageHook func(stage string)
}

func defaults() config {
	return config{offLanguage: true, maxBytes: DefaultMaxBytes}
}

// finish validates the options and builds the stage objects. Expensive ones (the language
// detector) are only named here and built on first use.
func (c *config) finish() error {
	var err error
	if len(c.spamOpts) == 0 {
		c.scorer = spam.Default()
	} else if c.scorer, err = spam.New(c.spamOpts...); err != nil {
		return fmt.Errorf("%w: %w", ErrOption, err)
	}
	if c.dedupe, err = dedupe.New(c.dedupeOpts...); err != nil {
		return fmt.Errorf("%w: %w", ErrOption, err)
	}
	if len(c.candidates) == 0 {
		c.detector = langdetect.Default
	} else {
		d, err := langdetect.New(c.candidates...)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrOption, err)
		}
		c.detector = func() *langdetect.Detector { return d }
		for _, a := range c.allowed {
			if !slices.Contains(c.candidates, a) {
				return fmt.Errorf("%w: allowed language %q is not among the candidate languages %v", ErrOption, a, c.candidates)
			}
		}
	}
	return nil
}

func codes(langs []string) ([]string, error) {
	var out []string
	for _, l := range langs {
		for _, part := range strings.Split(l, ",") {
			part = strings.ToLower(strings.TrimSpace(part))
			if part == "" {
				continue
			}
			if err := langdetect.Validate(part); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrOption, err)
			}
			if !slices.Contains(out, part) {
				out = append(out, part)
			}
		}
	}
	return out, nil
}

// WithLanguages sets the allowed document languages (ISO 639-1 codes, e.g. "it", "en"; a
// comma-separated list works too). A document in another language, or whose language cannot be
// told, gets Kept == false with Reason "language-not-allowed". By default any language is
// allowed.
func WithLanguages(langs ...string) Option {
	return func(c *config) error {
		l, err := codes(langs)
		if err != nil {
			return err
		}
		if len(l) == 0 {
			return fmt.Errorf("%w: WithLanguages needs at least one language", ErrOption)
		}
		c.allowed = l
		return nil
	}
}

// WithCandidateLanguages restricts the languages the detector considers. Fewer candidates make
// detection faster and steadier; text in a language left out is reported as the nearest
// candidate or as unknown. By default every language lingua supports is considered.
func WithCandidateLanguages(langs ...string) Option {
	return func(c *config) error {
		l, err := codes(langs)
		if err != nil {
			return err
		}
		if len(l) == 0 {
			return fmt.Errorf("%w: WithCandidateLanguages needs at least one language", ErrOption)
		}
		c.candidates = l
		return nil
	}
}

// WithSpamRules adds rules to the spam scorer's built-in rules (see spam.ParseRules for the
// file format).
func WithSpamRules(rules ...spam.Rule) Option {
	return func(c *config) error {
		c.spamOpts = append(c.spamOpts, spam.WithRules(rules...))
		return nil
	}
}

// WithSpamOptions passes options to the spam scorer, e.g. spam.WithoutBuiltins() or
// spam.WithThreshold(0.7).
func WithSpamOptions(opts ...spam.Option) Option {
	return func(c *config) error {
		c.spamOpts = append(c.spamOpts, opts...)
		return nil
	}
}

// WithDedupeOptions passes options to the within-document duplicate detector.
func WithDedupeOptions(opts ...dedupe.Option) Option {
	return func(c *config) error {
		c.dedupeOpts = append(c.dedupeOpts, opts...)
		return nil
	}
}

// WithOffLanguageParagraphs turns the removal of paragraphs in another language than the
// document on or off (default on). Only paragraphs of 120+ characters that the detector is
// confident about are removed.
func WithOffLanguageParagraphs(on bool) Option {
	return func(c *config) error {
		c.offLanguage = on
		return nil
	}
}

// WithSettle(false) makes Clean run its stages once and return, without the pass that
// cleans the output again until it comes back unchanged (settle). That pass is what makes
// Clean idempotent by construction; without it, cleaning the output again changes nothing on
// every input the tests and fuzzing have tried except rare junk-heavy ones, and a document
// the stages changed costs about a third less time (README, Limits). Default: on.
func WithSettle(on bool) Option {
	return func(c *config) error {
		c.singlePass = !on
		return nil
	}
}

// WithMaxBytes sets the input size limit (default 8 MiB). Larger inputs come back unchanged,
// with a warning in the result.
func WithMaxBytes(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("%w: max bytes %d < 1", ErrOption, n)
		}
		c.maxBytes = n
		return nil
	}
}
