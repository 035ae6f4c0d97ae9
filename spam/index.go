package spam

import (
	"math/bits"
	"slices"
)

// candidateIndex maps a key (a word's hash, two words' hashes, a prefix) to the phrases that
// may start there. It is a flat table, open addressing with linear probing, built once in New:
// a lookup reads one slot, next to the others it probes, and then one list, where a map would
// read a directory, a group's control word and a slice header before the list.
type candidateIndex struct {
	slots []indexSlot
	cands []candidate // the lists, back to back
	shift uint        // 64 - log2(len(slots))
}

// indexSlot holds a key and its list cands[from:to]; to == 0 marks an empty slot (no list
// is empty).
type indexSlot struct {
	key      uint64
	from, to uint32
}

// newCandidateIndex freezes m into a table at most half full. The lists keep their order (the
// order of the rules); the keys are placed in sorted order, so that the table is the same from
// run to run.
func newCandidateIndex(m map[uint64][]candidate) candidateIndex {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	x := candidateIndex{slots: make([]indexSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		from := uint32(len(x.cands))
		x.cands = append(x.cands, m[k]...)
		i := x.slot(k)
		for x.slots[i].to != 0 {
			i = (i + 1) & (len(x.slots) - 1)
		}
		x.slots[i] = indexSlot{key: k, from: from, to: uint32(len(x.cands))}
	}
	return x
}

// slot returns the first slot a key probes.
func (x *candidateIndex) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> x.shift) }

// get returns the list of k, or nil.
func (x *candidateIndex) get(k uint64) []candidate {
	if len(x.slots) == 0 {
		return nil
	}
	for i := x.slot(k); ; i = (i + 1) & (len(x.slots) - 1) {
		s := &x.slots[i]
		if s.to == 0 {
			return nil
		}
		if s.key == k {
			return x.cands[s.from:s.to]
		}
	}
}
