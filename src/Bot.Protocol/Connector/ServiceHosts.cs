using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Protocol.Connector;

/// <summary>
/// Which service URLs may receive the bot's token. A service URL comes from an activity, so a forged or misrouted one
/// would hand the token to whoever runs that host: only the Bot Connector's hosts (<see cref="Defaults"/>, plus
/// <see cref="ConnectorOptions.AdditionalServiceHosts"/> for a sovereign cloud) are called, over https. Loopback
/// (the Agents Playground, local tests) is allowed in Development only, or when a loopback host is listed.
/// </summary>
public sealed class ServiceHosts
{
    /// <summary>The public and US government Teams connector hosts; <c>*.</c> matches any subdomain.</summary>
    public static readonly IReadOnlyList<string> Defaults = ["*.botframework.com", "smba.trafficmanager.net", "*.teams.microsoft.com", "*.teams.microsoft.us"];

    private readonly string[] _patterns;
    private readonly bool _loopback;

    /// <summary>Creates the list from the options; loopback is allowed when the host runs in Development.</summary>
    public ServiceHosts(IOptions<ConnectorOptions> options, IHostEnvironment? environment = null)
    {
        _patterns = [.. Defaults, .. options.Value.AdditionalServiceHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim())];
        _loopback = environment?.IsDevelopment() == true;
    }

    /// <summary>Why the URL may not be called; null when it may.</summary>
    public string? Refusal(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            return "not an absolute http(s) URL";
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "it carries user information";
        }

        var host = url.IdnHost;
        var listed = _patterns.Any(p => Matches(p, host));
        if (url.IsLoopback)
        {
            return _loopback || listed ? null : $"the loopback host {host} is allowed in Development only";
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "only https is allowed outside loopback";
        }

        return listed ? null : $"the host {host} is not a Bot Connector host (Bot:AdditionalServiceHosts extends the list)";
    }

    private static bool Matches(string pattern, string host) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
}
