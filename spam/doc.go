// Package spam scores lines and sentences of scraped article text as injected ads, promos,
// calls to action and site boilerplate: "read also" teasers, newsletter, paywall and cookie
// prompts, share rows, comment widgets, copyright footers, ad labels and the like.
//
// A Scorer combines rule matches (phrases in eight languages, embedded from rules/*.rules, plus
// user rules in the same format: see ParseRules) with shape features (capitals, bullet glyphs,
// links, contact details, menu rows) and, for borderline units, context. The result is a
// Verdict: a score in [0, 1], whether it reaches the threshold, the strongest evidence as a
// stable reason ("cta-phrase", "readalso-phrase", "menu-row", …) and every rule id and feature
// that fired. A sentence glued to a longer paragraph (Glued) needs lexical evidence; shape alone
// never removes it. Lead and Tail find a promo glued to the start or end of a sentence with no
// sentence break between them, so a caller can cut the promo and keep the sentence.
//
// Limits: a unit longer than 64 KiB (a page that lost its line breaks, not a promo line) is
// not scored as a whole. Its verdict is never spam, has no score or evidence, and counts as
// Candidates only what its first and last 8 KiB hold (each taken as a unit of its own), so a
// caller still scores the sentences at its ends. Scoring a unit therefore costs memory for
// at most 64 KiB of it, whatever its length; ordinary paragraphs are far shorter (the
// longest of the labelled corpus and the real-world set is under 2 KiB). A document's
// vocabulary (for context) folds a giant paragraph in pieces cut at spaces, which gives the
// same words.
//
// Scorers are immutable after New and safe for concurrent use; Default is built once per
// process and shared. The package only scores: package filter decides what to remove.
package spam
