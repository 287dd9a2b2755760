// How many nodes of each label the graph holds (for the legend and the status bar).
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS count
ORDER BY label
