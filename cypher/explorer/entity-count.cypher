// How many entities (articles left out) the graph holds: above the view budget, the opening view
// is an overview of the best-connected ones.
MATCH (n)
WHERE NOT n:Article
RETURN count(n) AS entities
