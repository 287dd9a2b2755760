using RelationsGraph.Loading.Database;
using RelationsGraph.Loading.Querying;

namespace RelationsGraph.Loading.Tests.Catalog;

public sealed class GraphDatabaseSettingsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Defaults_to_the_embedded_store_in_data()
    {
        var settings = GraphDatabaseSettings.Resolve(environment: Environment());
        Assert.False(settings.UsesNeo4j);
        Assert.Equal("data", settings.DataDirectory);
    }

    [Fact]
    public void Reads_Neo4j_from_the_environment_unless_a_data_directory_is_given()
    {
        var environment = Environment(("NEO4J_URI", "bolt://db.example:7687"), ("NEO4J_USER", "reader"),
            ("NEO4J_PASSWORD", "pw"), ("NEO4J_DATABASE", "news"));

        var neo4j = GraphDatabaseSettings.Resolve(environment: environment);
        Assert.Equal(new Uri("http://db.example:7474/"), neo4j.Neo4jUri);
        Assert.Equal(("reader", "pw", "news"), (neo4j.Neo4jUser, neo4j.Neo4jPassword, neo4j.Neo4jDatabase));

        var embedded = GraphDatabaseSettings.Resolve(dataDirectory: "/tmp/x", environment: environment);
        Assert.False(embedded.UsesNeo4j);
        Assert.Equal("/tmp/x", embedded.DataDirectory);
    }

    [Fact]
    public void A_bearer_token_from_the_environment_reaches_the_connection()
    {
        var settings = GraphDatabaseSettings.Resolve(environment: name => name switch
        {
            "NEO4J_URI" => "neo4j+s://abcd.databases.neo4j.io",
            "NEO4J_TOKEN" => "sso-token",
            _ => null,
        });

        Assert.Equal("sso-token", settings.Neo4jBearerToken);
        Assert.Equal(new Uri("https://abcd.databases.neo4j.io/"), settings.Neo4jUri);
    }

    [Fact]
    public void Query_parameters_take_Cypher_types_from_their_text()
    {
        var parameters = QueryParameterParser.Parse(["n=42", "x=2.5", "b=true", "z=null", "s='007'", "l=[1,\"a\"]", "name=Lee Jae Myung", "$t=a=b"]);

        Assert.Equal(42L, parameters["n"]);
        Assert.Equal(2.5, parameters["x"]);
        Assert.Equal(true, parameters["b"]);
        Assert.Null(parameters["z"]);
        Assert.Equal("007", parameters["s"]);
        Assert.Equal(new List<object?> { 1L, "a" }, parameters["l"]);
        Assert.Equal("Lee Jae Myung", parameters["name"]);
        Assert.Equal("a=b", parameters["t"]);
        Assert.Throws<FormatException>(() => QueryParameterParser.Parse(["novalue"]));
    }
}
