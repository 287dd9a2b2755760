// Merges the Article node of one document and (re)sets its metadata and cleaned text.
// Parameters: $article (id), $title, $published (ISO date or null), $source, $path,
// $sha256 (of the cleaned text), $text (the cleaned text).
MERGE (a:Article {id: $article})
SET a.title = $title,
    a.published = $published,
    a.source = $source,
    a.path = $path,
    a.sha256 = $sha256,
    a.text = $text
