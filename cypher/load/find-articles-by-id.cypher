// Which of these Article ids are taken already? The loader gives an article whose id another text
// holds an id of its own (see create-article).
// Parameters: $ids, a list of Article ids (the candidates for one batch of articles).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
