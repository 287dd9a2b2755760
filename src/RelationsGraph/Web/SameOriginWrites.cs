namespace RelationsGraph.Web;

/// <summary>
/// Middleware that refuses state-changing requests (every method but GET, HEAD, OPTIONS, TRACE)
/// that a browser sends on behalf of a page of another origin: a no-cors form POST from any web page
/// reaches a loopback server too, and CORS does not stop it from arriving. Applies to every endpoint,
/// present and future, so new write endpoints need nothing of their own.
/// <list type="bullet">
/// <item>Sec-Fetch-Site, when sent, must be "same-origin" (or "none": the user's own action).
/// "same-site" is refused too: another port on this machine is the same site.</item>
/// <item>Origin, when sent, must be the server's own: the Host the request names (checked by host
/// filtering), the port too when the Host carries one. "null" (sandboxed frames, file: pages) is refused.</item>
/// <item>With neither header the client is not a browser (curl, scripts, the tests): accepted, since a
/// browser sends Origin on every POST. Old browsers that send neither are not protected.</item>
/// </list>
/// </summary>
internal static class SameOriginWrites
{
    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Refusal(context.Request) is { } reason)
        {
            await Results.Problem(reason + " This server accepts changes only from its own page.",
                statusCode: StatusCodes.Status403Forbidden, title: "Cross-origin request refused").ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    public static string? Refusal(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ||
            HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            return null;

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return $"The request came from a page of another origin (Sec-Fetch-Site: {site}).";

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(origin, request))
            return $"The request came from a page of another origin ({origin}).";
        return null;
    }

    private static bool IsOwnOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var host = request.Host;
        if (!host.HasValue || !string.Equals(uri.Host.Trim('[', ']'), host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)) return false;
        // Browsers name the port in Host unless it is the scheme's default. The scheme itself is not
        // compared: behind a proxy that ends TLS the page is https while Kestrel sees http.
        return host.Port is { } port ? uri.Port == port : uri.IsDefaultPort;
    }
}
