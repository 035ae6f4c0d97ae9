package dedupe

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cespare/xxhash/v2"
)

// Default settings of a Tracker.
const (
	DefaultBoilerplateDocs = 3
	DefaultSimilarity      = 0.8
	DefaultTimeout         = 50 * time.Millisecond
)

// MinHash and LSH parameters. With b bands of r rows, two documents of Jaccard similarity s
// share a band with probability 1-(1-s^r)^b: for 20 bands of 6 rows that is 99.8% at s=0.8,
// 27% at s=0.5 and 1.4% at s=0.3; candidates are then kept only if their estimated similarity
// reaches the threshold.
const (
	lshBands     = 20
	lshRows      = 6
	sigLen       = lshBands * lshRows
	docShingle   = 5  // words per shingle for document similarity
	minShingles  = 20 // shorter documents are not compared
	minParaWords = 4  // shorter paragraphs are not counted as boilerplate
)

// hashCoeffs are the odd multipliers a_i and the keys b_i of the sigLen hash functions
// h_i(x) = y ^ y>>29 with y = (x ^ b_i) * a_i (mod 2^64), each a permutation of the shingle
// hashes. They are derived from a fixed seed, so signatures are the same in every process and
// on every machine. On the real-world documents' pairs of Jaccard similarity 0.3 or more, the
// estimate's error has mean -0.007 and RMS 0.046 (the binomial bound for 120 functions at 0.75
// is 0.040).
var hashCoeffs = func() (c [sigLen][2]uint64) {
	x := uint64(0x243f6a8885a308d3)
	next := func() uint64 { // splitmix64
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		return z ^ z>>31
	}
	for i := range c {
		c[i] = [2]uint64{next() | 1, next()}
	}
	return c
}()

// Tracker finds, through a Store, what earlier documents had in common with a document: its
// paragraphs that at least K other documents of the same site had (site boilerplate) and an
// earlier document it nearly copies (syndication). A Tracker is immutable and safe for
// concurrent use; what it reports depends on the documents the Store saw before.
type Tracker struct {
	store     Store
	k         int
	threshold float64
	timeout   time.Duration
}

// TrackerOption configures a Tracker.
type TrackerOption func(*Tracker) error

// WithBoilerplateDocs sets K, the number of other documents of a site that must have had a
// paragraph before it is reported as boilerplate (default 3).
func WithBoilerplateDocs(k int) TrackerOption {
	return func(t *Tracker) error {
		if k < 1 || k > 1000 {
			return fmt.Errorf("dedupe: boilerplate documents %d not in 1..1000", k)
		}
		t.k = k
		return nil
	}
}

// WithSimilarity sets the estimated Jaccard similarity of word 5-shingles from which an
// earlier document is reported as the one this document copies (default 0.8).
func WithSimilarity(s float64) TrackerOption {
	return func(t *Tracker) error {
		if !(s > 0 && s <= 1) {
			return fmt.Errorf("dedupe: similarity %v not in (0, 1]", s)
		}
		t.threshold = s
		return nil
	}
}

// WithTimeout sets how long Check waits for the Store (default 50ms; 0 means no limit other
// than the caller's context).
func WithTimeout(d time.Duration) TrackerOption {
	return func(t *Tracker) error {
		if d < 0 {
			return fmt.Errorf("dedupe: timeout %v < 0", d)
		}
		t.timeout = d
		return nil
	}
}

// ErrNoStore is returned by NewTracker without a Store.
var ErrNoStore = errors.New("dedupe: no store")

