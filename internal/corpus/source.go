package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

// ErrSource is wrapped by every error about a source file: a missing file, a malformed line.
var ErrSource = errors.New("corpus: bad source")

// MinNewsChars is the shortest news paragraph accepted, in characters: the off-language stage
// only judges paragraphs of 120+ characters, and every news paragraph may be used as one.
const MinNewsChars = 120

// SpamLine is one injected line and its kind ("promo", "cookie", …).
type SpamLine struct {
	Kind, Text string
}

// QA is one question and its answer.
type QA struct {
	Q, A string
}

// Lang is the source text of one language.
type Lang struct {
	Code   string
	News   []string
	Spam   []SpamLine
	Tricky []string
	FAQ    [][]QA // blocks
	// Headings are titles and subheadings (headings.txt, optional): short lines without a
	// final full stop, which shape-based spam rules must not take for boilerplate.
	Headings []string
}

// Full reports whether the language has every source file, so gets every document kind.
func (l *Lang) Full() bool {
	return len(l.Spam) > 0 && len(l.Tricky) > 0 && len(l.FAQ) > 0
}

// Source is the whole source corpus, languages sorted by code.
type Source struct {
	Langs []*Lang
}

// Lang returns the language with the given code, or nil.
func (s *Source) Lang(code string) *Lang {
	for _, l := range s.Langs {
		if l.Code == code {
			return l
		}
	}
	return nil
}

// LoadSource reads every <lang>/ directory of fsys (testdata/corpus/src). news.txt is required;
// spam.txt, tricky.txt and faq.txt are optional, but a language has either all three or none.
func LoadSource(fsys fs.FS) (*Source, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSource, err)
	}
	src := &Source{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		l, err := loadLang(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		src.Langs = append(src.Langs, l)
	}
	slices.SortFunc(src.Langs, func(a, b *Lang) int { return strings.Compare(a.Code, b.Code) })
	if len(src.Langs) == 0 {
		return nil, fmt.Errorf("%w: no language directories", ErrSource)
	}
	return src, nil
}

func loadLang(fsys fs.FS, code string) (*Lang, error) {
	l := &Lang{Code: code}
	var err error
	if l.News, err = readParagraphs(fsys, path.Join(code, "news.txt"), false); err != nil {
		return nil, err
	}
	if len(l.News) < 8 {
		return nil, fmt.Errorf("%w: %s/news.txt: %d paragraphs, need at least 8", ErrSource, code, len(l.News))
	}
	for i, p := range l.News {
		if n := utf8.RuneCountInString(p); n < MinNewsChars {
			return nil, fmt.Errorf("%w: %s/news.txt: paragraph %d has %d characters, need %d", ErrSource, code, i+1, n, MinNewsChars)
		}
	}
	if l.Tricky, err = readParagraphs(fsys, path.Join(code, "tricky.txt"), true); err != nil {
		return nil, err
	}
	if l.Spam, err = readSpam(fsys, path.Join(code, "spam.txt")); err != nil {
		return nil, err
	}
	if l.FAQ, err = readFAQ(fsys, path.Join(code, "faq.txt")); err != nil {
		return nil, err
	}
	if l.Headings, err = readParagraphs(fsys, path.Join(code, "headings.txt"), true); err != nil {
		return nil, err
	}
	if len(l.Headings) > 0 && len(l.Headings) < 4 {
		return nil, fmt.Errorf("%w: %s/headings.txt: %d headings, need at least 4", ErrSource, code, len(l.Headings))
	}
	if len(l.Tricky) > 0 && len(l.Tricky) < 3 {
		return nil, fmt.Errorf("%w: %s/tricky.txt: %d paragraphs, need at least 3", ErrSource, code, len(l.Tricky))
	}
	n := 0
	for _, has := range []bool{len(l.Spam) > 0, len(l.Tricky) > 0, len(l.FAQ) > 0} {
		if has {
			n++
		}
	}
	if n != 0 && n != 3 {
		return nil, fmt.Errorf("%w: %s: has only some of spam.txt, tricky.txt, faq.txt", ErrSource, code)
	}
	return l, nil
}

// lines calls fn for every line of the file with its 1-based number, the line trimmed of
// surrounding white space. A missing optional file is no error.
func lines(fsys fs.FS, name string, optional bool, fn func(n int, line string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("%w: %w", ErrSource, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if !utf8.ValidString(line) {
			return fmt.Errorf("%w: %s:%d: invalid UTF-8", ErrSource, name, n)
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrSource, name, err)
	}
	return nil
}

func readParagraphs(fsys fs.FS, name string, optional bool) ([]string, error) {
	var out []string
	err := lines(fsys, name, optional, func(n int, line string) error {
		if line == "" {
			return nil
		}
		if strings.Contains(line, "\t") {
			return fmt.Errorf("%w: %s:%d: a tab in a paragraph", ErrSource, name, n)
		}
		out = append(out, line)
		return nil
	})
	return out, err
}

func readSpam(fsys fs.FS, name string) ([]SpamLine, error) {
	var out []SpamLine
	err := lines(fsys, name, true, func(n int, line string) error {
		if line == "" {
			return nil
		}
		kind, text, ok := strings.Cut(line, "\t")
		kind, text = strings.TrimSpace(kind), strings.TrimSpace(text)
		if !ok || kind == "" || text == "" || strings.ContainsAny(kind, " \t") {
			return fmt.Errorf("%w: %s:%d: want kind<TAB>line", ErrSource, name, n)
		}
		out = append(out, SpamLine{Kind: kind, Text: text})
		return nil
	})
	return out, err
}

func readFAQ(fsys fs.FS, name string) ([][]QA, error) {
	var out [][]QA
	var block []QA
	flush := func() {
		if len(block) >= 2 {
			out = append(out, block)
		}
		block = nil
	}
	err := lines(fsys, name, true, func(n int, line string) error {
		if line == "" {
			flush()
			return nil
		}
		q, a, ok := strings.Cut(line, "\t")
		q, a = strings.TrimSpace(q), strings.TrimSpace(a)
		if !ok || q == "" || a == "" || strings.Contains(a, "\t") {
			return fmt.Errorf("%w: %s:%d: want Question?<TAB>Answer", ErrSource, name, n)
		}
		block = append(block, QA{Q: q, A: a})
		return nil
	})
	flush()
	return out, err
}
