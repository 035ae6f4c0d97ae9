package dedupe

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"errors"

	"github.com/cespare/xxhash/v2"
)

// ErrUnavailable is wrapped by the errors of a Store that could not be reached in time: the
// caller keeps what it could not check.
var ErrUnavailable = errors.New("dedupe: store unavailable")

// Key is a 128-bit fingerprint: two xxhash digests of the same bytes with different seeds.
// Keys of paragraphs, LSH bands and documents are Keys, so a false match needs a 128-bit
// collision.
type Key [2]uint64

const seed2 = 0x9e3779b97f4a7c15

// KeyOf returns the Key of the parts, each followed by a zero byte.
func KeyOf(parts ...string) Key {
	a, b := xxhash.New(), xxhash.NewWithSeed(seed2)
	for _, p := range parts {
		_, _ = a.WriteString(p)
		_, _ = a.Write([]byte{0})
		_, _ = b.WriteString(p)
		_, _ = b.Write([]byte{0})
	}
	return Key{a.Sum64(), b.Sum64()}
}

// String returns the key as 32 hexadecimal digits.
func (k Key) String() string {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], k[0])
	binary.BigEndian.PutUint64(b[8:], k[1])
	return hex.EncodeToString(b[:])
}

// Fingerprint is what one document shows a Store: the keys of its paragraphs (already scoped
// to its site) and of its MinHash bands, and what to remember about it.
type Fingerprint struct {
	Doc        Key      // the document's identity
	ID         string   // the id reported when a later document copies this one
	Paragraphs []Key    // distinct paragraph keys
	Bands      []Key    // LSH band keys; empty when the document is too short to compare
	Signature  []uint32 // MinHash signature, remembered with ID when Bands is not empty
	// Cap is how many distinct documents a Store needs to remember per paragraph: counts
	// are only compared with a threshold below it.
	Cap int
}

// Seen is what a Store knew before it recorded a Fingerprint.
type Seen struct {
	// Docs[i] is the number of other documents recorded with Paragraphs[i], at most Cap.
	Docs []int
	// Candidates are earlier documents that share at least one band, in band order.
	Candidates []Candidate
}

// Candidate is an earlier document that may be a near-copy.
type Candidate struct {
	ID        string
	Signature []uint32
}

// Store remembers fingerprints of earlier documents. Observe reports what was known about
// fp's paragraphs and bands and records fp, as one atomic step: two documents observed at the
// same time each see the other or not, never half of it. Implementations are safe for
// concurrent use; errors that mean "not reachable in time" wrap ErrUnavailable.
type Store interface {
	Observe(ctx context.Context, fp *Fingerprint) (Seen, error)
}

// AppendRecord appends the stored form of a document record (id, then the signature) to b;
// stores that keep bytes use it with ParseRecord.
func AppendRecord(b []byte, id string, sig []uint32) []byte {
	b = binary.AppendUvarint(b, uint64(len(id)))
	b = append(b, id...)
	for _, v := range sig {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// ParseRecord parses what AppendRecord wrote.
func ParseRecord(b []byte) (Candidate, error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n || (uint64(len(b)-k)-n)%4 != 0 {
		return Candidate{}, errors.New("dedupe: malformed document record")
	}
	c := Candidate{ID: string(b[k : k+int(n)])}
	rest := b[k+int(n):]
	c.Signature = make([]uint32, len(rest)/4)
	for i := range c.Signature {
		c.Signature[i] = binary.LittleEndian.Uint32(rest[4*i:])
	}
	return c, nil
}