// NewTracker returns a Tracker over s.
func NewTracker(s Store, opts ...TrackerOption) (*Tracker, error) {
	if s == nil {
		return nil, ErrNoStore
	}
	t := &Tracker{store: s, k: DefaultBoilerplateDocs, threshold: DefaultSimilarity, timeout: DefaultTimeout}
	for _, o := range opts {
		if err := o(t); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Document is what a Tracker checks: an id (reported to later copies), a scope (the site;
// "" turns the boilerplate check off) and the paragraphs' text.
type Document struct {
	ID, Scope  string
	Paragraphs []string
}

// Report is what a Tracker found.
type Report struct {
	// Boilerplate lists the paragraphs (indexes into Document.Paragraphs) that at least K
	// other documents of the scope had; Docs[i] is how many for Boilerplate[i].
	Boilerplate []int
	Docs        []int
	// DuplicateOf is the id of the earlier document this one nearly copies, "" if none, and
	// Similarity the estimated Jaccard similarity of their word 5-shingles.
	DuplicateOf string
	Similarity  float64
	// ID is the id the document was recorded under (Document.ID, or one made from its text).
	ID string
}

// Check fingerprints doc, asks the Store what earlier documents had and records doc, in one
// Store call bounded by the Tracker's timeout. On error nothing is reported: the caller keeps
// the document as it is.
func (t *Tracker) Check(ctx context.Context, doc Document) (Report, error) {
	fp, paraIdx := t.Fingerprint(doc)
	rep := Report{ID: fp.ID}
	if len(fp.Paragraphs) == 0 && len(fp.Bands) == 0 {
		return rep, nil
	}
	if t.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t.timeout)
		defer cancel()
	}
	seen, err := t.store.Observe(ctx, fp)
	if err != nil {
		if ctx.Err() != nil && !errors.Is(err, ErrUnavailable) {
			err = fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
		return rep, err
	}
	for i, n := range seen.Docs {
		if i < len(paraIdx) && n >= t.k {
			for _, p := range paraIdx[i] {
				rep.Boilerplate = append(rep.Boilerplate, p)
				rep.Docs = append(rep.Docs, n)
			}
		}
	}
	sortTogether(rep.Boilerplate, rep.Docs)
	for _, c := range seen.Candidates {
		if c.ID == fp.ID || len(c.Signature) != len(fp.Signature) {
			continue
		}
		if s := similarity(fp.Signature, c.Signature); s >= t.threshold && s > rep.Similarity {
			rep.DuplicateOf, rep.Similarity = c.ID, s
		}
	}
	return rep, nil
}

// Fingerprint returns what Check shows the Store for doc, and for each paragraph key the
// indexes of the paragraphs that have it.
func (t *Tracker) Fingerprint(doc Document) (*Fingerprint, [][]int) {
	fp := &Fingerprint{Cap: t.k + 1}
	var paraIdx [][]int
	var all []string
	pos := map[Key]int{}
	for i, p := range doc.Paragraphs {
		words := wordsOf(p)
		all = append(all, words...)
		if doc.Scope == "" || len(words) < minParaWords {
			continue
		}
		k := KeyOf("p", doc.Scope, strings.Join(words, " "))
		if j, ok := pos[k]; ok {
			paraIdx[j] = append(paraIdx[j], i) // one document counts once
			continue
		}
		pos[k] = len(fp.Paragraphs)
		fp.Paragraphs = append(fp.Paragraphs, k)
		paraIdx = append(paraIdx, []int{i})
	}
	fp.ID = doc.ID
	if fp.ID == "" {
		fp.ID = "text:" + strconv.FormatUint(xxhash.Sum64String(strings.Join(all, " ")), 16)
	}
	fp.Doc = KeyOf("d", fp.ID)
	if sig := signature(all); sig != nil {
		fp.Signature = sig
		fp.Bands = make([]Key, lshBands)
		var b strings.Builder
		for i := range lshBands {
			b.Reset()
			for _, v := range sig[i*lshRows : (i+1)*lshRows] {
				b.WriteString(strconv.FormatUint(uint64(v), 36))
				b.WriteByte(' ')
			}
			fp.Bands[i] = KeyOf("b", strconv.Itoa(i), b.String())
		}
	}
	return fp, paraIdx
}

// signature returns the MinHash signature of the word 5-shingles of words, or nil when there
// are too few shingles to compare.
func signature(words []string) []uint32 {
	n := len(words) - docShingle + 1
	if n < minShingles {
		return nil
	}
	mins := make([]uint64, sigLen)
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	var d xxhash.Digest
	for i := 0; i < n; i++ {
		d.Reset()
		for _, w := range words[i : i+docShingle] {
			_, _ = d.WriteString(w)
			_, _ = d.WriteString(" ")
		}
		x := d.Sum64()
		for j := range mins {
			v := (x ^ hashCoeffs[j][1]) * hashCoeffs[j][0]
			if v ^= v >> 29; v < mins[j] {
				mins[j] = v
			}
		}
	}
	sig := make([]uint32, sigLen)
	for i, m := range mins {
		sig[i] = uint32(m >> 32)
	}
	return sig
}

// similarity estimates the Jaccard similarity of two documents from their signatures.
func similarity(a, b []uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// wordsOf returns the normalized words of s, as the within-document Detector compares them.
func wordsOf(s string) []string {
	t := tokenPool.Get().(*tokens)
	defer func() {
		t.reset()
		tokenPool.Put(t)
	}()
	t.read([]Unit{{Text: s}}, false)
	out := make([]string, len(t.fl))
	for i := range t.fl {
		out[i] = string(t.wordBytes(i))
	}
	return out
}

func sortTogether(idx, n []int) {
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && idx[j] < idx[j-1]; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
			n[j], n[j-1] = n[j-1], n[j]
		}
	}
}
