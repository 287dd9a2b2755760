// Trace an agreement: who signed it, which countries are party to it, which meetings produced
// it, what reaffirms it and what it reaffirms.
// Parameters: $id (the Agreement's id key).
MATCH (a:Agreement {id: $id})
OPTIONAL MATCH (signer:Person)-[:SIGNED]->(a)
WITH a, collect(DISTINCT signer) AS signers
OPTIONAL MATCH (party:Country)-[:PARTY_TO]->(a)
WITH a, signers, collect(DISTINCT party) AS parties
OPTIONAL MATCH (meeting:Meeting)-[:PRODUCED]->(a)
WITH a, signers, parties, collect(DISTINCT meeting) AS producedAt
OPTIONAL MATCH (later)-[:REAFFIRMS]->(a)
WITH a, signers, parties, producedAt, collect(DISTINCT later) AS reaffirmedBy
OPTIONAL MATCH (a)-[:REAFFIRMS]->(earlier:Agreement)
RETURN a AS agreement, signers, parties, producedAt, reaffirmedBy, collect(DISTINCT earlier) AS reaffirms
