using System.Net;
using Bot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Installation;

/// <summary>The bot added to a team or by a person: one greeting per install, whatever Teams sends and however often.</summary>
public sealed class InstallGreetingTests : IDisposable
{
    private readonly BotFactory _bot = new(new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf("29:anna") });
    private readonly HttpClient _client;

    public InstallGreetingTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private IReadOnlyList<RecordedRequest> PostsIn(string conversationId) =>
        [.. _bot.Connector.Requests.Where(r => r.Method == HttpMethod.Post
            && r.Path.EndsWith("/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities", StringComparison.Ordinal))];

    [Fact]
    public async Task BotAddedToTeam_BothAnnouncementsAndARedelivery_IntroducesOnceInTheChosenChannel()
    {
        var added = InstallActivities.BotAddedToTeam("29:anna", channel: Activities.ChannelId);

        var responses = new[]
        {
            await _client.PostAsync(added),
            await _client.PostAsync(InstallActivities.TeamInstallationUpdate("add", "29:anna", channel: Activities.ChannelId)),
            await _client.PostAsync(added),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var intro = Assert.Single(_bot.Connector.Requests);
        Assert.Same(intro, Assert.Single(PostsIn(Activities.ChannelId)));
        Assert.Contains("/checkin", intro.Text(), StringComparison.Ordinal);
        Assert.Contains("Koordinatorerne sætter mig op", intro.Text(), StringComparison.Ordinal);
        Assert.Equal(Activities.BotId, (string?)intro.Json!["from"]!["id"]);
    }

    [Fact]
    public async Task BotAddedToTeam_InstallationUpdateFirst_IntroducesOnceInDanishForTheWholeChannel()
    {
        await _client.PostAsync(InstallActivities.TeamInstallationUpdate("add", "29:anna"));
        await _client.PostAsync(InstallActivities.BotAddedToTeam("29:anna"));

        // The installer's Teams is in English; the channel is everyone's, so the board's language (Danish) is used.
        var intro = Assert.Single(PostsIn(Activities.GeneralChannelId));
        Assert.StartsWith("Hej alle sammen! Jeg er Vagtrum", intro.Text(), StringComparison.Ordinal);
        Assert.Single(_bot.Connector.Requests);
    }

    [Fact]
    public async Task BotAddedToTeam_CoordinatorKnownFromAMemberList_NamesThem()
    {
        var people = _bot.Services.GetRequiredService<PeopleDirectory>();
        await people.RememberMemberAsync(new TeamsChannelAccount("29:anna", "Anna Jensen", Activities.EntraIdOf("29:anna"), null, null, null,
            "anna@kommune.dk", Activities.TenantId, "user"), CancellationToken.None);

        await _client.PostAsync(InstallActivities.BotAddedToTeam("29:bo"));

        Assert.Contains("Koordinatorerne (anna@kommune.dk) sætter mig op", Assert.Single(PostsIn(Activities.GeneralChannelId)).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedToTeam_NoCoordinatorConfigured_SaysWhereToSetOne()
    {
        using var bot = new BotFactory(environment: "Production");
        var client = bot.CreateClient();

        await client.PostAsync(InstallActivities.BotAddedToTeam("29:anna"));

        Assert.Contains("Roles:Coordinators", Assert.Single(bot.Connector.Requests).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedToTeam_RemovedAndAddedAgain_IntroducesAgain()
    {
        await _client.PostAsync(InstallActivities.BotAddedToTeam("29:anna"));
        await _client.PostAsync(InstallActivities.BotRemovedFromTeam("29:anna"));

        await _client.PostAsync(InstallActivities.BotAddedToTeam("29:anna"));

        Assert.Equal(2, PostsIn(Activities.GeneralChannelId).Count);
    }

    [Fact]
    public async Task BotAddedToTeam_IntroFails_ARedeliveryIntroduces()
    {
        var added = InstallActivities.BotAddedToTeam("29:anna");
        _bot.Connector.FailNext(1, HttpStatusCode.Forbidden);

        var failed = await _client.PostAsync(added);
        var redelivered = await _client.PostAsync(added);

        Assert.NotEqual(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, PostsIn(Activities.GeneralChannelId).Count); // The refused one, and the one that arrived.
    }

    [Fact]
    public async Task BotAddedToTeam_IntroNotFound_ARedeliveryIntroduces()
    {
        var added = InstallActivities.BotAddedToTeam("29:anna");
        _bot.Connector.FailNext(1, HttpStatusCode.NotFound, code: "ConversationNotFound");

        await _client.PostAsync(added);
        var redelivered = await _client.PostAsync(added);

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, PostsIn(Activities.GeneralChannelId).Count);
    }

    [Fact]
    public async Task BotAddedToTeam_IntroUnreachable_ARedeliveryDoesNotIntroduceAgain()
    {
        var added = InstallActivities.BotAddedToTeam("29:anna");
        // No answer to any attempt (the client retries a refused connection): the intro may or may not have arrived.
        _bot.Connector.FailNext(20, 0);

        await _client.PostAsync(added);
        var attempts = PostsIn(Activities.GeneralChannelId).Count;
        var redelivered = await _client.PostAsync(added);
        var otherAnnouncement = await _client.PostAsync(InstallActivities.TeamInstallationUpdate("add", "29:anna"));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAnnouncement.StatusCode);
        Assert.Equal(attempts, PostsIn(Activities.GeneralChannelId).Count);
    }

    [Fact]
    public async Task BotAddedToTeam_IntroAnsweredByAGateway_ARedeliveryDoesNotIntroduceAgain()
    {
        var added = InstallActivities.BotAddedToTeam("29:anna");
        _bot.Connector.FailNext(1, HttpStatusCode.GatewayTimeout);

        await _client.PostAsync(added);
        var redelivered = await _client.PostAsync(added);
        var otherAnnouncement = await _client.PostAsync(InstallActivities.TeamInstallationUpdate("add", "29:anna"));

        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAnnouncement.StatusCode);
        Assert.Single(PostsIn(Activities.GeneralChannelId)); // The one that may have arrived: never a second.
    }

    [Fact]
    public async Task AddedPersonally_BothAnnouncements_WelcomesOnceInDanish()
    {
        await _client.PostAsync(InstallActivities.BotAddedPersonally("29:bo"));
        await _client.PostAsync(InstallActivities.PersonalInstallationUpdate("add", "29:bo"));

        var welcome = Assert.Single(_bot.Connector.Requests);
        Assert.Same(welcome, Assert.Single(PostsIn("a:personal-29:bo")));
        Assert.StartsWith("Hej, og velkommen! Jeg er Vagtrum", welcome.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddedPersonally_EnglishTeams_WelcomesInEnglish()
    {
        await _client.PostAsync(InstallActivities.PersonalInstallationUpdate("add", "29:bo", locale: "en-US"));
        await _client.PostAsync(InstallActivities.BotAddedPersonally("29:bo"));

        Assert.StartsWith("Hello, and welcome! I am Vagtrum", Assert.Single(PostsIn("a:personal-29:bo")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddedPersonally_Upgrade_SaysNothing()
    {
        var response = await _client.PostAsync(InstallActivities.PersonalInstallationUpdate("add-upgrade", "29:bo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_bot.Connector.Requests);
    }
}
