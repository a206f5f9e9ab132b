using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using static Bot.Protocol.Tests.Authentication.ChannelIssuerNames;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>Each accepted issuer, and each forged variant of it, against keys served by a local metadata endpoint.</summary>
public sealed class EntraTokenTests
{
    private const string OwnTenant = AuthenticatorUnderTest.OwnTenant;
    private const string OtherTenant = "0badc0de-0000-4000-8000-00000000bbbb";

    public static TheoryData<string, string> AcceptedEntraIssuers()
    {
        var data = new TheoryData<string, string>();
        foreach (var tenant in BotServiceTenants.Append(OwnTenant))
        {
            data.Add(V1(tenant), tenant);
            data.Add(V2(tenant), tenant);
        }

        return data;
    }

    [Fact]
    public async Task Authenticate_BotFrameworkTokenFromLocalMetadata_Succeeds()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [MemberData(nameof(AcceptedEntraIssuers))]
    public async Task Authenticate_EntraTokenFromAcceptedIssuer_Succeeds(string issuer, string tenant)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        // From its own tenant the bot accepts only itself (and listed apps): see OwnTenantCallerTests.
        var caller = tenant == OwnTenant ? LocalTokenAuthority.AppId : null;

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, tenant, caller: caller));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(tenant, result.Identity!.FindFirst("tid")!.Value);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithoutServiceUrlClaim_Succeeds()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V1(BotServiceTenant), BotServiceTenant, serviceUrl: null));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/0badc0de-0000-4000-8000-00000000bbbb/")]
    [InlineData("https://login.microsoftonline.com/0badc0de-0000-4000-8000-00000000bbbb/v2.0")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0/")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/{tenantid}/v2.0")]
    [InlineData("https://sts.windows.net.evil.example/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    public async Task Authenticate_IssuerNotAccepted_FailsWithoutFetchingKeys(string issuer)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var tenant = issuer.Contains(OtherTenant, StringComparison.Ordinal) ? OtherTenant : BotServiceTenant;

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, tenant));

        Assert.Equal("The token's issuer is neither the Bot Framework nor an accepted Entra tenant.", result.FailureReason);
        Assert.Equal(0, bot.Authority.Requests);
    }

    [Fact]
    public async Task Authenticate_OwnTenantIssuerWhenNoOwnTenantConfigured_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync(ownTenant: null);

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(OwnTenant), OwnTenant));

        Assert.False(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(AcceptedEntraIssuers))]
    public async Task Authenticate_TidNotTheIssuersTenant_Fails(string issuer, string tenant)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var otherAcceptedTenant = tenant == OwnTenant ? BotServiceTenant : OwnTenant;

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, issuer, otherAcceptedTenant));

        Assert.Equal("The token's tid claim is not the tenant of its issuer.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithoutTid_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V1(BotServiceTenant), tenant: null));

        Assert.Equal("The token's tid claim is not the tenant of its issuer.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenForAnotherAudience_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(OwnTenant), OwnTenant, audience: "another-bot"));

        Assert.Equal("The token is not for this bot (audience).", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenSignedWithUnpublishedKeyOfTheSameKid_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var forger = LocalTokenAuthority.NewKey(bot.Authority.EntraKey.KeyId);

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(BotServiceTenant), BotServiceTenant, signWith: forger));

        Assert.Equal("The token's signature is not valid.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraIssuerSignedWithBotFrameworkKey_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V1(BotServiceTenant), BotServiceTenant, signWith: bot.Authority.BotFrameworkKey));

        Assert.Equal("The token's signature is not valid.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_BotFrameworkIssuerSignedWithEntraKey_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, signWith: bot.Authority.EntraKey));

        Assert.Equal("The token's signature is not valid.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ExpiredEntraToken_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now - TimeSpan.FromHours(2), V2(BotServiceTenant), BotServiceTenant));

        Assert.Equal("The token has expired or is not yet valid.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWhoseServiceUrlDiffersFromTheActivity_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(bot.EntraToken(), serviceUrl: "https://attacker.example/");

        Assert.Equal("The token's serviceurl claim does not match the activity's serviceUrl.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenOnAnyChannel_SucceedsWithoutEndorsement()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        Assert.True((await bot.AuthenticateAsync(bot.EntraToken(), channelId: "webchat")).Succeeded);
    }

    [Fact]
    public async Task Authenticate_BotFrameworkTokenWhoseKeyHasNoEndorsement_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Endorsements = null;

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.Equal("The token's signing key is not endorsed for any channel.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_BotFrameworkTokenEndorsedForAnotherChannel_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Endorsements = ["webchat"];

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.Equal("The token's signing key is not endorsed for the channel 'msteams'.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_EntraTokenWithAlgNone_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var payload = new JsonObject
        {
            ["iss"] = V2(BotServiceTenant), ["tid"] = BotServiceTenant, ["aud"] = LocalTokenAuthority.AppId,
            ["serviceurl"] = LocalTokenAuthority.ServiceUrl,
            ["nbf"] = bot.Now.AddMinutes(-1).ToUnixTimeSeconds(), ["exp"] = bot.Now.AddHours(1).ToUnixTimeSeconds(),
        };

        var result = await bot.AuthenticateAsync($"{Part(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" })}.{Part(payload)}.");

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_EntraTokenHmacSignedWithThePublicKey_Fails()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var publicKey = bot.Authority.EntraKey.Rsa.ExportSubjectPublicKeyInfo();
        var confused = new SymmetricSecurityKey(publicKey) { KeyId = bot.Authority.EntraKey.KeyId };

        var result = await bot.AuthenticateAsync(bot.Authority.Mint(bot.Now, V2(BotServiceTenant), BotServiceTenant, signWith: confused, algorithm: SecurityAlgorithms.HmacSha256));

        Assert.False(result.Succeeded);
    }

    private static string Part(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
