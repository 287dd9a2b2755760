// Which of these cleaned-text digests belong to an article loaded already? The loader skips
// those articles, which is what makes loading the same article twice change nothing.
// Parameters: $sha256s, a list of hex strings (one batch of articles).
UNWIND $sha256s AS sha256
MATCH (a:Article {sha256: sha256})
RETURN DISTINCT a.sha256 AS sha256
