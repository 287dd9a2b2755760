using System.Net.Http.Headers;
using System.Text;

namespace RelationsGraph.Loading.Database.Neo4j;

/// <summary>Where Neo4j's HTTP server is and how to log in: the addresses of the Query API derive from it.</summary>
public sealed record Neo4jConnection(Uri BaseUri, string User, string? Password, string Database)
{
    public Uri QueryUri => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2");

    public Uri BeginTransactionUri => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx");

    public Uri TransactionUri(string id) => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx/{Uri.EscapeDataString(id)}");

    public Uri CommitUri(string id) => Combine($"db/{Uri.EscapeDataString(Database)}/query/v2/tx/{Uri.EscapeDataString(id)}/commit");

    public AuthenticationHeaderValue? Authorization => Password is null
        ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));

    private Uri Combine(string relative)
    {
        var root = BaseUri.AbsoluteUri.EndsWith('/') ? BaseUri : new Uri(BaseUri.AbsoluteUri + "/");
        return new Uri(root, relative);
    }
}
