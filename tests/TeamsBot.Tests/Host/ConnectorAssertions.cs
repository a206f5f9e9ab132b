using System.Text.Json.Nodes;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>Reading what the bot sent to the (recording) connector.</summary>
public static class ConnectorAssertions
{
    /// <summary>
    /// Board messages: cards posted (POST) to the channel's root conversation, or updated (PUT) in the thread each post
    /// starts (<c>{channel};messageid={post}/activities/{post}</c>, as Teams edits a channel post).
    /// </summary>
    public static IReadOnlyList<RecordedRequest> BoardMessages(this RecordingConnector connector) =>
        [.. connector.Requests.Where(r => r.Json?["attachments"] is not null
            && (r.Method == HttpMethod.Post
                ? r.Path.Contains(Uri.EscapeDataString(Activities.ChannelId) + "/activities", StringComparison.Ordinal)
                    && !r.Path.Contains(Uri.EscapeDataString(";messageid="), StringComparison.Ordinal)
                : r.Method == HttpMethod.Put && IsChannelPostEdit(r.Path)))];

    /// <summary>A PUT to a channel post in its own thread: the thread's message id and the edited activity's are one.</summary>
    public static bool IsChannelPostEdit(string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(path,
            System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(Activities.ChannelId) + Uri.EscapeDataString(";messageid="))
            + "(?<id>[^/]+)/activities/\\k<id>$");

    /// <summary>Messages sent into 1:1 chats (ids starting with <c>a:</c>).</summary>
    public static IReadOnlyList<RecordedRequest> PersonalMessages(this RecordingConnector connector) =>
        [.. connector.Requests.Where(r => r.Method == HttpMethod.Post && r.Path.Contains("/v3/conversations/a%3A", StringComparison.Ordinal))];

    /// <summary>Replies into the thread of the user's post.</summary>
    public static IReadOnlyList<RecordedRequest> ThreadReplies(this RecordingConnector connector) =>
        [.. connector.Requests.Where(r => r.Method == HttpMethod.Post && r.Path.Contains(Uri.EscapeDataString(";messageid="), StringComparison.Ordinal))];

    public static JsonObject Card(this RecordedRequest request) =>
        request.Json!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>Names listed under "on duty" on a board card (the first FactSet).</summary>
    public static IReadOnlyList<string> OnDutyNames(this JsonObject card) => FactTitles(card, 0);

    /// <summary>Names listed under "checked out today" (the second FactSet).</summary>
    public static IReadOnlyList<string> CheckedOutNames(this JsonObject card) => FactTitles(card, 1);

    /// <summary>Every text on a card, one per line, unescaped: what a person would read.</summary>
    public static string AllText(this JsonNode card) => string.Join("\n",
        card.AsObject().DescendantsAndSelf().Where(n => n is JsonObject o && o["text"] is JsonValue).Select(n => (string)n!["text"]!));

    private static IEnumerable<JsonNode?> DescendantsAndSelf(this JsonNode node) => node switch
    {
        JsonObject o => new[] { node }.Concat(o.SelectMany(p => p.Value is null ? [] : p.Value.DescendantsAndSelf())),
        JsonArray a => new[] { node }.Concat(a.SelectMany(i => i is null ? [] : i.DescendantsAndSelf())),
        _ => [node],
    };

    /// <summary>Every JSON object on a card, the card included, wherever it sits: elements, actions, their data.</summary>
    public static IEnumerable<JsonObject> Objects(this JsonNode card) => card.DescendantsAndSelf().OfType<JsonObject>();

    /// <summary>The objects of one Adaptive Card type (e.g. <c>Action.OpenUrl</c>) on a card, wherever they sit.</summary>
    public static List<JsonObject> OfCardType(this JsonNode card, string type) => [.. card.Objects().Where(o => (string?)o["type"] == type)];

    /// <summary>A copy of the data of the first button on <paramref name="card"/> with <paramref name="verb"/>, wherever it sits.</summary>
    public static JsonObject ButtonData(this JsonNode card, string verb) =>
        card.DescendantsAndSelf().OfType<JsonObject>().FirstOrDefault(o => (string?)o["verb"] == verb)?["data"]?.DeepClone().AsObject()
        ?? throw new Xunit.Sdk.XunitException($"No {verb} button on {card.ToJsonString()}");

    public static string Text(this RecordedRequest request) => (string?)request.Json?["text"] ?? string.Empty;

    private static IReadOnlyList<string> FactTitles(JsonObject card, int index)
    {
        var factSets = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "FactSet").ToList();
        if (index == 0 && factSets.Count > 0 && IsAfterCheckedOutHeading(card, factSets[0]!))
        {
            return [];
        }

        var set = index == 1 && factSets.Count == 1 && IsAfterCheckedOutHeading(card, factSets[0]!) ? factSets[0]
            : factSets.Count > index ? factSets[index] : null;
        return set is null ? [] : [.. set["facts"]!.AsArray().Select(f => (string)f!["title"]!)];
    }

    private static bool IsAfterCheckedOutHeading(JsonObject card, JsonNode factSet)
    {
        var body = card["body"]!.AsArray();
        var position = body.IndexOf(factSet);
        var heading = (string?)body[position - 1]?["text"];
        return heading is "Tjekket ud i dag" or "Checked out today";
    }
}
