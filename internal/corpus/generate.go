package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Seed is the corpus generator's fixed seed. Changing it changes every document.
const Seed uint64 = 0x6e657773636c6e33

// Document kinds.
const (
	KindClean   = "clean"
	KindTricky  = "tricky"
	KindSpam    = "spam"
	KindSpamIn  = "spamin"
	KindFAQ     = "faq"
	KindAnchor  = "anchor"
	KindOffLang = "offlang"
	KindQuote   = "quote"
	KindNumVar  = "numvar"
	KindLang    = "lang"
)

// Counts is how many documents of each kind Generate makes per language: a language with all
// source files gets every kind but lang; a language with only news.txt gets lang documents.
var Counts = []struct {
	Kind string
	N    int
}{
	{KindClean, 8},
	{KindTricky, 8},
	{KindSpam, 14},
	{KindSpamIn, 14},
	{KindFAQ, 6},
	{KindAnchor, 6},
	{KindOffLang, 6},
	{KindQuote, 4},
	{KindNumVar, 4},
	{KindLang, 15},
}

// Doc is one labelled document, in the shape of ../shared/realworld/eval_docs.jsonl.
type Doc struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"`
	Lang   string `json:"lang"`
	Text   string `json:"text"`
	Labels Labels `json:"labels"`
}

// Labels say what a cleaner must do with a document.
type Labels struct {
	// Spam are injected lines that must be gone; SpamKinds[i] is the kind of Spam[i].
	Spam      []string `json:"spam,omitempty"`
	SpamKinds []string `json:"spam_kinds,omitempty"`
	// Keep are the legitimate paragraphs: each of their sentences must stay.
	Keep []string `json:"keep"`
	// Headings are the titles and subheadings of the document (a subset of Keep).
	Headings []string `json:"headings,omitempty"`
	// Tricky are the legitimate paragraphs that look promotional (a subset of Keep).
	Tricky []string `json:"tricky,omitempty"`
	// Hard are legitimate paragraphs that look like something else a cleaner removes: a
	// paragraph with a short quotation in another language (kind quote), a sentence repeated
	// with a different number (kind numvar). A subset of Keep.
	Hard []string `json:"hard,omitempty"`
	// Repeats are the copies that must go, the first copy staying exactly once: the repeated
	// answers of a faq document, the damaged sentence of an anchor document.
	Repeats []string `json:"repeats,omitempty"`
	// Original is the complete sentence an anchor document's damaged copy was made from.
	Original string `json:"original,omitempty"`
	// OffLang is the paragraph in another language (OffLangLang) that must be gone.
	OffLang     []string `json:"offlang,omitempty"`
	OffLangLang string   `json:"offlang_lang,omitempty"`
}

// rng is splitmix64: small, fast and fixed, so the corpus never changes with the Go version.
type rng struct{ s uint64 }

func newRNG(lang string) *rng {
	h := fnv.New64a()
	h.Write([]byte(lang))
	return &rng{s: Seed ^ h.Sum64()}
}

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// intn returns a number in [0, n); the modulo bias is negligible for our small n.
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

// between returns a number in [lo, hi].
func (r *rng) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

func (r *rng) perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := r.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// deck deals items in a shuffled order, reshuffling when it runs out, so every item is used
// before any is used twice.
type deck[T any] struct {
	items []T
	order []int
	pos   int
	r     *rng
}

func newDeck[T any](r *rng, items []T) *deck[T] {
	return &deck[T]{items: items, r: r}
}

// draw returns the next item whose index is not in used, and marks it used.
func (d *deck[T]) draw(used map[int]bool) T {
	for range 2 * len(d.items) {
		if d.pos >= len(d.order) {
			d.order, d.pos = d.r.perm(len(d.items)), 0
		}
		i := d.order[d.pos]
		d.pos++
		if !used[i] {
			used[i] = true
			return d.items[i]
		}
	}
	panic("corpus: deck has too few items") // LoadSource guarantees enough items for every draw
}

