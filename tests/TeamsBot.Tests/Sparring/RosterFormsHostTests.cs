using System.Text.Json.Nodes;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// A coordinator sets up the roster through the card forms on the real host: people come from the team's member list
/// (over two pages), and bad, forged or stale input gets a clear answer and changes nothing.
/// </summary>
public sealed class RosterFormsHostTests : IDisposable
{
    private readonly BotFactory _bot = new(CoordinatorSettings());
    private readonly HttpClient _client;

    public RosterFormsHostTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private async Task<JsonObject> RosterAsync()
    {
        await _client.InstallAsync();
        _bot.Connector.AnswerMembers([Member(Anna)], [Member(Bo)]);
        return await _bot.CoordinatorRosterAsync(_client);
    }

    private async Task<JsonObject> SlotFormAsync(JsonObject roster) =>
        (await _client.PressAsync(RosterVerbs.SlotForm, roster.ButtonData(RosterVerbs.SlotForm)))["value"]!.AsObject();

    private static JsonObject Filled(JsonObject form, string verb, params (string Input, string? Value)[] inputs)
    {
        var data = form.ButtonData(verb);
        foreach (var (input, value) in inputs)
        {
            data[input] = value;
        }

        return data;
    }

    private static JsonObject TuesdayEvening(JsonObject form) => Filled(form, RosterVerbs.AddSlot,
        (RosterInputs.Weekday, "tuesday"), (RosterInputs.Start, "16:00"), (RosterInputs.End, "22:00"), (RosterInputs.Primary, Anna.EntraId), (RosterInputs.Backup, Bo.EntraId));

