using System.Net;
using Bot.Protocol.Activities;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Reaching a person in their 1:1 chat by Teams id or Entra object id, and saying why when it cannot.</summary>
public sealed class PersonalChatTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public PersonalChatTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    private PersonalChat Chat => _bot.Services.GetRequiredService<PersonalChat>();

    private IReadOnlyList<RecordedRequest> Creates => [.. _bot.Connector.Requests.Where(r => r.Method == HttpMethod.Post && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))];

    [Fact]
    public async Task SendAsync_SomeoneWhoWroteInTheChannel_CreatesTheirChatOnceAndSends()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp"));

        var first = await Chat.SendAsync(PersonAddress.ByTeamsId("29:anna"), Activity.TextMessage("Hej"), default);
        var second = await Chat.SendAsync(PersonAddress.ByTeamsId("29:anna"), Activity.TextMessage("Igen"), default);

        Assert.Equal((ReachOutcome.Sent, ReachOutcome.Sent), (first.Outcome, second.Outcome));
        Assert.Equal(first.ConversationId, second.ConversationId);
        var create = Assert.Single(Creates);
        Assert.Equal("29:anna", (string?)create.Json!["members"]![0]!["id"]);
        Assert.Equal(Activities.TenantId, (string?)create.Json["tenantId"]);
        Assert.Equal(2, _bot.Connector.PersonalMessages().Count);
    }

    [Fact]
    public async Task SendAsync_ByEntraIdOfSomeoneTheBotHasSeen_UsesTheirTeamsId()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp"));

        var result = await Chat.SendAsync(PersonAddress.ByEntraId(Activities.EntraIdOf("29:anna")), Activity.TextMessage("Hej"), default);

        Assert.Equal(ReachOutcome.Sent, result.Outcome);
        Assert.Equal("29:anna", (string?)Assert.Single(Creates).Json!["members"]![0]!["id"]);
    }

    [Fact]
    public async Task SendAsync_ByEntraIdOfSomeoneNeverSeen_CreatesTheChatWithTheObjectIdAndRemembersIt()
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp")); // The bot knows the tenant's service.
        var supervisor = Guid.NewGuid().ToString();

        var first = await Chat.SendAsync(PersonAddress.ByEntraId(supervisor), Activity.TextMessage("Sparring?"), default);
        var second = await Chat.SendAsync(PersonAddress.ByEntraId(supervisor), Activity.TextMessage("Igen"), default);

        Assert.Equal((ReachOutcome.Sent, ReachOutcome.Sent), (first.Outcome, second.Outcome));
        var create = Assert.Single(Creates);
        Assert.Equal(supervisor, (string?)create.Json!["members"]![0]!["id"]);
        Assert.Equal(Activities.TenantId, (string?)create.Json["channelData"]!["tenant"]!["id"]);
        Assert.Equal(Activities.BotId, (string?)create.Json["bot"]!["id"]);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task SendAsync_TeamsRefusesTheChat_NotInstalled(HttpStatusCode refusal)
    {
        await _client.PostAsync(Activities.ChannelMessage("29:anna", "Anna Jensen", "/hjælp"));
        _bot.Connector.FailNext(1, refusal, r => r.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal));

        var result = await Chat.SendAsync(PersonAddress.ByEntraId(Guid.NewGuid().ToString()), Activity.TextMessage("Hej"), default);

        Assert.Equal(ReachOutcome.NotInstalled, result.Outcome);
        Assert.Empty(_bot.Connector.PersonalMessages());
    }

    [Fact]
    public async Task SendAsync_NothingKnownAboutThePersonOrTheirOrganisation_NoConversation()
    {
        var result = await Chat.SendAsync(PersonAddress.ByEntraId(Guid.NewGuid().ToString()), Activity.TextMessage("Hej"), default);

        Assert.Equal(ReachOutcome.NoConversation, result.Outcome);
        Assert.Empty(_bot.Connector.Requests);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2201 && l.Message.Contains("NoConversation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_ConnectorKeepsFailing_FailedAfterRetries()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp"));
        _bot.Connector.FailNext(10, HttpStatusCode.ServiceUnavailable, r => r.RequestUri!.AbsolutePath.Contains("/v3/conversations/a%3A", StringComparison.Ordinal));

        var result = await Chat.SendAsync(PersonAddress.ByTeamsId("29:anna"), Activity.TextMessage("Hej"), default);

        Assert.Equal(ReachOutcome.Failed, result.Outcome);
        Assert.True(_bot.Connector.Requests.Count(r => r.Path.Contains("/v3/conversations/a%3A", StringComparison.Ordinal) && r.Method == HttpMethod.Post) > 2);
    }

    [Fact]
    public async Task SendAsync_ChatWasDeleted_NotInstalled()
    {
        await _client.PostAsync(Activities.PersonalMessage("29:anna", "Anna Jensen", "/hjælp"));
        _bot.Connector.FailNext(1, HttpStatusCode.Forbidden, r => r.RequestUri!.AbsolutePath.Contains("/v3/conversations/a%3A", StringComparison.Ordinal) && r.Method == HttpMethod.Post);

        var result = await Chat.SendAsync(PersonAddress.ByTeamsId("29:anna"), Activity.TextMessage("Hej"), default);

        Assert.Equal(ReachOutcome.NotInstalled, result.Outcome);
    }
}
