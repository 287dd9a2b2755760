using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace RelationsGraph.Web;

/// <summary>
/// The Host names the server answers to (ASP.NET Core host filtering; other names get 400). A page
/// that rebinds its own name to 127.0.0.1 (DNS rebinding) still sends its own name, so it is refused.
/// Loopback names are always allowed; then the configured names (--allowed-hosts or the standard
/// AllowedHosts setting; "*" allows any), else the bound addresses, or for a wildcard binding
/// (0.0.0.0, [::], *) this machine's name and addresses.
/// </summary>
internal static class AllowedHostNames
{
    public static readonly IReadOnlyList<string> Loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static IReadOnlyList<string> For(ExplorerSettings settings, string? configured)
    {
        var names = new List<string>(Loopback);
        var given = settings.AllowedHosts ?? Split(configured);
        names.AddRange(given.Count > 0 ? given : Bound(settings.Urls));
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> Bound(string urls)
    {
        foreach (var url in Split(urls))
        {
            var host = HostOf(url);
            if (host is "*" or "+" or "0.0.0.0" or "[::]" or "")
            {
                foreach (var name in ThisMachine()) yield return name;
            }
            else
            {
                yield return host;
            }
        }
    }

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        return rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':')[0];
    }

    private static IEnumerable<string> ThisMachine()
    {
        var names = new List<string>();
        try
        {
            names.Add(Dns.GetHostName());
            foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
            foreach (var unicast in nic.GetIPProperties().UnicastAddresses)
            {
                var address = unicast.Address;
                if (address.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    address.ScopeId = 0;
                    names.Add($"[{address}]");
                }
                else
                {
                    names.Add(address.ToString());
                }
            }
        }
        catch (NetworkInformationException) { /* no interfaces to list: loopback and the host name remain */ }
        catch (SocketException) { }
        return names;
    }
}
