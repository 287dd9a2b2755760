using System.Net.Http.Headers;
using System.Text;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>
/// Where Neo4j's HTTP server is and how to log in (Basic with user and password, or a Bearer token
/// such as an SSO token, which wins when set): the addresses of the Query API derive from it.
/// </summary>
public sealed record Neo4jConnection(Uri BaseUri, string User, string? Password, string Database)
{
    public string? BearerToken { get; init; }

    /// <summary>Neo4j's discovery document (GET /): its version and where the Query API is.</summary>
    public Uri DiscoveryUri => Combine("");

    public Uri QueryUri => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2");

    public Uri BeginTransactionUri => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx");

    public Uri TransactionUri(string id) => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx/{Uri.EscapeDataString(id)}");

    public Uri CommitUri(string id) => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx/{Uri.EscapeDataString(id)}/commit");

    public AuthenticationHeaderValue? Authorization => BearerToken is { Length: > 0 } token
        ? new AuthenticationHeaderValue("Bearer", token)
        : Password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));

    private Uri Combine(string relative)
    {
        var root = BaseUri.AbsoluteUri.EndsWith('/') ? BaseUri : new Uri(BaseUri.AbsoluteUri + "/");
        return new Uri(root, relative);
    }
}
