package dedupe

import (
	"context"
	"slices"
	"sync"
)

// Default bounds of a MemoryStore.
const (
	DefaultMaxEntries = 1 << 20
	DefaultMaxBytes   = 256 << 20
)

// Limits of what one entry remembers.
const (
	bandDocs      = 8  // documents remembered per LSH band
	maxCandidates = 16 // candidate documents returned per Observe
)

// entryOverhead is the bytes an entry costs besides its payload: the map slot, the list links
// and the slice headers, rounded up.
const entryOverhead = 120

type entryKind uint8

const (
	kindPara entryKind = iota
	kindBand
	kindDoc
)

type memKey struct {
	kind entryKind
	key  Key
}

type entry struct {
	k          memKey
	prev, next *entry
	docs       []Key // kindPara: distinct documents; kindBand: documents, oldest first
	id         string
	sig        []uint32 // kindDoc
}

func (e *entry) size() int {
	return entryOverhead + 16*cap(e.docs) + len(e.id) + 4*cap(e.sig)
}

// MemoryStore is a Store in process memory, bounded by a number of entries and a number of
// bytes: when either is exceeded the least recently used entries go. An entry is one
// paragraph, one LSH band or one document record. It is safe for concurrent use; Observe
// calls are serialized, so a sequence of documents gives the same results every time.
type MemoryStore struct {
	mu         sync.Mutex
	m          map[memKey]*entry
	head       entry // sentinel: head.next is the most recently used
	maxEntries int
	maxBytes   int
	bytes      int
}

// NewMemoryStore returns an empty MemoryStore holding at most maxEntries entries and about
// maxBytes bytes; zero or less means DefaultMaxEntries or DefaultMaxBytes.
func NewMemoryStore(maxEntries, maxBytes int) *MemoryStore {
	if maxEntries <= 0 {
		maxEntries = DefaultMaxEntries
	}
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	s := &MemoryStore{m: map[memKey]*entry{}, maxEntries: maxEntries, maxBytes: maxBytes}
	s.head.next, s.head.prev = &s.head, &s.head
	return s
}

// Len returns the number of entries and the bytes they are accounted for.
func (s *MemoryStore) Len() (entries, bytes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m), s.bytes
}

// Observe implements Store. It never fails.
func (s *MemoryStore) Observe(_ context.Context, fp *Fingerprint) (Seen, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := Seen{Docs: make([]int, len(fp.Paragraphs))}
	capDocs := max(fp.Cap, 1)
	for i, k := range fp.Paragraphs {
		e := s.get(memKey{kindPara, k})
		n := len(e.docs)
		if slices.Contains(e.docs, fp.Doc) {
			n--
		} else if len(e.docs) < capDocs {
			s.grow(e, func() { e.docs = append(e.docs, fp.Doc) })
		}
		seen.Docs[i] = n
	}
	var got []Key
	for _, k := range fp.Bands {
		e := s.get(memKey{kindBand, k})
		present := false
		for _, d := range e.docs {
			if d == fp.Doc {
				present = true
				continue
			}
			if len(seen.Candidates) >= maxCandidates || slices.Contains(got, d) {
				continue
			}
			got = append(got, d)
			if r, ok := s.m[memKey{kindDoc, d}]; ok {
				s.touch(r)
				seen.Candidates = append(seen.Candidates, Candidate{ID: r.id, Signature: slices.Clone(r.sig)})
			}
		}
		if !present {
			s.grow(e, func() {
				if len(e.docs) >= bandDocs {
					e.docs = append(e.docs[:0], e.docs[1:]...)
				}
				e.docs = append(e.docs, fp.Doc)
			})
		}
	}
	if len(fp.Bands) > 0 {
		e := s.get(memKey{kindDoc, fp.Doc})
		s.grow(e, func() { e.id, e.sig = fp.ID, slices.Clone(fp.Signature) })
	}
	s.evict()
	return seen, nil
}

// get returns the entry for k, created if absent, as the most recently used.
func (s *MemoryStore) get(k memKey) *entry {
	if e, ok := s.m[k]; ok {
		s.touch(e)
		return e
	}
	e := &entry{k: k}
	s.m[k] = e
	s.bytes += e.size()
	s.link(e)
	return e
}

// grow runs change on e and accounts for the change in e's size.
func (s *MemoryStore) grow(e *entry, change func()) {
	before := e.size()
	change()
	s.bytes += e.size() - before
}

func (s *MemoryStore) touch(e *entry) {
	e.prev.next, e.next.prev = e.next, e.prev
	s.link(e)
}

func (s *MemoryStore) link(e *entry) {
	e.prev, e.next = &s.head, s.head.next
	s.head.next.prev = e
	s.head.next = e
}

// evict drops least recently used entries until both bounds hold. The entries the current
// Observe touched are the most recent, so they go last.
func (s *MemoryStore) evict() {
	for len(s.m) > s.maxEntries || s.bytes > s.maxBytes {
		e := s.head.prev
		if e == &s.head {
			return
		}
		e.prev.next, e.next.prev = e.next, e.prev
		delete(s.m, e.k)
		s.bytes -= e.size()
	}
}