// spamDealer hands out spam lines kind by kind in turn, so every kind is used. Own-line slots
// take lines from the front of each kind's shuffled list and glued slots from the back, so the
// two measure different lines.
type spamDealer struct {
	kinds        []string
	lines        map[string][]string
	front, back  map[string]int
	nextF, nextB int
}

func newSpamDealer(r *rng, spam []SpamLine) *spamDealer {
	d := &spamDealer{lines: map[string][]string{}, front: map[string]int{}, back: map[string]int{}}
	for _, s := range spam {
		if _, ok := d.lines[s.Kind]; !ok {
			d.kinds = append(d.kinds, s.Kind)
		}
		d.lines[s.Kind] = append(d.lines[s.Kind], s.Text)
	}
	slices.Sort(d.kinds)
	for _, k := range d.kinds {
		ls := d.lines[k]
		p := r.perm(len(ls))
		shuffled := make([]string, len(ls))
		for i, j := range p {
			shuffled[i] = ls[j]
		}
		d.lines[k] = shuffled
	}
	return d
}

func (d *spamDealer) own() (kind, line string) {
	kind = d.kinds[d.nextF%len(d.kinds)]
	d.nextF++
	ls := d.lines[kind]
	line = ls[d.front[kind]%len(ls)]
	d.front[kind]++
	return kind, line
}

func (d *spamDealer) glued() (kind, line string) {
	kind = d.kinds[d.nextB%len(d.kinds)]
	d.nextB++
	ls := d.lines[kind]
	line = ls[len(ls)-1-d.back[kind]%len(ls)]
	d.back[kind]++
	return kind, line
}

// Generate builds the corpus from src: for each language, in the order of Counts, the documents
// its sources allow. The result depends only on src.
func Generate(src *Source) (map[string][]Doc, error) {
	out := map[string][]Doc{}
	var others []*Lang // languages offlang paragraphs come from
	others = append(others, src.Langs...)
	for _, l := range src.Langs {
		g := &generator{lang: l, r: newRNG(l.Code), others: others}
		g.news = newDeck(g.r, l.News)
		if l.Full() {
			g.tricky = newDeck(g.r, l.Tricky)
			g.faq = newDeck(g.r, l.FAQ)
			g.spam = newSpamDealer(g.r, l.Spam)
		}
		if len(l.Headings) > 0 {
			g.heads = newDeck(g.r, l.Headings)
		}
		var docs []Doc
		for _, c := range Counts {
			if (c.Kind == KindLang) == l.Full() {
				continue
			}
			for i := range c.N {
				d, err := g.doc(c.Kind, i)
				if err != nil {
					return nil, err
				}
				d.ID = fmt.Sprintf("%s-%s-%02d", l.Code, c.Kind, i)
				d.Kind, d.Lang = c.Kind, l.Code
				docs = append(docs, d)
			}
		}
		out[l.Code] = docs
	}
	return out, nil
}

type generator struct {
	lang   *Lang
	r      *rng
	news   *deck[string]
	tricky *deck[string]
	heads  *deck[string]
	faq    *deck[[]QA]
	spam   *spamDealer
	others []*Lang
	off    int // offlang documents made so far
	quotes int // quote documents made so far
}

// newsParas draws n distinct news paragraphs.
func (g *generator) newsParas(n int) []string {
	used := map[int]bool{}
	ps := make([]string, n)
	for i := range ps {
		ps[i] = g.news.draw(used)
	}
	return ps
}

func join(paras []string) string { return strings.Join(paras, "\n\n") + "\n" }

