using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Shifts;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// Who is on call, on the shift cards of a team with a roster (the board, the start-of-shift card, the close-down
/// ritual's "I need to talk"), never beside the configured contact. Tuesday 24 November 2026, 17.00 in Copenhagen.
/// </summary>
public sealed class RosterShiftCardsTests : IDisposable
{
    private readonly BotFactory _bot = new(CoordinatorSettings());
    private readonly HttpClient _client;

    public RosterShiftCardsTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task RosterAsync(params WeeklySlot[] slots)
    {
        await _client.InstallAsync();
        foreach (var slot in slots)
        {
            await _bot.Services.GetRequiredService<IRosterStore>().AddSlotAsync(Activities.TeamId, slot, default);
        }

        await _bot.Services.GetRequiredService<PeopleDirectory>().RememberMemberAsync(
            new Bot.Protocol.Connector.TeamsChannelAccount(Bo.TeamsId, Bo.Name, Bo.EntraId, null, null, null, "bo@example.org", null, null), default);
    }

    [Fact]
    public async Task Board_SomeoneOnCallNowAndAHandoverLaterToday_ShowsBothAndACallButtonForWhoIsOnCallNow()
    {
        await RosterAsync(Slot(DayOfWeek.Tuesday, 16, 20, Bo), Slot(DayOfWeek.Tuesday, 20, 23, Anna));

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        var board = _bot.Connector.BoardMessages()[^1].Card();
        var text = board.AllText();
        Assert.Contains("Bagvagt i dag", text, StringComparison.Ordinal);
        Assert.Contains("Bo Hansen – bagvagt nu, til 20.00", text, StringComparison.Ordinal);
        Assert.Contains("20.00–23.00: Anna Jensen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingen bagvagt lige nu.", text, StringComparison.Ordinal);
        var call = board["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Ring til Bo Hansen")!;
        Assert.Equal("https://teams.microsoft.com/l/call/0/0?users=bo%40example.org", (string?)call["url"]);
    }

    [Fact]
    public async Task Board_NobodyOnCallNow_SaysSoWithoutCallButton()
    {
        await RosterAsync(Slot(DayOfWeek.Wednesday, 8, 16, Bo));

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        var board = _bot.Connector.BoardMessages()[^1].Card();
        Assert.Contains("Ingen bagvagt lige nu.", board.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ring til", board.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_TeamWithoutRoster_HasNoOnCallSection()
    {
        await _client.InstallAsync();

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        Assert.DoesNotContain("Bagvagt i dag", _bot.Connector.BoardMessages()[^1].Card().AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartCard_TeamWithRoster_SaysWhoIsOnCallNowWithCallButtonAndNotTheConfiguredContact()
    {
        await RosterAsync(Slot(DayOfWeek.Tuesday, 16, 20, Bo));

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        var start = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Bagvagt nu: Bo Hansen, til 20.00", start.AllText(), StringComparison.Ordinal);
        Assert.Contains("users=bo%40example.org", start.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Birgit", start.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartCard_TeamWithoutRoster_KeepsTheConfiguredContact()
    {
        await _client.InstallAsync();

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));

        var start = _bot.Connector.PersonalMessages()[^1].Card().AllText();
        Assert.Contains("Sparring undervejs: Bagvagt Birgit, tlf. +45 12 34 56 78", start, StringComparison.Ordinal);
        Assert.DoesNotContain("Bagvagt nu", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedToTalk_TeamWithRoster_ShowsWhoIsOnCallNowInsteadOfTheConfiguredContact()
    {
        await RosterAsync(Slot(DayOfWeek.Tuesday, 16, 22, Bo));
        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkin"));
        _bot.Time.Advance(TimeSpan.FromHours(1));
        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/checkout"));
        var ritual = _bot.Connector.PersonalMessages()[^1].Card();

        var talk = await _client.PressAsync(ShiftVerbs.NeedToTalk, ritual.ButtonData(ShiftVerbs.NeedToTalk), "29:eva", "Eva Berg");

        var card = talk["value"]!;
        Assert.Contains("Det er helt i orden at have brug for at tale om en vagt.", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("Bagvagt nu: Bo Hansen, til 22.00", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("users=bo%40example.org", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Birgit", card.ToJsonString(), StringComparison.Ordinal);
    }
}
