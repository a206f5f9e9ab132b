using Bot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Protocol.Tests.Authentication;

public sealed partial class ChannelTokenAuthenticatorTests
{
    [Fact]
    public async Task Authenticate_ValidChannelToken_Succeeds()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.IsAnonymous);
        Assert.Equal("app-id", result.Identity!.FindFirst("aud")!.Value);
    }

    [Fact]
    public async Task Authenticate_MissingHeaderWithAppId_Fails()
    {
        var result = await AuthenticateAsync(null);

        Assert.Equal((false, "The Authorization header is missing."), (result.Succeeded, result.FailureReason));
    }

    [Theory]
    [InlineData("Basic abc")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Authenticate_MalformedHeader_Fails(string header)
    {
        Assert.False((await AuthenticateAsync(header)).Succeeded);
    }

    [Fact]
    public async Task Authenticate_WrongIssuer_Fails()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now, issuer: "https://evil.example/")));

        Assert.Equal("The token's issuer is neither the Bot Framework nor an accepted Entra tenant.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_SignedWithUnpublishedKey_Fails()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now, signWith: ChannelAuthority.NewKey("key-1"))));

        Assert.Equal("The token's signature is not valid.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ExpiredBeyondSkew_Fails()
    {
        var token = _authority.Mint(Now - TimeSpan.FromHours(1), validFor: TimeSpan.FromHours(1) - TimeSpan.FromMinutes(6));

        Assert.Equal("The token has expired or is not yet valid.", (await AuthenticateAsync(Bearer(token))).FailureReason);
    }

    [Fact]
    public async Task Authenticate_ExpiredWithinSkew_Succeeds()
    {
        var token = _authority.Mint(Now - TimeSpan.FromHours(1), validFor: TimeSpan.FromHours(1) - TimeSpan.FromMinutes(4));

        Assert.True((await AuthenticateAsync(Bearer(token))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_NotYetValidBeyondSkew_Fails()
    {
        var token = _authority.Mint(Now, notBefore: Now + TimeSpan.FromMinutes(6));

        Assert.False((await AuthenticateAsync(Bearer(token))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_WrongAudience_Fails()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now, audience: "another-bot")));

        Assert.Equal("The token is not for this bot (audience).", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_KeyNotEndorsedForTheChannel_Fails()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now)), channelId: "webchat");

        Assert.Equal("The token's signing key is not endorsed for the channel 'webchat'.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_KeyWithoutEndorsements_Fails()
    {
        _authority.Endorsements = null;

        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now)));

        Assert.Equal("The token's signing key is not endorsed for any channel.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_ServiceUrlClaimDiffersFromActivity_Fails()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now)), serviceUrl: "https://attacker.example/");

        Assert.Equal("The token's serviceurl claim does not match the activity's serviceUrl.", result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_NoServiceUrlClaim_Fails()
    {
        Assert.False((await AuthenticateAsync(Bearer(_authority.Mint(Now, includeServiceUrl: false)))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_KeyRotated_RefetchesOnceAndSucceeds()
    {
        var authenticator = Services().GetRequiredService<IInboundAuthenticator>();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(_authority.Mint(Now)), "msteams", ServiceUrl, default)).Succeeded);
        _authority.Rotate("key-2");
        _time.Advance(TimeSpan.FromMinutes(2));

        var result = await authenticator.AuthenticateAsync(Bearer(_authority.Mint(Now)), "msteams", ServiceUrl, default);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _authority.JwksFetches);
    }

    [Fact]
    public async Task Authenticate_UnknownKeysRepeatedly_RefetchesAtMostOncePerMinute()
    {
        var authenticator = Services().GetRequiredService<IInboundAuthenticator>();
        await authenticator.AuthenticateAsync(Bearer(_authority.Mint(Now)), "msteams", ServiceUrl, default);

        for (var i = 0; i < 5; i++)
        {
            await authenticator.AuthenticateAsync(Bearer(_authority.Mint(Now, signWith: ChannelAuthority.NewKey("forged"))), "msteams", ServiceUrl, default);
        }

        Assert.Equal(1, _authority.JwksFetches);
    }

    [Fact]
    public async Task Authenticate_UnsignedToken_Fails()
    {
        Assert.False((await AuthenticateAsync(Bearer(ChannelAuthority.MintWithoutSignature(Now)))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_SymmetricallySignedToken_FailsEvenWithTheRightClaims()
    {
        var secret = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" };

        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now, signWith: secret, algorithm: Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256)));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Authenticate_NoExpiry_Fails()
    {
        Assert.False((await AuthenticateAsync(Bearer(_authority.Mint(Now, includeExpiry: false)))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_NoAudience_Fails()
    {
        Assert.False((await AuthenticateAsync(Bearer(_authority.Mint(Now, audience: null)))).Succeeded);
    }

    [Fact]
    public async Task Authenticate_NotYetValidWithinSkew_Succeeds()
    {
        var result = await AuthenticateAsync(Bearer(_authority.Mint(Now, notBefore: Now + TimeSpan.FromMinutes(4))));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_AppIdInDevelopmentWithoutHeader_Fails()
    {
        var result = await AuthenticateAsync(null, environment: "Development");

        Assert.False(result.Succeeded);
        Assert.False(result.IsAnonymous);
    }

    [Fact]
    public async Task Authenticate_NoAppIdInDevelopmentWithoutHeader_AnonymousAccepted()
    {
        var result = await AuthenticateAsync(null, appId: null, environment: "Development");

        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Authenticate_NoAppIdInDevelopmentWithToken_Refused()
    {
        Assert.False((await AuthenticateAsync(Bearer(_authority.Mint(Now)), appId: null, environment: "Development")).Succeeded);
    }

    [Fact]
    public async Task Authenticate_NoAppIdInProduction_AuthenticatorRefusesToExist()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => AuthenticateAsync(null, appId: null, environment: "Production"));
    }

    [Fact]
    public void Options_NoAppIdOutsideDevelopment_FailValidationNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Services(appId: null, environment: "Staging").GetRequiredService<IOptions<BotAuthenticationOptions>>().Value);

        Assert.Contains("Bot:MicrosoftAppId", error.Message, StringComparison.Ordinal);
    }
}
