using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.Requests.SparringHost;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>A supervisor picked from the team's member list may never have written to the bot: the request must still reach them.</summary>
public sealed class SparringReachTests : IDisposable
{
    private readonly BotFactory _bot = NewBot();
    private readonly HttpClient _client;

    public SparringReachTests() => _client = _bot.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _bot.Dispose();
    }

    [Fact]
    public async Task Request_ToASupervisorWhoNeverWroteToTheBot_CreatesTheirChatAndKeepsTheirCardLive()
    {
        // Only Anna has written; Anne is on the roster as the member list named her (Teams id and Entra id).
        await _client.PostAsync(Activities.PersonalMessage(Anna, AnnaName, "/hjælp"));
        await _client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"));
        var slot = new WeeklySlot(RosterForms.NewId(), DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(23, 0), PersonOf(Anne, AnneName), null);
        Assert.Null((await _bot.Services.GetRequiredService<IRosterStore>().AddSlotAsync(Activities.TeamId, slot, CancellationToken.None)).Refusal);
        var before = _bot.Connector.Requests.Count;

        await _client.AskAsync("Om en svær samtale");

        var sent = _bot.Connector.Requests.Skip(before).ToList();
        var created = Assert.Single(sent, r => r.Method == HttpMethod.Post && r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && r.Body!.Contains(Anne, StringComparison.Ordinal));
        var chat = Uri.EscapeDataString("a:personal-" + created.ResponseId);
        var card = Assert.Single(sent, r => r.Method == HttpMethod.Post && r.Path.Contains(chat + "/activities", StringComparison.Ordinal)).Card();
        Assert.Contains("Anna Jensen vil gerne have sparring", card.AllText(), StringComparison.Ordinal);
        var requestId = card.RequestId();
        var stored = await _bot.StoredRequestAsync(requestId);
        Assert.Empty(Assert.Single(stored.Steps).Unreachable); // Reached: no escalation to the coordinators.

        await _client.PressAsync(Anne, AnneName, SparringVerbs.Accept, Data(requestId));

        Assert.Contains(_bot.Connector.Requests, r => r.Method == HttpMethod.Put && r.Path.Contains(chat + "/activities/", StringComparison.Ordinal)
            && r.Card().AllText().Contains("Du har taget den", StringComparison.Ordinal));
    }
}
