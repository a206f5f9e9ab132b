using System.ComponentModel.DataAnnotations;
namespace Bot.Protocol.Authentication;

/// <summary>Inbound authentication settings, bound from the <c>Bot</c> configuration section.</summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The bot's Entra app id: the audience every channel token must carry. Empty only for local emulators.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// The bot's own Entra tenant. Entra-issued channel tokens from this tenant are accepted besides those of the
    /// Bot Service's tenants, but only from the bot itself or from <see cref="OwnTenantCallers"/>; empty accepts
    /// only the Bot Service's.
    /// </summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// App ids (client ids) that may call the bot with a token of its own tenant, besides the bot's own app id.
    /// Any app or managed identity in the tenant can get a token for the bot's app id, so without this list only
    /// the bot itself can. Checked against the token's <c>azp</c> (v2) or <c>appid</c> (v1); no wildcard.
    /// </summary>
    public string[] OwnTenantCallers { get; set; } = [];

    /// <summary>OpenID metadata of the Bot Framework channel token issuer (public cloud by default).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The issuer Bot Framework channel tokens must carry.</summary>
    public string ValidIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// OpenID metadata whose keys sign Entra-issued channel tokens: the multi-tenant <c>common</c> v2 endpoint,
    /// since the tokens come from the Bot Service's tenants as well as the bot's own.
    /// </summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>How long fetched signing keys are trusted before they are fetched again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Bot:SigningKeysLifetime must be between 1 minute and 7 days.")]
    public TimeSpan SigningKeysLifetime { get; set; } = TimeSpan.FromHours(24);
}
