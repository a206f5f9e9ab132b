namespace Bot.Protocol.Authentication;

/// <summary>Which key set signs a token, and so which rules apply to it.</summary>
public enum TokenAuthority
{
    /// <summary>The Bot Framework token service (<c>https://api.botframework.com</c>): keys carry endorsements.</summary>
    BotFramework,

    /// <summary>Entra ID, on behalf of the Bot Service or the bot's own tenant: keys from the <c>common</c> v2 metadata.</summary>
    Entra,
}

/// <summary>An issuer the bot accepts channel tokens from.</summary>
/// <param name="Authority">Whose keys sign its tokens.</param>
/// <param name="Tenant">For Entra issuers, the tenant the token's <c>tid</c> must name.</param>
/// <param name="IsOwnTenant">
/// The bot's own tenant, where any app or managed identity can get a token for the bot's app id: its tokens are
/// accepted only from the callers the bot trusts (see <see cref="BotAuthenticationOptions.OwnTenantCallers"/>).
/// </param>
internal sealed record AcceptedIssuer(TokenAuthority Authority, string? Tenant, bool IsOwnTenant = false);

/// <summary>
/// The issuers the Agents SDK accepts on Azure Bot Service's public cloud: the Bot Framework, and Entra ID's v1
/// (<c>sts.windows.net</c>) and v2 (<c>login.microsoftonline.com/…/v2.0</c>) issuers of the Bot Service's tenants
/// and of the bot's own tenant. Any other issuer is refused before a key is fetched for it.
/// </summary>
internal sealed class ChannelIssuers
{
    /// <summary>The tenants Azure Bot Service issues channel tokens from.</summary>
    public static readonly IReadOnlyList<string> BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    private readonly Dictionary<string, AcceptedIssuer> _issuers = new(StringComparer.Ordinal);

    public ChannelIssuers(string botFrameworkIssuer, string? ownTenant)
    {
        _issuers[botFrameworkIssuer] = new AcceptedIssuer(TokenAuthority.BotFramework, null);
        if (!string.IsNullOrWhiteSpace(ownTenant))
        {
            Add(new AcceptedIssuer(TokenAuthority.Entra, ownTenant.Trim(), IsOwnTenant: true));
        }

        // Added last, so a Bot Service tenant stays one even if it were configured as the bot's own.
        foreach (var tenant in BotServiceTenants)
        {
            Add(new AcceptedIssuer(TokenAuthority.Entra, tenant));
        }
    }

    private void Add(AcceptedIssuer entra)
    {
        _issuers[EntraV1(entra.Tenant!)] = entra;
        _issuers[EntraV2(entra.Tenant!)] = entra;
    }

    /// <summary>The v1 token issuer of a tenant.</summary>
    public static string EntraV1(string tenant) => $"https://sts.windows.net/{tenant}/";

    /// <summary>The v2 token issuer of a tenant.</summary>
    public static string EntraV2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>The issuers whose tokens are signed by the given authority's keys.</summary>
    public IEnumerable<string> Of(TokenAuthority authority) =>
        _issuers.Where(i => i.Value.Authority == authority).Select(i => i.Key);

    /// <summary>The accepted issuer the token claims, or null when it claims none the bot accepts.</summary>
    public AcceptedIssuer? Find(string? issuer) => issuer is not null && _issuers.TryGetValue(issuer, out var found) ? found : null;
}
