using System.Security.Cryptography;
using System.Text;

namespace RelationsGraph.Web.QueryApi;

/// <summary>
/// Who may use the served Query API. With a password configured: Basic auth as user neo4j, or the
/// explorer's access token as a Bearer token. Without one it follows the explorer's AccessPolicy:
/// open on loopback, the token beyond it.
/// </summary>
internal sealed class QueryApiAccess(ExplorerSettings settings, AccessPolicy policy)
{
    public const string User = "neo4j";

    public bool Allows(HttpRequest request)
    {
        if (settings.QueryApiPassword is not { Length: > 0 } password) return policy.Allows(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            string decoded;
            try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim())); }
            catch (FormatException) { return false; }
            return Same(decoded, $"{User}:{password}");
        }
        return !string.IsNullOrEmpty(settings.Token) && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && Same(authorization["Bearer ".Length..].Trim(), settings.Token);
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
