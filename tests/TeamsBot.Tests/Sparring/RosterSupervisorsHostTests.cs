using System.Text.Json.Nodes;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterHost;

namespace TeamsBot.Tests.Sparring;

/// <summary>
/// The roster forms offer only the supervisors (<c>Roles:Supervisors</c>) among the team's members, Anna and Bo, not
/// Carl; with none configured they offer everyone and the roster card says why.
/// </summary>
public sealed class RosterSupervisorsHostTests : IDisposable
{
    private BotFactory? _bot;
    private HttpClient? _client;

    public void Dispose()
    {
        _client?.Dispose();
        _bot?.Dispose();
    }

    private async Task<(BotFactory Bot, HttpClient Client, JsonObject Roster)> RosterAsync(bool withSupervisors = true, params Person[] members)
    {
        _bot = new BotFactory(CoordinatorSettings(withSupervisors));
        _client = _bot.CreateClient();
        await _client.InstallAsync();
        _bot.Connector.AnswerMembers([.. (members.Length == 0 ? [Anna, Carl, Bo] : members).Select(Member)]);
        return (_bot, _client, await _bot.CoordinatorRosterAsync(_client));
    }

    private static async Task<JsonObject> FormAsync(HttpClient client, JsonObject roster, string verb) =>
        (await client.PressAsync(verb, roster.ButtonData(verb)))["value"]!.AsObject();

    private static IEnumerable<string?> Choices(JsonObject form, string input) =>
        form["body"]!.AsArray().Single(e => (string?)e!["id"] == input)!["choices"]!.AsArray().Select(c => (string?)c!["value"]);

    private static JsonObject Filled(JsonObject form, string verb, params (string Input, string? Value)[] inputs)
    {
        var data = form.ButtonData(verb);
        foreach (var (input, value) in inputs)
        {
            data[input] = value;
        }

        return data;
    }

    private static JsonObject Slot(JsonObject form, Person primary, Person? backup) => Filled(form, RosterVerbs.AddSlot,
        (RosterInputs.Weekday, "tuesday"), (RosterInputs.Start, "16:00"), (RosterInputs.End, "22:00"), (RosterInputs.Primary, primary.EntraId),
        (RosterInputs.Backup, backup?.EntraId));

    [Fact]
    public async Task Forms_SupervisorsConfigured_OfferOnlyTheSupervisorsAmongTheMembers()
    {
        var (_, client, roster) = await RosterAsync();

        var slotForm = await FormAsync(client, roster, RosterVerbs.SlotForm);
        var overrideForm = await FormAsync(client, roster, RosterVerbs.OverrideForm);

        Assert.Equal([Anna.EntraId, Bo.EntraId], Choices(slotForm, RosterInputs.Primary));
        Assert.Equal([Anna.EntraId, Bo.EntraId], Choices(slotForm, RosterInputs.Backup));
        Assert.Equal([Anna.EntraId, Bo.EntraId], Choices(overrideForm, RosterInputs.Person));
        Assert.DoesNotContain("Roles:Supervisors", roster.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddSlot_AMemberWhoIsNotASupervisor_RefusedByNameAndNothingStored(bool asPrimary)
    {
        var (bot, client, roster) = await RosterAsync();
        var form = await FormAsync(client, roster, RosterVerbs.SlotForm);

        var answer = await client.PressAsync(RosterVerbs.AddSlot, asPrimary ? Slot(form, Carl, Bo) : Slot(form, Anna, Carl));

        Assert.True(answer.IsCard());
        Assert.Contains("Carl Nielsen står ikke i Roles:Supervisors og kan ikke være bagvagt.", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Empty((await bot.StoredRosterAsync()).Slots);
    }

    [Fact]
    public async Task AddOverride_AMemberWhoIsNotASupervisor_RefusedByNameAndNothingStored()
    {
        var (bot, client, roster) = await RosterAsync();
        var form = await FormAsync(client, roster, RosterVerbs.OverrideForm);

        var answer = await client.PressAsync(RosterVerbs.AddOverride, Filled(form, RosterVerbs.AddOverride,
            (RosterInputs.Date, "2026-11-25"), (RosterInputs.Start, "08:00"), (RosterInputs.End, "12:00"), (RosterInputs.Person, Carl.EntraId)));

        Assert.Contains("Carl Nielsen står ikke i Roles:Supervisors", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Empty((await bot.StoredRosterAsync()).Overrides);
    }

    [Fact]
    public async Task Forms_NoSupervisorsConfigured_OfferEveryMemberAndTheRosterCardSaysWhy()
    {
        var (bot, client, roster) = await RosterAsync(withSupervisors: false);

        var form = await FormAsync(client, roster, RosterVerbs.SlotForm);
        var answer = await client.PressAsync(RosterVerbs.AddSlot, Slot(form, Carl, null));

        Assert.Contains("Roles:Supervisors er ikke sat, så alle i teamet kan vælges som bagvagt.", roster.AllText(), StringComparison.Ordinal);
        Assert.Equal([Anna.EntraId, Bo.EntraId, Carl.EntraId], Choices(form, RosterInputs.Primary));
        Assert.Contains("Gemt: Tirsdag 16.00–22.00: Carl Nielsen.", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.Equal(Carl.EntraId, Assert.Single((await bot.StoredRosterAsync()).Slots).Primary.EntraId);
    }

    [Fact]
    public async Task SlotForm_NoSupervisorIsAMemberOfTheTeam_RosterBackSayingSoAndNoForm()
    {
        var (_, client, roster) = await RosterAsync(withSupervisors: true, Carl);

        var answer = await client.PressAsync(RosterVerbs.SlotForm, roster.ButtonData(RosterVerbs.SlotForm));

        Assert.Contains("Ingen af teamets medlemmer står i Roles:Supervisors", answer["value"]!.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RosterVerbs.AddSlot, answer["value"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
