using Bot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using static Bot.Protocol.Tests.Authentication.ChannelIssuerNames;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>
/// Any app or managed identity in the bot's own tenant can get a token for the bot's app id; from that tenant only
/// the bot itself and the apps in Bot:OwnTenantCallers may call. The Bot Service's tenants are not affected.
/// </summary>
public sealed class OwnTenantCallerTests
{
    private const string OwnTenant = AuthenticatorUnderTest.OwnTenant;
    private const string ForeignApp = "9e1f0000-0000-4000-8000-00000000cccc";
    private const string ListedApp = "5b2d0000-0000-4000-8000-00000000dddd";
    private const string CallerNotAllowed = "The token is from the bot's own tenant, but its app (azp/appid) is not allowed to call the bot.";

    public static TheoryData<string> OwnTenantIssuers() => [V1(OwnTenant), V2(OwnTenant)];

    [Theory]
    [MemberData(nameof(OwnTenantIssuers))]
    public async Task Authenticate_OwnTenantTokenFromAnotherApp_FailsAndLogsCallerNotAllowed(string issuer)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, OwnTenant, caller: ForeignApp));

        Assert.Equal(CallerNotAllowed, result.FailureReason);
        Assert.Equal("CallerNotAllowed", Assert.Single(bot.Logs.Entries, e => e.EventId == 1101).Values["Rule"]);
    }

    [Theory]
    [MemberData(nameof(OwnTenantIssuers))]
    public async Task Authenticate_OwnTenantTokenWithoutCallerClaim_Fails(string issuer)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenantCallers: [ListedApp]);

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, OwnTenant));

        Assert.Equal(CallerNotAllowed, result.FailureReason);
    }

    [Theory]
    [MemberData(nameof(OwnTenantIssuers))]
    public async Task Authenticate_OwnTenantTokenFromTheBotItself_Succeeds(string issuer)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, OwnTenant, caller: LocalTokenAuthority.AppId));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [MemberData(nameof(OwnTenantIssuers))]
    public async Task Authenticate_OwnTenantTokenFromListedApp_Succeeds(string issuer)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenantCallers: ["0f0f0000-0000-4000-8000-00000000eeee", ListedApp.ToUpperInvariant()]);

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, OwnTenant, caller: ListedApp));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_V2OwnTenantTokenWithListedAppidButForeignAzp_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenantCallers: [ListedApp]);
        var token = bot.Authority.Mint(bot.Now, V2(OwnTenant), OwnTenant, caller: ForeignApp,
            extraClaims: new Dictionary<string, object> { ["appid"] = ListedApp });

        var result = await bot.AuthenticateAsync(token);

        Assert.Equal(CallerNotAllowed, result.FailureReason);
    }

    [Theory]
    [InlineData("d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("f8cdef31-a31e-4b4a-93e4-5f571e91255a")]
    [InlineData("69e9b82d-4842-4902-8d1e-abc5b98a55e8")]
    public async Task Authenticate_BotServiceTokenFromAnyApp_SucceedsWhatever(string tenant)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenantCallers: [ListedApp]);

        Assert.True((await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V1(tenant), tenant, caller: ForeignApp))).Succeeded);
        Assert.True((await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(tenant), tenant, caller: ForeignApp))).Succeeded);
        Assert.True((await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(tenant), tenant))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_BotFrameworkToken_SucceedsWithOwnTenantCallersSet()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenantCallers: [ListedApp]);

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("my-orchestrator")]
    [InlineData("")]
    public void AddBotInboundAuthentication_OwnTenantCallerNotAnAppId_FailsNamingTheKey(string caller)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = LocalTokenAuthority.AppId,
            ["OwnTenantCallers:0"] = caller,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        using var provider = services.AddBotInboundAuthentication(config).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("Bot:OwnTenantCallers", error.Message, StringComparison.Ordinal);
    }
}
