using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Conversations;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// <c>/bagvagt</c> on the real host: who is on call for anyone, the whole roster for a coordinator in the 1:1 chat.
/// The bot's clock stands at Tuesday 24 November 2026, 17.00 in Copenhagen.
/// </summary>
public sealed class RosterCommandTests : IDisposable
{
    private readonly BotFactory _bot = new(CoordinatorSettings());
    private readonly HttpClient _client;

    public RosterCommandTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private Task AddAsync(WeeklySlot slot) => _bot.Services.GetRequiredService<IRosterStore>().AddSlotAsync(Activities.TeamId, slot, default);

    [Fact]
    public async Task Bagvagt_CounsellorInTheChannel_SeesWhoIsOnCallUntilWhenWithBackupAndCallButton()
    {
        await _client.InstallAsync();
        await AddAsync(Slot(DayOfWeek.Tuesday, 16, 22, Anna, Bo));
        await _bot.Services.GetRequiredService<PeopleDirectory>().RememberMemberAsync(
            new Bot.Protocol.Connector.TeamsChannelAccount(Anna.TeamsId, Anna.Name, Anna.EntraId, null, null, null, "anna@example.org", null, null), default);

        await _client.PostAsync(Activities.ChannelMessage("29:eva", "Eva Berg", "/bagvagt"));

        var card = _bot.Connector.ThreadReplies()[^1].Card();
        Assert.Contains("Bagvagt nu: Anna Jensen, til 22.00", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("Backup: Bo Hansen", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/call/0/0?users=anna%40example.org", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(RosterVerbs.SlotForm, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oncall_CounsellorWhenNobodyIsOnCall_IsToldSoWithTheNextAndNoCallButton()
    {
        await _client.InstallAsync();
        await AddAsync(Slot(DayOfWeek.Wednesday, 8, 16, Anna));

        await _client.PostAsync(Activities.PersonalMessage("29:eva", "Eva Berg", "/oncall", locale: "en-GB"));

        var card = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Contains("Nobody is on call right now.", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("Next on call: Anna Jensen from Wed 08:00.", card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Action.OpenUrl", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bagvagt_TeamWithoutRoster_NamesTheConfiguredContactOnly()
    {
        await _client.InstallAsync();

        await _client.PostAsync(Activities.PersonalMessage("29:eva", "Eva Berg", "/bagvagt"));

        var text = _bot.Connector.PersonalMessages()[^1].Card().AllText();
        Assert.Contains("Der er ingen bagvagtsplan for teamet endnu.", text, StringComparison.Ordinal);
        Assert.Contains("Bagvagt Birgit, tlf. +45 12 34 56 78", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bagvagt_Coordinator_GetsNextSevenDaysGapsSlotsAndAddButtons()
    {
        await _client.InstallAsync();
        await AddAsync(Slot(DayOfWeek.Tuesday, 16, 22, Anna, Bo));

        var card = await _bot.CoordinatorRosterAsync(_client);

        var text = card.AllText();
        Assert.Contains("Bagvagtsplan – vagtkanalen", text, StringComparison.Ordinal);
        Assert.Contains("Bagvagt nu: Anna Jensen, til 22.00", text, StringComparison.Ordinal);
        Assert.Contains("Huller – ingen bagvagt", text, StringComparison.Ordinal);
        // After tonight's slot nobody is on call until next Tuesday 16.00: one gap listed.
        Assert.Contains("tirs. 24.11 22.00 – tirs. 1.12 16.00", text, StringComparison.Ordinal);
        Assert.Contains("Tirsdag 16.00–22.00: Anna Jensen (backup: Bo Hansen)", text, StringComparison.Ordinal);
        Assert.Equal(Activities.TeamId, (string?)card.ButtonData(RosterVerbs.RemoveSlot)["team"]);
        Assert.Equal(Activities.TeamId, (string?)card.ButtonData(RosterVerbs.SlotForm)["team"]);
        Assert.Equal(Activities.TeamId, (string?)card.ButtonData(RosterVerbs.OverrideForm)["team"]);
    }

    [Fact]
    public async Task Bagvagt_CoordinatorInTheChannel_SeesOnlyWhoIsOnCall()
    {
        await _client.InstallAsync();
        await AddAsync(Slot(DayOfWeek.Tuesday, 16, 22, Anna));

        await _client.PostAsync(Activities.ChannelMessage(Coordinator, CoordinatorName, "/bagvagt"));

        var card = _bot.Connector.ThreadReplies()[^1].Card();
        Assert.Contains("Bagvagt nu: Anna Jensen", card.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RosterVerbs.RemoveSlot, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bagvagt_CoordinatorWithSeveralTeams_ChoosesTheTeamAndTheChoiceIsCarriedInTheData()
    {
        await _client.InstallAsync();
        await _bot.Services.GetRequiredService<TeamsBot.Shifts.DutyChannelStore>().ChooseAsync(new TeamsBot.Shifts.DutyChannel("19:other-team@thread.tacv2",
            "19:other-duty@thread.tacv2", "Natholdet", null, Activities.TenantId, TeamsBot.Shifts.DutyChannelSource.Chosen, null, _bot.Time.GetUtcNow()), default);

        var choose = await _bot.CoordinatorRosterAsync(_client);
        var other = choose["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Natholdet")!["data"]!.AsObject();
        var answer = await _client.PressAsync(RosterVerbs.Show, other.DeepClone().AsObject());

        Assert.Contains("Vælg det team, hvis bagvagtsplan", choose.AllText(), StringComparison.Ordinal);
        Assert.Contains("Bagvagtsplan – Natholdet", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal("19:other-team@thread.tacv2", (string?)answer["value"]!.ButtonData(RosterVerbs.SlotForm)["team"]);
    }
}
