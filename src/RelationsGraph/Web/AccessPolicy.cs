using System.Security.Cryptography;
using System.Text;

namespace RelationsGraph.Web;

/// <summary>
/// Who may load articles and use the console. On loopback anyone who can reach the port may;
/// bound beyond it, a request must carry the configured token (header X-RelationsGraph-Token or
/// Authorization: Bearer), and without a configured token those features stay off.
/// </summary>
internal sealed class AccessPolicy(ExplorerSettings settings)
{
    public const string TokenHeader = "X-RelationsGraph-Token";

    public bool TokenRequired => !settings.IsLoopbackOnly;

    public bool FeaturesDisabled => TokenRequired && string.IsNullOrEmpty(settings.Token);

    /// <summary>What the server prints at start-up about access.</summary>
    public string Describe() => !TokenRequired
        ? "bound to loopback only: no login needed."
        : FeaturesDisabled
            ? $"bound beyond loopback and no token set: loading articles and the console are disabled (set {ExplorerSettings.TokenVariable} or --token)."
            : $"bound beyond loopback: loading articles and the console require the token (header {TokenHeader}).";

    public bool Allows(HttpRequest request)
    {
        if (!TokenRequired) return true;
        if (FeaturesDisabled) return false;
        var given = request.Headers[TokenHeader].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (given.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            given = authorization["Bearer ".Length..].Trim();
        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(settings.Token!));
    }
}

/// <summary>Endpoint filter guarding the features that change the graph or run arbitrary queries.</summary>
internal sealed class RequireTokenFilter(AccessPolicy policy) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (policy.Allows(context.HttpContext.Request)) return next(context);
        var detail = policy.FeaturesDisabled
            ? $"This server is bound beyond loopback without a token; set {ExplorerSettings.TokenVariable} to enable this feature."
            : $"This server is bound beyond loopback: send the access token in the {AccessPolicy.TokenHeader} header.";
        return ValueTask.FromResult<object?>(Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Token required"));
    }
}
