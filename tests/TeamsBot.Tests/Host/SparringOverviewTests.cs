using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>The sparring section of /overblik, from requests made through the host's own store on its fake clock.</summary>
public sealed class SparringOverviewTests : IDisposable
{
    private const string Coordinator = "29:cy";
    private static readonly Person Anna = new("29:anna", "Anna Jensen", Activities.EntraIdOf("29:anna"));
    private static readonly Person Bo = new("29:bo", "Bo Hansen", Activities.EntraIdOf("29:bo"));
    private static readonly Person Anne = new("29:anne", "Anne Holm", Activities.EntraIdOf("29:anne"));

    private readonly BotFactory _bot = new(new() { ["Roles:Coordinators:0"] = Activities.EntraIdOf(Coordinator) });
    private readonly HttpClient _client;

    public SparringOverviewTests() => _client = _bot.CreateClient();

    public void Dispose() => _bot.Dispose();

    private ISparringRequestStore Store => _bot.Services.GetRequiredService<ISparringRequestStore>();

    private DateTimeOffset Now => _bot.Time.GetUtcNow();

    /// <summary>A request by <paramref name="counsellor"/> with Anne on call, its first step taken, as the request service would.</summary>
    private async Task<SparringRequest> RequestAsync(Person counsellor, string note = "Svær samtale om en far")
    {
        var onCall = new OnCallPeriod(Now.AddHours(-1), Now.AddHours(8), Anne, null, false);
        var request = SparringRequest.Create(counsellor, SparringUrgency.Now, note, Now, onCall);
        var ladder = _bot.Services.GetRequiredService<EscalationLadder>();
        return await Store.CreateAsync(SparringTransitions.TakeStep(request, ladder.Due(request)!, Now).Request!, default);
    }

    private Task ChangeAsync(SparringRequest request, Func<SparringRequest, SparringChange> change) => Store.ChangeAsync(request.Id, change, default);

    /// <summary>Facts under a heading of the card (the week's "Sparring" part, or the lead's list).</summary>
    private static Dictionary<string, string> Facts(JsonObject container, string heading)
    {
        var items = container["items"]!.AsArray().OfType<JsonObject>().ToList();
        var at = items.FindLastIndex(e => (string?)e["text"] == heading);
        return items[at + 1]["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
    }

    private static JsonObject Part(JsonObject card, string firstText) => card["body"]!.AsArray().OfType<JsonObject>()
        .Single(e => (string?)e["type"] == "Container" && ((string?)e["items"]![0]!["text"])!.StartsWith(firstText, StringComparison.Ordinal));

    [Fact]
    public async Task Overblik_RequestsTakenExpiredAndFollowedUp_CountedInTheWeekAndListedWithoutTheNote()
    {
        // Week 48 (Tuesday 24 November): Anne takes Anna's request after 40 s and asks for a follow-up; Bo's expires with his shift.
        var taken = await RequestAsync(Anna);
        _bot.Time.Advance(TimeSpan.FromSeconds(40));
        await ChangeAsync(taken, r => SparringTransitions.Accept(r, Anne, false, Now));
        _bot.Time.Advance(TimeSpan.FromMinutes(20));
        await ChangeAsync(taken, r => SparringTransitions.Done(r, Anne, followUpNeeded: true, Now));
        var expired = await RequestAsync(Bo, note: "Min egen note");
        _bot.Time.Advance(TimeSpan.FromHours(1));
        await ChangeAsync(expired, r => SparringTransitions.Expire(r, Now));
        // Still climbing the ladder when the coordinator looks: neither taken nor unanswered yet.
        var open = await RequestAsync(Anna, note: "Stadig åben");

        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overblik"));

        var card = _bot.Connector.PersonalMessages()[^1].Card();
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Anmodninger om sparring"] = "3", ["Nogen tog imod"] = "1 af 3 (33 %)", ["Ventetid til nogen tog imod (median)"] = "40 sek.",
                ["Ingen tog imod"] = "1", ["Opfølgning ønsket"] = "1",
            },
            Facts(Part(card, "Uge 48"), "Sparring"));
        Assert.Equal("0", Facts(Part(card, "Uge 47"), "Sparring")["Anmodninger om sparring"]);
        var lead = Part(card, "Sparring");
        Assert.Equal(new Dictionary<string, string> { ["Bo Hansen"] = "tirs. 24. nov. kl. 17.20 · udløb, da vagten sluttede" }, Facts(lead, "Anmodninger, som ingen tog imod:"));
        Assert.Equal("tirs. 24. nov. kl. 17.00 · talte med Anne Holm", Facts(lead, "Opfølgning ønsket efter en samtale (vises i 14 dage):")["Anna Jensen"]);
        var json = card.ToJsonString();
        Assert.DoesNotContain("Stadig åben", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Svær samtale", json, StringComparison.Ordinal);
        Assert.Equal("Stadig åben", (await Store.GetAsync(open.Id, default))!.Note);
    }

    [Fact]
    public async Task Overblik_RequestWaitingAfterTheLastStep_ListedFirstAsStillWaiting()
    {
        // Nobody on call: coordinators, then the counsellor is told nobody has answered; after that the request waits.
        var request = SparringRequest.Create(Anna, SparringUrgency.Now, null, Now, onCall: null);
        var ladder = _bot.Services.GetRequiredService<EscalationLadder>();
        while (ladder.Next(request) is { } step)
        {
            _bot.Time.SetUtcNow(step.DueAt > Now ? step.DueAt : Now);
            request = SparringTransitions.TakeStep(request, step, Now).Request!;
        }

        await Store.CreateAsync(request, default);
        var cancelled = await RequestAsync(Bo);
        await ChangeAsync(cancelled, r => SparringTransitions.Cancel(r, Bo, Now));

        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overview", locale: "en-GB"));

        var lead = Part(_bot.Connector.PersonalMessages()[^1].Card(), "Sparring");
        var listed = lead["items"]!.AsArray().OfType<JsonObject>().Single(e => e["facts"] is not null)["facts"]!.AsArray();
        Assert.Equal(["still waiting: nobody has answered yet", "cancelled before anyone answered"],
            listed.Select(f => ((string)f!["value"]!).Split(" · ")[1]));
        Assert.Equal("Anna Jensen", (string?)listed[0]!["title"]);
    }

    [Fact]
    public async Task Overblik_NoRequests_SaysNothingIsLeftUnanswered()
    {
        await _client.PostAsync(Activities.PersonalMessage(Coordinator, "Cy Larsen", "/overblik"));

        var lead = Part(_bot.Connector.PersonalMessages()[^1].Card(), "Sparring");
        Assert.StartsWith("Ingen anmodninger om sparring står uden svar", (string?)lead["items"]![1]!["text"], StringComparison.Ordinal);
    }
}
