// Creates the Article nodes of a batch of documents with their metadata and cleaned text.
// An article is its cleaned text: the loader skips texts already loaded and gives an article whose id
// another text holds an id of its own, so this never meets an existing id. Should it (two loads at
// once), the uniqueness constraint on Article.id fails the transaction: an article is never overwritten.
// Parameters: $articles, a list of {id, title, published (ISO date or null), source, path,
// sha256 (of the cleaned text), text (the cleaned text)}.
UNWIND $articles AS row
CREATE (a:Article {id: row.id})
SET a.title = row.title,
    a.published = row.published,
    a.source = row.source,
    a.path = row.path,
    a.sha256 = row.sha256,
    a.text = row.text