func (g *generator) doc(kind string, i int) (Doc, error) {
	r := g.r
	var d Doc
	switch kind {
	case KindClean, KindLang:
		lo, hi := 3, 8
		if kind == KindLang {
			hi = 5
		}
		ps := g.newsParas(r.between(lo, hi))
		if kind == KindClean {
			ps = g.headings(&d, ps, i)
		}
		d.Text, d.Labels.Keep = join(ps), ps
	case KindTricky:
		// Three or four tricky paragraphs among news, so every one of the ~26 per language is
		// used across the documents.
		nt := 3 + i%2
		ps := g.newsParas(r.between(1, 8-nt))
		used := map[int]bool{}
		for range nt {
			t := g.tricky.draw(used)
			d.Labels.Tricky = append(d.Labels.Tricky, t)
			ps = slices.Insert(ps, r.intn(len(ps)+1), t)
		}
		ps = g.headings(&d, ps, i)
		d.Text, d.Labels.Keep = join(ps), ps
	case KindSpam:
		ps := g.newsParas(r.between(3, 8))
		d.Labels.Keep = slices.Clone(ps)
		// 1, 2 or 3 lines in turn, at distinct places among start, middle and end.
		places := r.perm(3)[:1+i%3]
		slices.Sort(places)
		mid := len(ps) / 2
		var out []string
		for j, p := range ps {
			if j == 0 && slices.Contains(places, 0) {
				out = append(out, g.ownSpam(&d))
			}
			if j == mid && slices.Contains(places, 1) {
				out = append(out, g.ownSpam(&d))
			}
			out = append(out, p)
		}
		if slices.Contains(places, 2) {
			out = append(out, g.ownSpam(&d))
		}
		d.Text = join(out)
	case KindSpamIn:
		ps := g.newsParas(r.between(3, 8))
		d.Labels.Keep = slices.Clone(ps)
		// One or two lines glued to the end of distinct paragraphs; every third document also
		// one glued before the start of another paragraph.
		order := r.perm(len(ps))
		for _, j := range order[:1+i%2] {
			kind, line := g.spam.glued()
			d.Labels.Spam, d.Labels.SpamKinds = append(d.Labels.Spam, line), append(d.Labels.SpamKinds, kind)
			ps[j] = ps[j] + " " + line
		}
		if i%3 == 0 {
			j := order[len(order)-1]
			kind, line := g.spam.glued()
			d.Labels.Spam, d.Labels.SpamKinds = append(d.Labels.Spam, line), append(d.Labels.SpamKinds, kind)
			ps[j] = line + " " + ps[j]
		}
		d.Text = join(ps)
	case KindFAQ:
		ps := g.newsParas(r.between(2, 4))
		d.Labels.Keep = slices.Clone(ps)
		out := slices.Clone(ps)
		if i%2 == 0 {
			out = append(out, "FAQ")
		}
		block := g.faq.draw(map[int]bool{})
		for j, qa := range block {
			p := qa.Q + " " + qa.A
			d.Labels.Keep = append(d.Labels.Keep, p)
			if j > 0 {
				p = block[j-1].A + " " + p
				d.Labels.Repeats = append(d.Labels.Repeats, block[j-1].A)
			}
			out = append(out, p)
		}
		if i%3 == 1 {
			more := g.news.draw(map[int]bool{})
			for slices.Contains(ps, more) {
				more = g.news.draw(map[int]bool{})
			}
			d.Labels.Keep = append(d.Labels.Keep, more)
			out = append(out, more)
		}
		d.Text = join(out)
	case KindAnchor:
		return g.anchor(i)
	case KindQuote:
		return g.quote()
	case KindNumVar:
		return g.numvar()
	case KindOffLang:
		ps := g.newsParas(r.between(3, 7))
		d.Labels.Keep = slices.Clone(ps)
		var cands []*Lang
		for _, o := range g.others {
			if o.Code != g.lang.Code {
				cands = append(cands, o)
			}
		}
		// Walk the other languages in a stride that differs per language, so each language
		// gets a varied set of intruders.
		o := cands[(g.off*7+len(g.lang.Code)+int(g.lang.Code[0]))%len(cands)]
		g.off++
		p := o.News[r.intn(len(o.News))]
		d.Labels.OffLang, d.Labels.OffLangLang = []string{p}, o.Code
		ps = slices.Insert(ps, r.between(1, len(ps)), p)
		d.Text = join(ps)
	default:
		return d, fmt.Errorf("corpus: unknown kind %q", kind)
	}
	return d, nil
}

