using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Host;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Sparring.Requests;

/// <summary>
/// The cast of the sparring host tests: Anna asks; Anne is on call with Bo as backup; Cora is the coordinator; Dan is a
/// colleague on duty. The host's clock starts Tuesday 24 November 2026, 17:00 in Copenhagen, inside Anne's slot.
/// </summary>
public static class SparringHost
{
    /// <summary>How many connector requests the set-up made (help cards, the board), so the tests read only what came after.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RecordingConnector, object> SetUpMarks = [];

    public const string Anna = "29:anna";
    public const string AnnaName = "Anna Jensen";
    public const string Anne = "29:anne";
    public const string AnneName = "Anne Holm";
    public const string Bo = "29:bo";
    public const string BoName = "Bo Hansen";
    public const string Cora = "29:cora";
    public const string CoraName = "Cora Lund";
    public const string Dan = "29:dan";
    public const string DanName = "Dan Berg";

    public static Person PersonOf(string teamsId, string name) => new(teamsId, name, Activities.EntraIdOf(teamsId));

    /// <summary>A bot with Cora as coordinator (and Anne and Bo as supervisors), on a storage of its own or the one named.</summary>
    public static BotFactory NewBot(string? tablePrefix = null, bool runBackgroundWorkers = false, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Roles:Coordinators:0"] = Activities.EntraIdOf(Cora),
            ["Roles:Supervisors:0"] = Activities.EntraIdOf(Anne),
            ["Roles:Supervisors:1"] = Activities.EntraIdOf(Bo),
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new BotFactory(all, tablePrefix: tablePrefix, runBackgroundWorkers: runBackgroundWorkers);
    }

    /// <summary>
    /// Everyone writes to the bot once (so it knows their 1:1 chats), Anna checks in in the duty channel, and, unless
    /// <paramref name="withRoster"/> is false, Anne is on call 08:00–23:00 every Tuesday with Bo as backup.
    /// </summary>
    public static async Task SetUpAsync(this HttpClient client, BotFactory bot, bool withRoster = true, bool withBackup = true)
    {
        foreach (var (id, name) in new[] { (Anne, AnneName), (Bo, BoName), (Cora, CoraName), (Anna, AnnaName), (Dan, DanName) })
        {
            Assert.True((await client.PostAsync(Activities.PersonalMessage(id, name, "/hjælp"))).IsSuccessStatusCode);
        }

        Assert.True((await client.PostAsync(Activities.ChannelMessage(Anna, AnnaName, "/checkin"))).IsSuccessStatusCode);
        if (withRoster)
        {
            var slot = new WeeklySlot(RosterForms.NewId(), DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(23, 0), PersonOf(Anne, AnneName),
                withBackup ? PersonOf(Bo, BoName) : null);
            var added = await bot.Services.GetRequiredService<IRosterStore>().AddSlotAsync(Activities.TeamId, slot, CancellationToken.None);
            Assert.Null(added.Refusal);
        }

        SetUpMarks.AddOrUpdate(bot.Connector, bot.Connector.Requests.Count);
    }

    /// <summary>What the bot sent since the set-up.</summary>
    public static IEnumerable<RecordedRequest> SinceSetUp(this RecordingConnector connector) =>
        connector.Requests.Skip(SetUpMarks.TryGetValue(connector, out var mark) ? (int)mark : 0);

    /// <summary>Lets the people directory know someone's sign-in name, as a member list would, so Teams call and chat links can be made.</summary>
    public static Task KnowSignInNameAsync(this BotFactory bot, string teamsId, string upn) =>
        bot.Services.GetRequiredService<TeamsBot.Conversations.PeopleDirectory>().RememberMemberAsync(
            new Bot.Protocol.Connector.TeamsChannelAccount(teamsId, null, Activities.EntraIdOf(teamsId), null, null, null, upn, Activities.TenantId, null), CancellationToken.None);

    /// <summary>Moves the host's clock on and runs whatever due work has fallen due (the tests' hosts run no timer of their own).</summary>
    public static async Task AdvanceAndRunDueWorkAsync(this BotFactory bot, TimeSpan by)
    {
        bot.Time.Advance(by);
        await bot.Services.GetRequiredService<TeamsBot.DueWork.DueWorkRunner>().ReconcileAsync(CancellationToken.None);
    }

    /// <summary>The request as stored.</summary>
    public static async Task<SparringRequest> StoredRequestAsync(this BotFactory bot, string requestId) =>
        await bot.Services.GetRequiredService<ISparringRequestStore>().GetAsync(requestId, CancellationToken.None)
        ?? throw new Xunit.Sdk.XunitException($"No request {requestId}");

    /// <summary>Types <c>/sparring</c> (with <paramref name="rest"/>) in Anna's 1:1 chat.</summary>
    public static async Task AskAsync(this HttpClient client, string rest = "", string user = Anna, string name = AnnaName, string locale = "da-DK")
    {
        var response = await client.PostAsync(Activities.PersonalMessage(user, name, ("/sparring " + rest).Trim(), locale: locale));
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>Every card sent to or updated in <paramref name="userId"/>'s 1:1 chat, oldest first.</summary>
    public static IReadOnlyList<JsonObject> CardsTo(this RecordingConnector connector, string userId) =>
        [.. connector.SinceSetUp().Where(r => r.Path.Contains(Uri.EscapeDataString("a:personal-" + userId) + "/activities", StringComparison.Ordinal)
            && r.ResponseId is not null && r.Json?["attachments"] is not null).Select(r => r.Card())];

    /// <summary>New messages (posts, not updates) sent to <paramref name="userId"/>'s 1:1 chat since the set-up: each one a notification.</summary>
    public static IReadOnlyList<RecordedRequest> PostedTo(this RecordingConnector connector, string userId) =>
        [.. connector.SinceSetUp().Where(r => r.Method == HttpMethod.Post && r.ResponseId is not null
            && r.Path.EndsWith(Uri.EscapeDataString("a:personal-" + userId) + "/activities", StringComparison.Ordinal))];

    /// <summary>Every text message sent to <paramref name="userId"/>'s 1:1 chat, oldest first.</summary>
    public static IReadOnlyList<string> TextsTo(this RecordingConnector connector, string userId) =>
        [.. connector.SinceSetUp().Where(r => r.Method == HttpMethod.Post && r.Path.Contains(Uri.EscapeDataString("a:personal-" + userId) + "/activities", StringComparison.Ordinal)
            && r.Json?["attachments"] is null && r.Json?["text"] is not null).Select(r => r.Text())];

    /// <summary>The request id a card's buttons carry.</summary>
    public static string RequestId(this JsonNode card, string verb = SparringVerbs.Accept) => (string)card.ButtonData(verb)["requestId"]!;

    /// <summary>Presses a request button in the presser's 1:1 chat (or the duty channel); returns the invoke's body.</summary>
    public static async Task<JsonObject> PressAsync(this HttpClient client, string user, string name, string verb, JsonObject data, bool inChannel = false)
    {
        var response = await client.PostAsync(Activities.CardAction(user, name, verb, data, inChannel: inChannel));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static JsonObject Data(string requestId, bool? followUp = null)
    {
        var data = new JsonObject { ["requestId"] = requestId };
        if (followUp is { } value)
        {
            data["followUp"] = value;
        }

        return data;
    }
}
