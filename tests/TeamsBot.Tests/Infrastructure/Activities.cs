using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>Activity JSON as Teams (and the Agents Playground) sends it.</summary>
public static class Activities
{
    public const string ServiceUrl = "http://localhost:56150/_connector";
    public const string BotId = "28:bot-app-id";
    public const string BotName = "Vagtrum";
    public const string ChannelId = "19:duty-channel@thread.tacv2";
    public const string TenantId = "tenant-1";
    public const string TeamId = "19:team@thread.tacv2";

    /// <summary>The team's General channel: in Teams its id is the team's.</summary>
    public const string GeneralChannelId = TeamId;

    public static JsonObject ChannelMessage(string userId, string userName, string text, bool mention = true, string? id = null, string locale = "da-DK", string channel = ChannelId)
    {
        var activity = Base("message", userId, userName, id, locale, Channel($"{channel};messageid={id ?? "root"}"));
        activity["text"] = mention ? $"<at>{BotName}</at> {text}" : text;
        if (mention)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            });
        }

        return activity;
    }

    /// <summary>The <c>conversationUpdate</c> Teams sends to the duty channel when the bot is added to the team.</summary>
    public static JsonObject BotAddedToTeam(string userId, string userName, string channel = ChannelId)
    {
        var added = ChannelMessage(userId, userName, "", mention: false, channel: channel);
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return added;
    }

    public static JsonObject PersonalMessage(string userId, string userName, string text, string? id = null, string locale = "da-DK")
    {
        var activity = Base("message", userId, userName, id, locale,
            new JsonObject { ["id"] = $"a:personal-{userId}", ["conversationType"] = "personal", ["tenantId"] = TenantId });
        activity["text"] = text;
        return activity;
    }

    /// <summary>An Action.Execute press on a card in the channel (the board) or a 1:1 chat.</summary>
    public static JsonObject CardAction(string userId, string userName, string verb, JsonObject? data = null, bool inChannel = true, string? id = null, string locale = "da-DK", string channel = ChannelId)
    {
        var conversation = inChannel
            ? Channel($"{channel};messageid=board-1")
            : new JsonObject { ["id"] = $"a:personal-{userId}", ["conversationType"] = "personal", ["tenantId"] = TenantId };
        var activity = Base("invoke", userId, userName, id, locale, conversation);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The Entra object id Teams sends for a test user: fixed per user, as in a real tenant.</summary>
    public static string EntraIdOf(string userId) =>
        new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(userId)).AsSpan(0, 16)).ToString();

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonObject activity) =>
        await client.PostAsJsonAsync("/api/messages", activity);

    private static JsonObject Channel(string id) => new()
    {
        ["id"] = id,
        ["conversationType"] = "channel",
        ["isGroup"] = true,
        ["tenantId"] = TenantId,
    };

    private static JsonObject Base(string type, string userId, string userName, string? id, string locale, JsonObject conversation) => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-24T16:00:00.000Z",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["aadObjectId"] = EntraIdOf(userId) },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = conversation,
        ["locale"] = locale,
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            // Teams sends the id of the channel the conversation is in (personal chats keep the old value, which nothing reads).
            ["channel"] = new JsonObject { ["id"] = ChannelIdOf(conversation) },
        },
    };

    private static string ChannelIdOf(JsonObject conversation) =>
        (string)conversation["conversationType"]! == "channel" ? ((string)conversation["id"]!).Split(';')[0] : ChannelId;
}