// headings gives every other document a title and every third one a subheading before a
// paragraph in its second half, when the language has headings.
func (g *generator) headings(d *Doc, ps []string, i int) []string {
	if g.heads == nil {
		return ps
	}
	used := map[int]bool{}
	if i%3 == 1 && len(ps) >= 3 {
		h := g.heads.draw(used)
		d.Labels.Headings = append(d.Labels.Headings, h)
		ps = slices.Insert(ps, g.r.between(len(ps)/2+1, len(ps)-1), h)
	}
	if i%2 == 0 {
		h := g.heads.draw(used)
		d.Labels.Headings = append([]string{h}, d.Labels.Headings...)
		ps = slices.Insert(ps, 0, h)
	}
	return ps
}

func (g *generator) ownSpam(d *Doc) string {
	kind, line := g.spam.own()
	d.Labels.Spam, d.Labels.SpamKinds = append(d.Labels.Spam, line), append(d.Labels.SpamKinds, kind)
	return line
}

// anchor builds a document where a sentence of an early paragraph comes back at the start of a
// later one with 1–3 contiguous words dropped and a space left before its full stop, the way
// a scraper leaves it when it loses a link's anchor text.
func (g *generator) anchor(i int) (Doc, error) {
	r := g.r
	drop := 1 + i%3
	for range 100 {
		ps := g.newsParas(r.between(3, 6))
		p := r.intn(len(ps) - 1) // the paragraph the original sentence is in
		var sents []string
		for _, s := range Sentences(ps[p]) {
			if anchorable(s, drop) {
				sents = append(sents, s)
			}
		}
		if len(sents) == 0 {
			continue
		}
		orig := sents[r.intn(len(sents))]
		words := strings.Fields(strings.TrimSuffix(orig, "."))
		// Candidate starts: keep the first word, drop only words with a letter, and leave a
		// last word that ends in a letter or digit.
		var starts []int
		for j := 1; j+drop <= len(words); j++ {
			ok := true
			for _, w := range words[j : j+drop] {
				ok = ok && strings.IndexFunc(w, unicode.IsLetter) >= 0
			}
			rest := slices.Concat(words[:j], words[j+drop:])
			last, _ := utf8.DecodeLastRuneInString(rest[len(rest)-1])
			if ok && (unicode.IsLetter(last) || unicode.IsDigit(last)) {
				starts = append(starts, j)
			}
		}
		if len(starts) == 0 {
			continue
		}
		j := starts[r.intn(len(starts))]
		damaged := strings.Join(slices.Concat(words[:j], words[j+drop:]), " ") + " ."
		q := r.between(p+1, len(ps)-1)
		out := slices.Clone(ps)
		out[q] = damaged + " " + out[q]
		return Doc{Text: join(out), Labels: Labels{Keep: ps, Repeats: []string{damaged}, Original: orig}}, nil
	}
	return Doc{}, fmt.Errorf("%w: %s: no news sentence fit for an anchor document", ErrSource, g.lang.Code)
}

// quoteMarks are the quotation marks of each language, "" for the English ones.
var quoteMarks = map[string][2]string{
	"de": {"„", "“"}, "pl": {"„", "”"}, "nl": {"‘", "’"}, "fr": {"« ", " »"}, "it": {"«", "»"}, "es": {"«", "»"}, "pt": {"«", "»"},
}

