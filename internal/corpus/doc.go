// Package corpus builds newsclean's labelled multilingual evaluation corpus and scores a cleaner
// on it.
//
// # Sources
//
// The corpus is generated from text the project wrote, in testdata/corpus/src/<lang>/:
//
//   - news.txt: one news paragraph per line;
//   - spam.txt: "kind<TAB>line", one injected line per row (promo, crypto, cta, cookie, …);
//   - tricky.txt: legitimate paragraphs that look promotional (crypto news, a quoted "click
//     here", an all-capitals lead), one per line;
//   - faq.txt: "Question?<TAB>Answer" lines, blocks separated by blank lines;
//   - headings.txt (optional): titles and subheadings, one per line, put at the top of and
//     inside clean and tricky documents.
//
// Languages with all four files get every document kind; languages with only news.txt get
// "lang" documents, which measure language detection.
//
// # Documents
//
// Generate is deterministic: a fixed seed, a private random generator and a stable order, so
// the committed files testdata/corpus/<lang>.jsonl can be checked against a fresh run (the
// package test does). Regenerate them with go generate ./internal/corpus (or
// go run ./cmd/newsclean-corpus from the repository root) after editing a source file. Each document has the shape of ../shared/realworld/eval_docs.jsonl, so
// the realworld score.py can score it too:
//
//	{"id", "kind", "lang", "text", "labels": {"spam", "keep", "repeats", "original", …}}
//
// The kinds are clean, tricky, spam (own-line injected lines), spamin (lines glued to a
// paragraph with one space), faq (each answer repeated as the first sentence of the next
// question's paragraph), anchor (a sentence repeated with words dropped and a space left
// before its full stop), offlang (one paragraph from another language's news.txt), quote (a
// paragraph quoting a sentence in another language: nothing may go), numvar (a sentence
// repeated later with a number changed: a different fact, nothing may go) and lang.
//
// # Scoring
//
// Evaluate runs a cleaner over the documents and counts, per language, the same things as
// score.py, with the same rules: text is normalized (NFC, lower case, runs of non-word
// characters folded to one space); an injected line counts as gone when no 4-word window of
// it is left; a kept sentence of 20 or more characters must appear in the output.
package corpus

//go:generate go run ../../cmd/newsclean-corpus -src ../../testdata/corpus/src -out ../../testdata/corpus
