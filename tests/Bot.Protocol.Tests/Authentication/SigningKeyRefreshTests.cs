namespace Bot.Protocol.Tests.Authentication;

/// <summary>What happens when the metadata endpoint fails: keep the last good keys, back off, never throw.</summary>
public sealed class SigningKeyRefreshTests
{
    private static readonly TimeSpan PastKeyLifetime = TimeSpan.FromHours(25);

    [Theory]
    [InlineData(MetadataFailure.ServerError)]
    [InlineData(MetadataFailure.BadJson)]
    [InlineData(MetadataFailure.Disconnect)]
    public async Task Authenticate_RefreshFailsAfterKeysExpired_KeepsTheLastGoodKeys(MetadataFailure failure)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        Assert.True((await bot.AuthenticateAsync(bot.BotFrameworkToken())).Succeeded);
        bot.Authority.Failure = failure;
        bot.Time.Advance(PastKeyLifetime);
        var fetchesBefore = bot.Authority.Requests;

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(bot.Authority.Requests > fetchesBefore, "the expired keys should have been refetched");
    }

    [Theory]
    [InlineData(MetadataFailure.ServerError)]
    [InlineData(MetadataFailure.BadJson)]
    [InlineData(MetadataFailure.Disconnect)]
    public async Task Authenticate_NoKeysEverFetchedAndMetadataFails_RefusedWithoutThrowing(MetadataFailure failure)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = failure;

        var result = await bot.AuthenticateAsync(bot.EntraToken());

        Assert.Equal((false, "The channel's signing keys could not be fetched, so the token cannot be checked yet."), (result.Succeeded, result.FailureReason));
    }

    [Fact]
    public async Task Authenticate_MetadataFailing_BacksOffInsteadOfFetchingPerRequest()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = MetadataFailure.ServerError;
        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        var afterFirstFailure = bot.Authority.Requests;

        for (var i = 0; i < 10; i++)
        {
            bot.Time.Advance(TimeSpan.FromSeconds(2));
            await bot.AuthenticateAsync(bot.BotFrameworkToken());
        }

        Assert.Equal(afterFirstFailure, bot.Authority.Requests);
    }

    [Fact]
    public async Task Authenticate_MetadataKeepsFailing_WaitsLongerBetweenTries()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = MetadataFailure.ServerError;
        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        bot.Time.Advance(TimeSpan.FromSeconds(31));
        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        var afterSecondFailure = bot.Authority.Requests;

        bot.Time.Advance(TimeSpan.FromSeconds(31));
        await bot.AuthenticateAsync(bot.BotFrameworkToken());
        var stillBackingOff = bot.Authority.Requests;
        bot.Time.Advance(TimeSpan.FromSeconds(30));
        await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.Equal(afterSecondFailure, stillBackingOff);
        Assert.True(bot.Authority.Requests > stillBackingOff, "a try is due a minute after the second failure");
    }

    [Fact]
    public async Task Authenticate_MetadataRecoversAfterTheBackOff_AcceptsTokensAgain()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = MetadataFailure.Disconnect;
        Assert.False((await bot.AuthenticateAsync(bot.BotFrameworkToken())).Succeeded);
        bot.Authority.Failure = MetadataFailure.None;
        bot.Time.Advance(TimeSpan.FromSeconds(31));

        var result = await bot.AuthenticateAsync(bot.BotFrameworkToken());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Authenticate_UnknownKeyIdWhileMetadataFails_DoesNotFetchPerRequest()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        Assert.True((await bot.AuthenticateAsync(bot.EntraToken())).Succeeded);
        bot.Time.Advance(TimeSpan.FromMinutes(2));
        bot.Authority.Failure = MetadataFailure.ServerError;
        var forged = bot.Authority.Mint(bot.Now, ChannelIssuerNames.V1(ChannelIssuerNames.BotServiceTenant), ChannelIssuerNames.BotServiceTenant,
            signWith: LocalTokenAuthority.NewKey("rotated"));
        await bot.AuthenticateAsync(forged);
        var afterOneTry = bot.Authority.Requests;

        for (var i = 0; i < 5; i++)
        {
            await bot.AuthenticateAsync(forged);
        }

        Assert.Equal(afterOneTry, bot.Authority.Requests);
        Assert.True((await bot.AuthenticateAsync(bot.EntraToken())).Succeeded);
    }

    [Fact]
    public async Task Authenticate_EntraKeyRotated_RefetchesAndAcceptsTheNewKey()
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        Assert.True((await bot.AuthenticateAsync(bot.EntraToken())).Succeeded);
        bot.Authority.EntraKey = LocalTokenAuthority.NewKey("entra-key-2");
        bot.Time.Advance(TimeSpan.FromMinutes(2));

        var result = await bot.AuthenticateAsync(bot.EntraToken());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData(MetadataFailure.None, 2)]
    [InlineData(MetadataFailure.ServerError, 1)]
    public async Task Authenticate_ManyFirstRequestsAtOnce_FetchOnceBetweenThem(MetadataFailure failure, int requestsServed)
    {
        await using var bot = await AuthenticatorUnderTest.StartAsync();
        bot.Authority.Failure = failure;
        var token = bot.BotFrameworkToken();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => bot.AuthenticateAsync(token))));

        Assert.Equal(requestsServed, bot.Authority.Requests);
        Assert.All(results, r => Assert.Equal(failure == MetadataFailure.None, r.Succeeded));
    }
}