// quote builds a document where one paragraph quotes a sentence in another of the full
// languages, in quotation marks, after its first sentence: a quotation the off-language stage
// must leave alone.
func (g *generator) quote() (Doc, error) {
	r := g.r
	var cands []*Lang
	for _, o := range g.others {
		if o.Code != g.lang.Code && o.Full() {
			cands = append(cands, o)
		}
	}
	if len(cands) == 0 { // only news-only languages besides this one: quote one of them
		for _, o := range g.others {
			if o.Code != g.lang.Code {
				cands = append(cands, o)
			}
		}
	}
	if len(cands) == 0 {
		return Doc{}, fmt.Errorf("%w: %s: no other language to quote", ErrSource, g.lang.Code)
	}
	o := cands[g.quotes%len(cands)]
	g.quotes++
	var foreign string
	for k, start := 0, r.intn(len(o.News)); k < len(o.News) && foreign == ""; k++ {
		for _, s := range Sentences(o.News[(start+k)%len(o.News)]) {
			if n := utf8.RuneCountInString(s); n >= 30 && n <= 160 && strings.ContainsAny(s[len(s)-1:], ".?!") {
				foreign = s
				break
			}
		}
	}
	if foreign == "" {
		return Doc{}, fmt.Errorf("%w: %s: no sentence short enough to quote", ErrSource, o.Code)
	}
	marks, ok := quoteMarks[g.lang.Code]
	if !ok {
		marks = [2]string{"“", "”"}
	}
	ps := g.newsParas(r.between(3, 6))
	j := r.intn(len(ps))
	sents := Sentences(ps[j])
	q := marks[0] + foreign + marks[1]
	sents = slices.Insert(sents, 1, q)
	ps[j] = strings.Join(sents, " ")
	return Doc{Text: join(ps), Labels: Labels{Keep: ps, Hard: []string{ps[j]}}}, nil
}

// numvar builds a document where a sentence of an early paragraph comes back at the start of
// a later one with one digit of a number changed: a different fact, not a duplicate.
func (g *generator) numvar() (Doc, error) {
	r := g.r
	for range 100 {
		ps := g.newsParas(r.between(3, 6))
		p := r.intn(len(ps) - 1)
		var sents []string
		for _, s := range Sentences(ps[p]) {
			if anchorable(s, 0) && strings.IndexFunc(s, unicode.IsDigit) >= 0 {
				sents = append(sents, s)
			}
		}
		if len(sents) == 0 {
			continue
		}
		orig := sents[r.intn(len(sents))]
		// Change the last digit of the first number.
		i := strings.IndexFunc(orig, unicode.IsDigit)
		for i+1 < len(orig) && orig[i+1] >= '0' && orig[i+1] <= '9' {
			i++
		}
		d := (int(orig[i]-'0') + 1 + r.intn(8)) % 10
		variant := orig[:i] + string(rune('0'+d)) + orig[i+1:]
		q := r.between(p+1, len(ps)-1)
		ps[q] = variant + " " + ps[q]
		return Doc{Text: join(ps), Labels: Labels{Keep: ps, Hard: []string{ps[q]}}}, nil
	}
	return Doc{}, fmt.Errorf("%w: %s: no news sentence with a number", ErrSource, g.lang.Code)
}

// anchorable reports whether s is a plain sentence worth damaging: it ends with one full stop,
// starts with a capital letter and has enough words to stay a sentence after the drop.
func anchorable(s string, drop int) bool {
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	words := strings.Fields(s)
	n := len(words)
	// A short last word is likely an abbreviation the simple splitter took for an end
	// ("sprzed ok."): not a whole sentence.
	if last := strings.TrimSuffix(words[n-1], "."); utf8.RuneCountInString(last) < 4 && strings.IndexFunc(last, unicode.IsDigit) < 0 {
		return false
	}
	// Drop at most about a fifth of the words, as losing a link's anchor text does.
	return unicode.IsUpper(first) && n >= 10+2*drop && n <= 45
}

// Sentences splits text after '.', '?' or '!' followed by white space, as score.py does.
func Sentences(text string) []string {
	var out []string
	text = strings.TrimSpace(text)
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '?' && r != '!' {
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += s2
		}
		if j > i && j < len(text) {
			out = append(out, text[start:i])
			start, i = j, j
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// Encode writes docs as JSON Lines, one document per line, non-ASCII text as is.
func Encode(docs []Doc) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return nil, fmt.Errorf("corpus: %s: %w", d.ID, err)
		}
	}
	return b.Bytes(), nil
}
