using Bot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// The authenticator as the host builds it (configuration keys, DI, the named metadata client with no test handler),
/// pointed at a <see cref="LocalTokenAuthority"/> over real HTTP, on a fake clock, with its logs recorded.
/// </summary>
public sealed class AuthenticatorUnderTest : IAsyncDisposable
{
    public const string OwnTenant = "7a3c2d1e-0000-4000-8000-00000000aaaa";

    private readonly ServiceProvider _services;

    private AuthenticatorUnderTest(LocalTokenAuthority authority, string? ownTenant, string[] ownTenantCallers)
    {
        Authority = authority;
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = LocalTokenAuthority.AppId,
            ["MicrosoftAppTenantId"] = ownTenant,
            ["OpenIdMetadataUrl"] = authority.BotFrameworkMetadataUrl.AbsoluteUri,
            ["EntraOpenIdMetadataUrl"] = authority.EntraMetadataUrl.AbsoluteUri,
        };
        for (var i = 0; i < ownTenantCallers.Length; i++)
        {
            settings[$"OwnTenantCallers:{i}"] = ownTenantCallers[i];
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotInboundAuthentication(config);
        _services = services.BuildServiceProvider();
        Authenticator = _services.GetRequiredService<IInboundAuthenticator>();
    }

    public LocalTokenAuthority Authority { get; }

    public IInboundAuthenticator Authenticator { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public RecordedLogs Logs { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>
    /// Starts a local authority and an authenticator that trusts it; the bot's own tenant is <see cref="OwnTenant"/>
    /// and no other app may call from it, unless told.
    /// </summary>
    public static async Task<AuthenticatorUnderTest> StartAsync(string? ownTenant = OwnTenant, string[]? ownTenantCallers = null) =>
        new(await LocalTokenAuthority.StartAsync(), ownTenant, ownTenantCallers ?? []);

    public Task<InboundAuthenticationResult> AuthenticateAsync(string token, string channelId = "msteams", string serviceUrl = LocalTokenAuthority.ServiceUrl) =>
        Authenticator.AuthenticateAsync("Bearer " + token, channelId, serviceUrl, default);

    /// <summary>A fresh Bot Framework token from the authority, valid now.</summary>
    public string BotFrameworkToken() => Authority.Mint(Now);

    /// <summary>A fresh Entra token from a Bot Service tenant, valid now.</summary>
    public string EntraToken() => Authority.Mint(Now, ChannelIssuerNames.V2(ChannelIssuerNames.BotServiceTenant), ChannelIssuerNames.BotServiceTenant);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Authority.DisposeAsync();
    }
}

/// <summary>The issuer forms of Entra ID, spelled out in the tests rather than taken from the code under test.</summary>
public static class ChannelIssuerNames
{
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public static readonly string[] BotServiceTenants = [BotServiceTenant, "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8"];

    public static string V1(string tenant) => $"https://sts.windows.net/{tenant}/";

    public static string V2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";
}
