package filter

import (
	"context"
	"fmt"
	"math"
	"net/url"
	"strings"

	"github.com/newsclean/newsclean/dedupe"
)

// ReasonDuplicate is the Result.Reason of a document dropped as a near-copy of an earlier one
// (WithDropDuplicates).
const ReasonDuplicate = "duplicate"

// WarnStore starts the warning of a document the cross-document store could not check in
// time: its text is kept as the within-document stages left it.
const WarnStore = "store-unavailable"

// sharedScope is the scope of every document when scopes do not come from URLs.
const sharedScope = "*"

// crossConfig holds the cross-document options; the zero value is "no store".
type crossConfig struct {
	tracker    *dedupe.Tracker
	noURLScope bool // WithScopeFromURL(false): every document in one scope
	drop       bool
}

// WithStore turns cross-document deduplication on, with s remembering what earlier documents
// had (dedupe.NewMemoryStore, or redisstore for a fleet of processes). A paragraph that at
// least K other documents of the same site had is removed (stage "dedupe", reason
// "site-boilerplate"); a document that nearly copies an earlier one gets Result.DuplicateOf
// and Result.Similarity. The options set K (dedupe.WithBoilerplateDocs, default 3), the
// similarity threshold (dedupe.WithSimilarity, default 0.8) and how long a document waits for
// the store (dedupe.WithTimeout, default 50ms). A store that fails or is late costs nothing
// but the check: the text is kept and Result.Warnings says so.
//
// With a store, a result depends on the documents cleaned before it; the same sequence of
// documents through a fresh store gives the same results.
func WithStore(s dedupe.Store, opts ...dedupe.TrackerOption) Option {
	return func(c *config) error {
		t, err := dedupe.NewTracker(s, opts...)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrOption, err)
		}
		c.cross.tracker = t
		return nil
	}
}

// WithScopeFromURL sets where a document's site comes from when Doc.Scope is empty: the host
// of Doc.URL (true, the default; a document without a URL then has no site and no boilerplate
// check), or nowhere (false: all documents are one site).
func WithScopeFromURL(on bool) Option {
	return func(c *config) error {
		c.cross.noURLScope = !on
		return nil
	}
}

// WithDropDuplicates makes a document that nearly copies an earlier one not kept
// (Kept == false, Reason "duplicate"); by default it is only reported.
func WithDropDuplicates(on bool) Option {
	return func(c *config) error {
		c.cross.drop = on
		return nil
	}
}

// crossResult is what the cross-document check adds to a Result.
type crossResult struct {
	duplicateOf string
	similarity  float64
	warning     string
}

// finish adds the cross-document findings to res, after its verdict.
func (x *crossResult) finish(res *Result, drop bool) {
	if x.warning != "" {
		res.Warnings = append(res.Warnings, x.warning)
	}
	if x.duplicateOf == "" {
		return
	}
	res.DuplicateOf, res.Similarity = x.duplicateOf, math.Round(x.similarity*1000)/1000
	if drop && res.Kept {
		res.Kept, res.Reason = false, ReasonDuplicate
	}
}

// scope returns the site of doc: Doc.Scope, else the URL's host without "www.", else "".
func (f *Filter) scope(doc Doc) string {
	if doc.Scope != "" {
		return doc.Scope
	}
	if f.c.cross.noURLScope {
		return sharedScope
	}
	u, err := url.Parse(strings.TrimSpace(doc.URL))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// crossStage checks the document's kept paragraphs against the store; within are the marks the
// within-document check made, not yet applied. It returns the site-boilerplate marks.
func (f *Filter) crossStage(d *document, doc Doc, within []mark, x *crossResult) []mark {
	gone := map[sentRef]bool{}
	for _, m := range within {
		if m.para >= 0 {
			for s := m.from; s < m.to; s++ {
				gone[sentRef{m.para, s}] = true
			}
		}
	}
	var paras []string
	var idx []int
	for pi := range d.paras {
		p := &d.paras[pi]
		var b strings.Builder
		for si, s := range p.sents {
			if p.removed[si] || gone[sentRef{pi, si}] {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.Of(d.input))
		}
		if b.Len() > 0 {
			paras = append(paras, b.String())
			idx = append(idx, pi)
		}
	}
	if len(paras) == 0 {
		return nil
	}
	scope := f.scope(doc)
	rep, err := f.c.cross.tracker.Check(context.Background(), dedupe.Document{ID: doc.ID, Scope: scope, Paragraphs: paras})
	if err != nil {
		x.warning = fmt.Sprintf("%s: %v", WarnStore, err)
		return nil
	}
	x.duplicateOf, x.similarity = rep.DuplicateOf, rep.Similarity
	var ms []mark
	for i, k := range rep.Boilerplate {
		ms = append(ms, d.paragraphMark(idx[k], StageDedupe, dedupe.ReasonBoilerplate,
			fmt.Sprintf("docs=%d", rep.Docs[i]), "scope="+scope))
	}
	return ms
}