    [Fact]
    public async Task SlotForm_MembersOverTwoPages_AllOfferedAsChoicesAndRemembered()
    {
        var form = await SlotFormAsync(await RosterAsync());

        var listings = _bot.Connector.MemberListings();
        Assert.Equal(2, listings.Count);
        Assert.Contains("/v3/conversations/" + Uri.EscapeDataString(Activities.TeamId) + "/pagedmembers", listings[0].Path, StringComparison.Ordinal);
        Assert.Contains("continuationToken=p1", listings[1].Uri.Query, StringComparison.Ordinal);
        var primary = form["body"]!.AsArray().Single(e => (string?)e!["id"] == RosterInputs.Primary)!;
        Assert.Equal([Anna.EntraId, Bo.EntraId], primary["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal(["weekday", "start", "end", "primary", "backup"],
            form["body"]!.AsArray().Select(e => (string?)e!["id"]).Where(id => id is not null));
    }

    [Fact]
    public async Task AddSlot_ValidForm_SavedAndRosterCardRefreshedInPlaceWithCallLinkFromTheMemberList()
    {
        var form = await SlotFormAsync(await RosterAsync());

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, TuesdayEvening(form));

        Assert.True(answer.IsCard());
        var text = answer["value"]!.AllText();
        Assert.Contains("Gemt: Tirsdag 16.00–22.00: Anna Jensen (backup: Bo Hansen).", text, StringComparison.Ordinal);
        Assert.Contains("Bagvagt nu: Anna Jensen, til 22.00", text, StringComparison.Ordinal);
        Assert.Contains("users=anna%40example.org", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        var slot = Assert.Single((await _bot.StoredRosterAsync()).Slots);
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(16, 0), new TimeOnly(22, 0), Anna.EntraId, Bo.EntraId),
            (slot.Day, slot.Start, slot.End, slot.Primary.EntraId, slot.Backup?.EntraId));
    }

    [Fact]
    public async Task AddSlot_OverlapsAnother_RefusedNamingTheOtherAndNothingChanged()
    {
        var form = await SlotFormAsync(await RosterAsync());
        await _client.PressAsync(RosterVerbs.AddSlot, TuesdayEvening(form));

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, Filled(form, RosterVerbs.AddSlot,
            (RosterInputs.Weekday, "tuesday"), (RosterInputs.Start, "20:00"), (RosterInputs.End, "02:00"), (RosterInputs.Primary, Bo.EntraId)));

        Assert.Contains("Vagten overlapper den faste vagt Tirsdag 16.00–22.00: Anna Jensen (backup: Bo Hansen).", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Contains("\"value\":\"20:00\"", answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single((await _bot.StoredRosterAsync()).Slots);
    }

    [Theory]
    [InlineData("start", "25:00", "Starttiden skal være et klokkeslæt mellem 00:00 og 23:59.")]
    [InlineData("end", "7.00", "Sluttiden skal være et klokkeslæt mellem 00:00 og 23:59.")]
    [InlineData("weekday", "someday", "Vælg en ugedag.")]
    [InlineData("end", "16:00", "Start og slut er det samme klokkeslæt.")]
    public async Task AddSlot_BadValue_FormBackWithTheReasonAndNothingStored(string input, string value, string reason)
    {
        var form = await SlotFormAsync(await RosterAsync());
        var data = TuesdayEvening(form);
        data[input] = value;

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, data);

        Assert.Contains(reason, answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Empty((await _bot.StoredRosterAsync()).Slots);
    }

    [Fact]
    public async Task AddSlot_ForgedPersonNotAmongTheMembers_RefusedAndNothingStored()
    {
        var form = await SlotFormAsync(await RosterAsync());
        var data = TuesdayEvening(form);
        data[RosterInputs.Primary] = Activities.EntraIdOf("29:mallory");

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, data);

        Assert.Contains("Vælg bagvagten blandt teamets medlemmer.", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Empty((await _bot.StoredRosterAsync()).Slots);
    }

    [Fact]
    public async Task AddSlot_PressedByANonCoordinator_RefusedAndNothingStored()
    {
        var form = await SlotFormAsync(await RosterAsync());

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, TuesdayEvening(form), "29:anna", "Anna Jensen");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Contains("kun koordinatorer", (string?)answer["value"], StringComparison.Ordinal);
        Assert.Empty((await _bot.StoredRosterAsync()).Slots);
    }

    [Fact]
    public async Task AddSlot_ForAnUnknownTeam_RefusedAndNothingStored()
    {
        var data = TuesdayEvening(await SlotFormAsync(await RosterAsync()));
        data["team"] = "19:someone-elses-team@thread.tacv2";

        var answer = await _client.PressAsync(RosterVerbs.AddSlot, data);

        Assert.Contains("Det team kender jeg ikke", (string?)answer["value"], StringComparison.Ordinal);
        Assert.Empty((await _bot.StoredRosterAsync()).Slots);
    }

    [Fact]
    public async Task AddOverrideThenRemoveBoth_ThroughTheForms_RosterFollowsAndAStaleRemoveChangesNothing()
    {
        var roster = await RosterAsync();
        var withSlot = (await _client.PressAsync(RosterVerbs.AddSlot, TuesdayEvening(await SlotFormAsync(roster))))["value"]!.AsObject();
        var overrideForm = (await _client.PressAsync(RosterVerbs.OverrideForm, withSlot.ButtonData(RosterVerbs.OverrideForm)))["value"]!.AsObject();
        Assert.Equal(["date", "start", "end", "person"], overrideForm["body"]!.AsArray().Select(e => (string?)e!["id"]).Where(id => id is not null));

        var withOverride = (await _client.PressAsync(RosterVerbs.AddOverride, Filled(overrideForm, RosterVerbs.AddOverride,
            (RosterInputs.Date, "2026-11-24"), (RosterInputs.Start, "16:00"), (RosterInputs.End, "19:00"), (RosterInputs.Person, Bo.EntraId))))["value"]!.AsObject();
        Assert.Contains("Bagvagt nu: Bo Hansen, til 19.00", withOverride.AllText(), StringComparison.Ordinal);
        Assert.Single((await _bot.StoredRosterAsync()).Overrides);

        var removeOverride = withOverride.ButtonData(RosterVerbs.RemoveOverride);
        var afterRemove = (await _client.PressAsync(RosterVerbs.RemoveOverride, removeOverride.DeepClone().AsObject()))["value"]!.AsObject();
        Assert.Contains("Fjernet: tirs. 24.11 16.00–19.00: Bo Hansen.", afterRemove.AllText(), StringComparison.Ordinal);
        var stale = (await _client.PressAsync(RosterVerbs.RemoveOverride, removeOverride))["value"]!.AsObject();
        Assert.Contains("Den var allerede fjernet.", stale.AllText(), StringComparison.Ordinal);

        await _client.PressAsync(RosterVerbs.RemoveSlot, afterRemove.ButtonData(RosterVerbs.RemoveSlot));
        var stored = await _bot.StoredRosterAsync();
        Assert.Empty(stored.Slots);
        Assert.Empty(stored.Overrides);
    }

    [Fact]
    public async Task AddOverride_OverlapsAnother_RefusedAndOnlyTheFirstStored()
    {
        var roster = await RosterAsync();
        var form = (await _client.PressAsync(RosterVerbs.OverrideForm, roster.ButtonData(RosterVerbs.OverrideForm)))["value"]!.AsObject();
        await _client.PressAsync(RosterVerbs.AddOverride, Filled(form, RosterVerbs.AddOverride,
            (RosterInputs.Date, "2026-11-25"), (RosterInputs.Start, "08:00"), (RosterInputs.End, "12:00"), (RosterInputs.Person, Bo.EntraId)));

        var answer = await _client.PressAsync(RosterVerbs.AddOverride, Filled(form, RosterVerbs.AddOverride,
            (RosterInputs.Date, "2026-11-25"), (RosterInputs.Start, "11:00"), (RosterInputs.End, "13:00"), (RosterInputs.Person, Anna.EntraId)));

        Assert.Contains("Ændringen overlapper ændringen ons. 25.11 08.00–12.00: Bo Hansen.", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Single((await _bot.StoredRosterAsync()).Overrides);
    }

    [Fact]
    public async Task SlotForm_MemberListFails_RosterBackWithTheReasonAndLogged()
    {
        await _client.InstallAsync();
        _bot.Connector.FailNext(10, System.Net.HttpStatusCode.Forbidden, r => r.RequestUri!.AbsolutePath.EndsWith("/pagedmembers", StringComparison.Ordinal));
        var roster = await _bot.CoordinatorRosterAsync(_client);

        var answer = await _client.PressAsync(RosterVerbs.SlotForm, roster.ButtonData(RosterVerbs.SlotForm));

        Assert.Contains("Jeg kunne ikke hente teamets medlemmer", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RosterVerbs.AddSlot, answer["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(_bot.Logs.Lines, l => l.EventId == 2403);
    }
}
