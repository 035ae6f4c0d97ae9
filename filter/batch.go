package filter

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// Doc is one document of a batch: its text, and where it came from. ID and URL are not needed
// to clean the text; a cross-document store uses them (the URL's host as the site scope, the ID
// to name an earlier copy), and CleanAll hands them back with each Result.
type Doc struct {
	ID   string `json:"id,omitempty"`
	URL  string `json:"url,omitempty"`
	Text string `json:"text"`
	// Scope names the document's site for the store's boilerplate check; empty means the
	// host of URL (see WithScopeFromURL).
	Scope string `json:"scope,omitempty"`
}

// CleanDoc cleans one document. Without a cross-document store it is f.Clean(d.Text).
func (f *Filter) CleanDoc(d Doc) Result {
	return f.cleanDoc(d) // filter.go
}

// CleanAll cleans a stream of documents with the given number of workers and yields each
// document with its Result in input order. workers < 1 means runtime.GOMAXPROCS(0); with one
// worker the documents are cleaned one by one on the caller's goroutine.
//
// At most a few documents per worker are read ahead of the one being yielded, so memory stays
// bounded however long the stream. The sequence ends early when ctx is done (check ctx.Err()
// after the loop) or when the loop breaks; in both cases no document is cleaned after CleanAll
// returns. See CleanEach for documents of your own type.
func (f *Filter) CleanAll(ctx context.Context, docs iter.Seq[Doc], workers int) iter.Seq2[Doc, Result] {
	return CleanEach(ctx, f, docs, func(d Doc) Doc { return d }, workers)
}

// CleanEach is CleanAll for items of any type: doc tells which Doc an item stands for, and each
// item is yielded back with its Result, in input order. It suits a scraper's own article type:
//
//	for a, res := range filter.CleanEach(ctx, f, articles, toDoc, 8) { … }
//
// items is read on a goroutine of its own (with more than one worker), and doc is called on
// that goroutine; the loop body runs on the caller's goroutine. When the sequence ends early,
// the goroutine reading items stops at its next item; the workers have stopped by the time
// CleanEach returns.
//
// With a cross-document store the result of a document depends on which documents reached
// the store before it; with more than one worker that order is not fixed. Use one worker
// where that must be reproducible.
func CleanEach[T any](ctx context.Context, f *Filter, items iter.Seq[T], doc func(T) Doc, workers int) iter.Seq2[T, Result] {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers == 1 {
		return func(yield func(T, Result) bool) {
			for it := range items {
				if ctx.Err() != nil {
					return
				}
				res := f.CleanDoc(doc(it))
				if ctx.Err() != nil || !yield(it, res) {
					return
				}
			}
		}
	}
	return func(yield func(T, Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		b := batch[T]{
			window: make(chan struct{}, 2*workers),
			jobs:   make(chan *slot[T], 2*workers),
			order:  make(chan *slot[T], 2*workers+1), // +1 for the closing nil
		}
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() { b.work(ctx, f) })
		}
		// Cancel first, then wait: a worker busy with a document finishes it, the others leave.
		defer wg.Wait()
		defer cancel()
		go b.read(ctx, items, doc)
		for {
			var s *slot[T]
			select {
			case <-ctx.Done():
				return
			case s = <-b.order:
			}
			if s == nil {
				return // every item was yielded
			}
			var res Result
			select {
			case <-ctx.Done():
				return
			case res = <-s.res:
			}
			// select picks at random among ready cases: look at the context once more so
			// nothing is yielded after a cancel.
			if ctx.Err() != nil || !yield(s.item, res) {
				return
			}
			<-b.window
		}
	}
}

// batch is the plumbing of one CleanEach run. The reader takes a place in window for each item
// and queues the item's slot twice: in order, for the caller, and in jobs, for the workers. The
// caller gives the place back once it has yielded the slot's result.
type batch[T any] struct {
	window chan struct{}
	jobs   chan *slot[T]
	order  chan *slot[T] // nil after the last item
}

type slot[T any] struct {
	item T
	doc  Doc
	res  chan Result // buffered: a worker never waits for the caller
}

func (b *batch[T]) read(ctx context.Context, items iter.Seq[T], doc func(T) Doc) {
	defer close(b.jobs)
	for it := range items {
		select {
		case <-ctx.Done():
			return
		case b.window <- struct{}{}:
		}
		s := &slot[T]{item: it, doc: doc(it), res: make(chan Result, 1)}
		// Both channels have room for every slot the window lets through.
		b.order <- s
		b.jobs <- s
	}
	b.order <- nil
}

func (b *batch[T]) work(ctx context.Context, f *Filter) {
	for {
		select {
		case <-ctx.Done():
			return
		case s, ok := <-b.jobs:
			if !ok || ctx.Err() != nil {
				return
			}
			s.res <- f.CleanDoc(s.doc)
		}
	}
}
