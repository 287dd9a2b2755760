// Is an article with this cleaned-text digest loaded already? The loader skips it if so,
// which is what makes loading the same article twice change nothing.
// Parameters: $sha256 (hex string).
MATCH (a:Article {sha256: $sha256})
RETURN a.id AS id
LIMIT 1
