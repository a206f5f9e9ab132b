using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>Tokens of odd shapes are refused as such: never an exception (which the endpoint would answer with 500).</summary>
public sealed class MalformedTokenTests
{
    [Theory]
    [InlineData("""{"alg":"RS256","kid":"bf-key-1"}""", """{"iss":5,"aud":"app-id"}""")]
    [InlineData("""{"alg":"RS256","kid":"bf-key-1"}""", """{"iss":["https://api.botframework.com"],"aud":"app-id"}""")]
    [InlineData("""{"alg":"RS256","kid":"bf-key-1"}""", """{"iss":"https://api.botframework.com","aud":{"x":1}}""")]
    [InlineData("""{"alg":"RS256","kid":["bf-key-1"]}""", """{"iss":"https://api.botframework.com","aud":"app-id"}""")]
    [InlineData("""{"alg":"RS256","kid":"bf-key-1"}""", """{"iss":"https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/","tid":7,"aud":"app-id"}""")]
    [InlineData("""{"alg":"RS256"}""", "not json")]
    [InlineData("[1,2]", "[3]")]
    [InlineData("""{"alg":"RS256"}""", """{"iss":null,"aud":null,"exp":"soon"}""")]
    public async Task Authenticate_OddlyShapedToken_RefusedWithoutThrowing(string header, string payload)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var token = $"{Part(header)}.{Part(payload)}.{Part("signature")}";

        var result = await bot.AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.FailureReason);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("a.b.c")]
    [InlineData("a.b.c.d.e")]
    [InlineData("%%%.%%%.%%%")]
    public async Task Authenticate_NotAJwt_RefusedAsMalformed(string token)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();

        var result = await bot.AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.Equal(0, bot.Authority.Requests);
    }

    [Fact]
    public async Task Authenticate_SignedEntraTokenWithNumericTid_RefusedForTheTenantRule()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        var token = bot.Authority.Mint(bot.Now, ChannelIssuerNames.V1(ChannelIssuerNames.BotServiceTenant), tenant: null,
            extraClaims: new Dictionary<string, object> { ["tid"] = 7 });

        var result = await bot.AuthenticateAsync(token);

        Assert.Equal("The token's tid claim is not the tenant of its issuer.", result.FailureReason);
    }

    private static string Part(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));
}
