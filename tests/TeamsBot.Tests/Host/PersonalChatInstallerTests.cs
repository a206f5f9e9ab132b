using Bot.Protocol.Activities;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>
/// Someone the bot has seen only in a conversationUpdate (they added it to the team) and never in a chat: their Teams
/// id is in the directory, but no reference of theirs holds a service URL until the bot creates their 1:1 chat.
/// </summary>
public sealed class PersonalChatInstallerTests : IDisposable
{
    private readonly BotFactory _bot = new();
    private readonly HttpClient _client;

    public PersonalChatInstallerTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task SendAsync_TwiceByEntraIdToWhoOnlyInstalledTheBot_BothSentInTheOneChatCreated()
    {
        await _client.PostAsync(Activities.BotAddedToTeam("29:cy", "Cy Larsen"));
        var chat = _bot.Services.GetRequiredService<PersonalChat>();
        var cy = PersonAddress.ByEntraId(Activities.EntraIdOf("29:cy"));

        var first = await chat.SendAsync(cy, Activity.TextMessage("Hej"), default);
        var second = await chat.SendAsync(cy, Activity.TextMessage("Igen"), default);

        Assert.Equal((ReachOutcome.Sent, ReachOutcome.Sent), (first.Outcome, second.Outcome));
        Assert.Equal(first.ConversationId, second.ConversationId);
        Assert.Equal(["Hej", "Igen"], _bot.Connector.PersonalMessages().Select(m => m.Text()));
    }
}
