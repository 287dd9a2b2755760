// Merges the Article nodes of a batch of documents and (re)sets their metadata and cleaned text.
// Parameters: $articles, a list of {id, title, published (ISO date or null), source, path,
// sha256 (of the cleaned text), text (the cleaned text)}.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.published = row.published,
    a.source = row.source,
    a.path = row.path,
    a.sha256 = row.sha256,
    a.text = row.text
